/**
 * Step 8b (coverage): per article the claims it shares, the sentences only it has, its share
 * of everything reported, how many omissions name it; overlap between every pair of articles;
 * headlines side by side; where each fact carried by two or more articles first appears.
 */
import { cmp } from './entities';
import type { Claim, ComparedArticle, Comparison, Coverage, FactMention, Omission } from './types';

export function coverage(
  articles: readonly ComparedArticle[],
  claims: readonly Claim[],
  uniqueByArticle: ReadonlyMap<string, number>,
  omissions: readonly Omission[],
  facts: Comparison['facts'],
): Coverage {
  const uniqueTotal = [...uniqueByArticle.values()].reduce((s, n) => s + n, 0);
  const totalUnits = claims.length + uniqueTotal;
  const claimsOf = new Map<string, Set<string>>(articles.map((a) => [a.id, new Set()]));
  for (const c of claims) for (const m of c.members) claimsOf.get(m.articleId)!.add(c.id);
  const perArticle = articles.map((a) => {
    const shared = claimsOf.get(a.id)!.size;
    const unique = uniqueByArticle.get(a.id) ?? 0;
    return {
      articleId: a.id,
      outlet: a.outlet,
      sharedClaims: shared,
      unique,
      share: totalUnits ? round((shared + unique) / totalUnits) : 0,
      omissions: omissions.filter((o) => o.missingFrom.includes(a.id)).length,
    };
  });
  const ids = articles.map((a) => a.id).sort(cmp);
  const overlap: Coverage['overlap'] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const A = claimsOf.get(ids[i]!)!;
      const B = claimsOf.get(ids[j]!)!;
      let both = 0;
      for (const c of A) if (B.has(c)) both++;
      overlap.push({ a: ids[i]!, b: ids[j]!, sharedClaims: both, overlap: Math.min(A.size, B.size) ? round(both / Math.min(A.size, B.size)) : 0 });
    }
  }
  const firstAppearance: Coverage['firstAppearance'] = [];
  const firsts = (mentions: readonly FactMention[]): FactMention[] => {
    const best = new Map<string, FactMention>();
    for (const m of mentions) {
      const cur = best.get(m.articleId);
      if (!cur || rank(m) < rank(cur)) best.set(m.articleId, m);
    }
    return [...best.values()].sort((x, y) => cmp(x.articleId, y.articleId));
  };
  for (const e of facts.entities) if (e.articleIds.length >= 2) firstAppearance.push({ kind: 'entity', refId: e.id, label: e.label, mentions: firsts(e.mentions) });
  for (const n of facts.numbers) if (n.articleIds.length >= 2) firstAppearance.push({ kind: 'number', refId: n.id, label: `${n.values[0]!.text}`, mentions: firsts(n.values.map((v) => v.mention)) });
  for (const q of facts.quotes) if (q.articleIds.length >= 2) firstAppearance.push({ kind: 'quote', refId: q.id, label: q.versions[0]!.text, mentions: firsts(q.versions.map((v) => v.mention)) });
  return {
    totalUnits,
    articles: perArticle,
    overlap,
    headlines: articles.map((a) => ({ articleId: a.id, outlet: a.outlet, title: a.title })),
    firstAppearance,
  };
}

/** Headline first, then by paragraph and offset. */
function rank(m: FactMention): number {
  return m.field === 'title' ? -1 : m.paragraph * 1e7 + m.start / 1e3;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
