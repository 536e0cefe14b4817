/**
 * Step 5b (group): pairwise links become claims across all outlets. Links are merged best
 * first (union-find), refusing a merge that would put two unrelated sentences of one article
 * in the same claim: a claim may hold several sentences of an article only when they are
 * adjacent (one outlet's sentence can merge two of another's). The user's corrections come
 * first: "link" joins regardless of score, "unlink" forbids two sentences ever sharing a claim.
 */
export interface GroupSentence {
  article: number;
  index: number;
}

export interface GroupLink {
  a: number;
  b: number;
  score: number;
  /** From a user's "link" correction. */
  forced?: boolean;
}

export interface Group {
  /** Sentence indexes, sorted. */
  members: number[];
  /** Scores of the links that joined the group. */
  scores: number[];
  corrected: boolean;
}

/** Most sentences of one article a claim may take. */
const MAX_RUN = 3;

export function groupLinks(sentences: readonly GroupSentence[], links: readonly GroupLink[], forbidden: ReadonlyArray<[number, number]> = []): Group[] {
  const parent = sentences.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const members = new Map<number, number[]>(sentences.map((_, i) => [i, [i]]));
  const scores = new Map<number, number[]>();
  const corrected = new Set<number>();
  const forbid = new Set(forbidden.map(([a, b]) => key(a, b)));

  const sorted = [...links].sort(
    (x, y) => Number(!!y.forced) - Number(!!x.forced) || y.score - x.score || x.a - y.a || x.b - y.b,
  );
  for (const l of sorted) {
    const ra = find(l.a);
    const rb = find(l.b);
    if (ra === rb) continue;
    const ma = members.get(ra)!;
    const mb = members.get(rb)!;
    if (forbid.size && ma.some((x) => mb.some((y) => forbid.has(key(x, y))))) continue;
    if (!l.forced && !compatible(sentences, ma, mb)) continue;
    parent[rb] = ra;
    members.set(ra, [...ma, ...mb]);
    members.delete(rb);
    scores.set(ra, [...(scores.get(ra) ?? []), ...(scores.get(rb) ?? []), l.score]);
    if (l.forced || corrected.has(rb)) corrected.add(ra);
  }
  const out: Group[] = [];
  for (const [root, m] of members) {
    if (new Set(m.map((i) => sentences[i]!.article)).size < 2) continue;
    out.push({ members: [...m].sort((x, y) => x - y), scores: scores.get(root) ?? [], corrected: corrected.has(root) });
  }
  return out.sort((x, y) => x.members[0]! - y.members[0]!);
}

/** Two groups may merge if, per article, their sentences together form one short run of adjacent sentences. */
function compatible(sentences: readonly GroupSentence[], a: number[], b: number[]): boolean {
  const byArticle = new Map<number, number[]>();
  for (const i of [...a, ...b]) {
    const s = sentences[i]!;
    let list = byArticle.get(s.article);
    if (!list) byArticle.set(s.article, (list = []));
    list.push(s.index);
  }
  for (const list of byArticle.values()) {
    if (list.length === 1) continue;
    if (list.length > MAX_RUN) return false;
    list.sort((x, y) => x - y);
    if (list[list.length - 1]! - list[0]! !== list.length - 1) return false;
  }
  return true;
}

function key(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}
