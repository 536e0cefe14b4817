/**
 * Step 8c (rows): the order of rows in the side-by-side view. A claim's place is the mean
 * relative position (sentence index over sentence count) of its sentences, so a claim most
 * outlets carry early sits near the top. A unique sentence is placed between the claims that
 * surround it in its own article, so reading down one column keeps that article's order as far
 * as the claims allow. Ties break on ids, never on input order.
 */
import { cmp } from './entities';
import type { Claim, ComparisonRow } from './types';

/** `articles[k]` lists article k's body sentence ids in order. */
export function orderRows(claims: readonly Claim[], articles: ReadonlyArray<readonly string[]>): ComparisonRow[] {
  const where = new Map<string, { article: number; index: number }>();
  articles.forEach((ids, a) => ids.forEach((id, index) => where.set(id, { article: a, index })));
  const rel = (id: string) => {
    const w = where.get(id)!;
    return (w.index + 0.5) / articles[w.article]!.length;
  };
  const keyOf = new Map<string, number>();
  const keyed: Array<{ key: number; tie: string; row: ComparisonRow }> = [];
  for (const c of claims) {
    const ids = c.members.flatMap((m) => m.sentenceIds);
    const key = ids.reduce((s, id) => s + rel(id), 0) / ids.length;
    ids.forEach((id) => keyOf.set(id, key));
    keyed.push({ key, tie: ids[0]!, row: { kind: 'claim', claimId: c.id } });
  }
  for (const ids of articles) {
    ids.forEach((id, i) => {
      if (keyOf.has(id)) return;
      let p = i - 1;
      while (p >= 0 && !keyOf.has(ids[p]!)) p--;
      let q = i + 1;
      while (q < ids.length && !keyOf.has(ids[q]!)) q++;
      const kp = p >= 0 ? keyOf.get(ids[p]!)! : 0;
      const kq = q < ids.length ? keyOf.get(ids[q]!)! : 1;
      const ip = p >= 0 ? p : -1;
      const iq = q < ids.length ? q : ids.length;
      // Interpolate, and keep within (kp, kq) even when claims cross (kq < kp).
      const key = kp + ((Math.max(kq, kp) - kp) * (i - ip)) / (iq - ip);
      keyed.push({ key, tie: id, row: { kind: 'unique', sentenceId: id } });
    });
  }
  return keyed.sort((x, y) => x.key - y.key || cmp(padIndex(x.tie), padIndex(y.tie))).map((k) => k.row);
}

/** "a#9" before "a#10". */
function padIndex(id: string): string {
  return id.replace(/#(\d+)$/, (_, n: string) => `#${n.padStart(6, '0')}`);
}
