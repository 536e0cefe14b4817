/**
 * Step 7d (shared copy): long verbatim runs of words found in two or more articles (wire
 * copy, syndication, a press release), as distinct from paraphrase. Runs are found from
 * shingles of SHINGLE words and kept when at least MIN_WORDS long; runs that overlap in one
 * article are merged so three outlets printing the same wire paragraph make one entry.
 */
import type { Token } from '../text/normalize';
import { cmp } from './entities';
import type { SharedCopy } from './types';

export const SHINGLE = 8;
export const MIN_WORDS = 12;

export interface CopyArticle {
  id: string;
  text: string;
  /** Word tokens of the body in order (punctuation excluded). */
  words: readonly Token[];
}

interface Passage {
  article: number;
  from: number; // word index
  to: number; // exclusive
}

export function findSharedCopy(articles: readonly CopyArticle[]): SharedCopy[] {
  // Words as small integers and shingles as 32-bit hashes of SHINGLE ids: no strings built per
  // position. A hash hit is confirmed word by word, so a collision can never make a run.
  const ids = new Map<string, number>();
  const canon = articles.map((a) =>
    Int32Array.from(a.words, (w) => {
      let id = ids.get(w.canon);
      if (id === undefined) ids.set(w.canon, (id = ids.size));
      return id;
    }),
  );
  const shingles = canon.map((words) => {
    const out = new Uint32Array(Math.max(0, words.length - SHINGLE + 1));
    for (let i = 0; i < out.length; i++) {
      let h = 0x811c9dc5;
      for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ words[i + k]!, 0x01000193);
      out[i] = h >>> 0;
    }
    return out;
  });
  const index = new Map<number, Array<[number, number]>>();
  shingles.forEach((own, a) => {
    for (let i = 0; i < own.length; i++) {
      const k = own[i]!;
      let hits = index.get(k);
      if (!hits) index.set(k, (hits = []));
      hits.push([a, i]);
    }
  });
  const sameShingle = (x: Int32Array, i: number, y: Int32Array, j: number) => {
    for (let k = 0; k < SHINGLE; k++) if (x[i + k] !== y[j + k]) return false;
    return true;
  };
  const runs: Array<[Passage, Passage]> = [];
  const seen = new Set<string>();
  canon.forEach((words, a) => {
    for (let i = 0; i + SHINGLE <= words.length; i++) {
      const hits = index.get(shingles[a]![i]!)!;
      if (hits.length < 2) continue;
      for (const [b, j] of hits) {
        if (b <= a) continue;
        const other = canon[b]!;
        // Only start a run where it cannot extend backwards (that start was already taken).
        if (i > 0 && j > 0 && words[i - 1] === other[j - 1]) continue;
        if (!sameShingle(words, i, other, j)) continue;
        let len = SHINGLE;
        while (i + len < words.length && j + len < other.length && words[i + len] === other[j + len]) len++;
        const key = `${a}:${i}:${b}:${j}`;
        if (len >= MIN_WORDS && !seen.has(key)) {
          seen.add(key);
          runs.push([{ article: a, from: i, to: i + len }, { article: b, from: j, to: j + len }]);
        }
      }
    }
  });
  // Merge runs whose passages overlap in the same article: sorted by article and start, each
  // passage overlaps the group before it exactly when it starts before the group's furthest end.
  const passages: Passage[] = runs.flat();
  const parent = passages.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (let r = 0; r < runs.length; r++) parent[find(2 * r + 1)] = find(2 * r);
  const order = passages.map((_, i) => i).sort((x, y) => passages[x]!.article - passages[y]!.article || passages[x]!.from - passages[y]!.from);
  let open: { article: number; to: number; at: number } | undefined;
  for (const x of order) {
    const p = passages[x]!;
    if (open && open.article === p.article && p.from < open.to) {
      parent[find(x)] = find(open.at);
      if (p.to > open.to) open = { article: p.article, to: p.to, at: x };
    } else {
      open = { article: p.article, to: p.to, at: x };
    }
  }
  const groups = new Map<number, Passage[]>();
  passages.forEach((p, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(p);
    else groups.set(root, [p]);
  });
  const out: SharedCopy[] = [];
  for (const ps of groups.values()) {
    const byArticle = new Map<number, Passage>();
    for (const p of ps) {
      const cur = byArticle.get(p.article);
      byArticle.set(p.article, cur ? { article: p.article, from: Math.min(cur.from, p.from), to: Math.max(cur.to, p.to) } : { ...p });
    }
    const merged = [...byArticle.values()].sort((x, y) => cmp(articles[x.article]!.id, articles[y.article]!.id));
    const first = merged[0]!;
    const w = articles[first.article]!.words;
    out.push({
      id: '',
      words: Math.min(...merged.map((p) => p.to - p.from)),
      passages: merged.map((p) => {
        const ws = articles[p.article]!.words;
        return { articleId: articles[p.article]!.id, start: ws[p.from]!.start, end: ws[p.to - 1]!.end };
      }),
      text: articles[first.article]!.text.slice(w[first.from]!.start, w[first.to - 1]!.end),
    });
  }
  out.sort((x, y) => cmp(x.passages[0]!.articleId, y.passages[0]!.articleId) || x.passages[0]!.start - y.passages[0]!.start);
  out.forEach((s, i) => (s.id = `s${i + 1}`));
  return out;
}
