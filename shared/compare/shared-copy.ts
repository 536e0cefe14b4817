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
  const canon = articles.map((a) => a.words.map((w) => w.canon));
  const shingles = canon.map((words) => {
    const out: string[] = [];
    for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
    return out;
  });
  const index = new Map<string, Array<[number, number]>>();
  shingles.forEach((own, a) => {
    for (let i = 0; i < own.length; i++) {
      const k = own[i]!;
      let hits = index.get(k);
      if (!hits) index.set(k, (hits = []));
      hits.push([a, i]);
    }
  });
  const runs: Array<[Passage, Passage]> = [];
  const seen = new Set<string>();
  canon.forEach((words, a) => {
    for (let i = 0; i + SHINGLE <= words.length; i++) {
      const hits = index.get(shingles[a]![i]!)!;
      if (hits.length < 2) continue;
      for (const [b, j] of hits) {
        if (b <= a) continue;
        // Only start a run where it cannot extend backwards (that start was already taken).
        if (i > 0 && j > 0 && words[i - 1] === canon[b]![j - 1]) continue;
        let len = SHINGLE;
        while (i + len < words.length && j + len < canon[b]!.length && words[i + len] === canon[b]![j + len]) len++;
        const key = `${a}:${i}:${b}:${j}`;
        if (len >= MIN_WORDS && !seen.has(key)) {
          seen.add(key);
          runs.push([{ article: a, from: i, to: i + len }, { article: b, from: j, to: j + len }]);
        }
      }
    }
  });
  // Merge runs whose passages overlap in the same article.
  const passages: Passage[] = runs.flat();
  const parent = passages.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (let r = 0; r < runs.length; r++) parent[find(2 * r + 1)] = find(2 * r);
  for (let x = 0; x < passages.length; x++) {
    for (let y = x + 1; y < passages.length; y++) {
      const p = passages[x]!;
      const q = passages[y]!;
      if (p.article === q.article && p.from < q.to && q.from < p.to) parent[find(y)] = find(x);
    }
  }
  const groups = new Map<number, Passage[]>();
  passages.forEach((p, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), p]));
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
