/**
 * Step 3 (candidates): which sentence pairs are worth scoring. An inverted index from content
 * stem to sentences gives, for every sentence, the sentences of each other article that share
 * its rarer words; only the best few per other article are scored. Comparing all pairs would
 * be quadratic in the total number of sentences (2,000 sentences in 50 articles: 2 million pairs).
 */
import type { IdfFn } from './score';

export interface CandidateSentence {
  /** Canonical article index (articles sorted by id). */
  article: number;
  stemSet: Set<string>;
}

export interface CandidateOptions {
  /** Best candidates kept per sentence and other article. */
  perArticle: number;
  /**
   * Least share of the smaller sentence's IDF weight the shared words must carry. Pairs below it
   * cannot reach the same-claim threshold (on MRPC no pair under 0.2 scores above 0.5), so scoring
   * them is wasted work.
   */
  minShare: number;
  /** Stems found in more than this share of all sentences are not indexed (they link everything). */
  maxDocShare: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = { perArticle: 3, minShare: 0.2, maxDocShare: 0.25 };

/**
 * Candidate pairs as [i, j] indexes into `sentences`, i < j, from different articles, sorted.
 * A pair is kept if it is among the top `perArticle` for either of its sentences.
 */
export function candidatePairs(sentences: readonly CandidateSentence[], idf: IdfFn, options = DEFAULT_CANDIDATE_OPTIONS): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    for (const stem of s.stemSet) {
      let list = postings.get(stem);
      if (!list) postings.set(stem, (list = []));
      list.push(i);
    }
  });
  const maxDf = Math.max(8, Math.floor(sentences.length * options.maxDocShare));
  const keep = new Set<number>();
  const out: Array<[number, number]> = [];
  const n = sentences.length;
  const weight = sentences.map((s) => {
    let w = 0;
    for (const stem of s.stemSet) w += idf(stem);
    return w;
  });
  const acc = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    acc.clear();
    const me = sentences[i]!;
    for (const stem of me.stemSet) {
      const list = postings.get(stem)!;
      if (list.length > maxDf) continue;
      const w = idf(stem);
      for (const j of list) if (sentences[j]!.article !== me.article) acc.set(j, (acc.get(j) ?? 0) + w);
    }
    // Best few per other article; ties broken by sentence index so the result is deterministic.
    const byArticle = new Map<number, Array<[number, number]>>();
    for (const [j, w] of acc) {
      if (w < options.minShare * Math.min(weight[i]!, weight[j]!)) continue;
      const a = sentences[j]!.article;
      let list = byArticle.get(a);
      if (!list) byArticle.set(a, (list = []));
      list.push([j, w]);
    }
    for (const list of byArticle.values()) {
      list.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
      for (const [j] of list.slice(0, options.perArticle)) {
        const lo = Math.min(i, j);
        const hi = Math.max(i, j);
        const key = lo * n + hi;
        if (!keep.has(key)) {
          keep.add(key);
          out.push([lo, hi]);
        }
      }
    }
  }
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
