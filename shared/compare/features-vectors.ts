/**
 * Features that use word vectors (when the comparison is given them): words that differ but mean
 * nearly the same ("rose"/"gained", "lawsuit"/"suit", "injured"/"wounded") count as partly shared.
 * - alignedDice: each content word of one sentence paired with at most one of the other, best
 *   pairs first (same stem = 1, otherwise the cosine of their vectors if above 0.5), IDF-weighted;
 * - softLcs: the longest common word subsequence where two content words whose vectors are at
 *   least 0.6 alike count by their cosine;
 * - softGapMax: the longest run of words an in-order alignment (near-synonyms aligning) leaves out;
 * - unmatchedContent: content words with no counterpart even by meaning (IDF mass and count).
 * Only words without an exact counterpart are compared by vector, which keeps the cost to a few
 * dozen 100-dimension dot products per sentence pair.
 */
import { dot } from './vectors';

/** The vector side of a Scorable. */
export interface VectorSide {
  /** Distinct content stems in first-seen order, with their IDF and unit vectors (if known). */
  stems: string[];
  index: Map<string, number>;
  idf: Float64Array;
  /** Each stem's unit vector, if known. */
  vectors: Array<Float32Array | undefined>;
  /** Sum of `idf`. */
  weight: number;
  /** For each word of the sentence (Scorable.words): the index of its content stem, or -1 for stop words. */
  wordStem: Int32Array;
}

/** Pairs of words at or above this cosine may be aligned one-to-one. */
const ALIGN_MIN = 0.5;
/** Words at or above this cosine count as the same word in the soft common subsequence. */
const LCS_MIN = 0.6;

/**
 * Least share of the lighter sentence's IDF weight that must be shared word for word before
 * words are compared by meaning (the same bar as candidate pairs, candidates.ts). Below it the
 * sentences are about other things, near-synonyms cannot make them one claim, and skipping the
 * vector work keeps the many weak pairs (quotes sharing one word) cheap.
 */
export const SOFT_MATCH_MIN_SHARE = 0.2;

/**
 * Similarity of every content stem of `a` to every one of `b` (row-major, a.stems × b.stems):
 * 1 for the same stem, the cosine (at least 0) of two unmatched stems that both have vectors, else 0.
 * With `soft` false, only same-stem entries are filled.
 */
export function stemSimilarities(a: VectorSide, b: VectorSide, soft = true): Float32Array {
  const nb = b.stems.length;
  const sim = new Float32Array(a.stems.length * nb);
  const matchedB = new Uint8Array(nb);
  const rowsToCompare: number[] = [];
  a.stems.forEach((s, i) => {
    const j = b.index.get(s);
    if (j === undefined) rowsToCompare.push(i);
    else {
      sim[i * nb + j] = 1;
      matchedB[j] = 1;
    }
  });
  if (!soft) return sim;
  // Cosines are computed each time: remembering word pairs in a Map was measured slower than the 100 multiplications.
  for (const i of rowsToCompare) {
    const va = a.vectors[i];
    if (!va) continue;
    for (let j = 0; j < nb; j++) {
      const vb = b.vectors[j];
      if (matchedB[j] || !vb) continue;
      const c = dot(va, vb);
      if (c > 0) sim[i * nb + j] = c;
    }
  }
  return sim;
}

/** IDF-weighted Dice over a one-to-one alignment of content stems, best pairs first. */
export function alignedDice(a: VectorSide, b: VectorSide, sim: Float32Array): number {
  const nb = b.stems.length;
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0; i < a.stems.length; i++) {
    for (let j = 0; j < nb; j++) {
      const s = sim[i * nb + j]!;
      if (s > ALIGN_MIN) pairs.push([s, i, j]);
    }
  }
  // Ties broken by position so the result does not depend on sort stability.
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedA = new Uint8Array(a.stems.length);
  const usedB = new Uint8Array(nb);
  let shared = 0;
  for (const [s, i, j] of pairs) {
    if (usedA[i] || usedB[j]) continue;
    usedA[i] = usedB[j] = 1;
    shared += s * Math.min(a.idf[i]!, b.idf[j]!);
  }
  const total = a.weight + b.weight;
  return total > 0 ? (2 * shared) / total : 0;
}

/** Longest common subsequence of the word lists, near-synonyms counting by their cosine, over the longer length. */
export function softLcs(aWords: Int32Array, a: VectorSide, bWords: Int32Array, b: VectorSide, sim: Float32Array): number {
  const nb = b.stems.length;
  const row = new Float64Array(bWords.length + 1);
  for (let i = 1; i <= aWords.length; i++) {
    const ai = aWords[i - 1]!;
    const sa = a.wordStem[i - 1]!;
    let diag = 0;
    for (let j = 1; j <= bWords.length; j++) {
      const up = row[j]!;
      let m = ai === bWords[j - 1] ? 1 : 0;
      if (!m && sa >= 0) {
        const sb = b.wordStem[j - 1]!;
        if (sb >= 0) {
          const c = sim[sa * nb + sb]!;
          if (c >= LCS_MIN) m = c;
        }
      }
      const left = row[j - 1]!;
      row[j] = m ? Math.max(diag + m, up, left) : Math.max(up, left);
      diag = up;
    }
  }
  return row[bWords.length]! / Math.max(1, aWords.length, bWords.length);
}

/** A content word whose best counterpart is below this cosine counts as said by one sentence only. */
const UNMATCHED_BELOW = 0.4;

/**
 * Content the other sentence has no word for, even by meaning: for each side the IDF mass of its
 * stems weighted by how far the best counterpart falls short (1 − cosine; same stem 0, no
 * counterpart at `UNMATCHED_BELOW` or above 1), and how many stems have no such counterpart.
 */
export function unmatchedContent(a: VectorSide, b: VectorSide, sim: Float32Array): { extra: [number, number]; missing: [number, number] } {
  const na = a.stems.length;
  const nb = b.stems.length;
  const bestB = new Float32Array(nb);
  let extraA = 0, missingA = 0;
  for (let i = 0; i < na; i++) {
    let best = 0;
    for (let j = 0; j < nb; j++) {
      const s = sim[i * nb + j]!;
      if (s > best) best = s;
      if (s > bestB[j]!) bestB[j] = s;
    }
    if (best < UNMATCHED_BELOW) missingA++;
    extraA += a.idf[i]! * (1 - (best >= UNMATCHED_BELOW ? best : 0));
  }
  let extraB = 0, missingB = 0;
  for (let j = 0; j < nb; j++) {
    const best = bestB[j]!;
    if (best < UNMATCHED_BELOW) missingB++;
    extraB += b.idf[j]! * (1 - (best >= UNMATCHED_BELOW ? best : 0));
  }
  return { extra: [extraA, extraB], missing: [missingA, missingB] };
}

let table = new Int32Array(1024);

/**
 * Longest run of consecutive words of either sentence left out of an in-order alignment in which
 * near-synonyms (cosine at least LCS_MIN) align like equal words: an added clause, not a rewording.
 */
export function softGapMax(aWords: Int32Array, a: VectorSide, bWords: Int32Array, b: VectorSide, sim: Float32Array): number {
  const n = aWords.length;
  const m = bWords.length;
  const w = m + 1;
  const nb = b.stems.length;
  if (table.length < (n + 1) * w) table = new Int32Array(2 * (n + 1) * w);
  const t = table;
  const same = (i: number, j: number) => {
    if (aWords[i] === bWords[j]) return true;
    const sa = a.wordStem[i]!;
    const sb = b.wordStem[j]!;
    return sa >= 0 && sb >= 0 && sim[sa * nb + sb]! >= LCS_MIN;
  };
  // t[i * w + j]: length of the longest such common subsequence of words i.. and j...
  t.fill(0, n * w, n * w + w);
  for (let i = n - 1; i >= 0; i--) {
    const row = i * w;
    t[row + m] = 0;
    for (let j = m - 1; j >= 0; j--) t[row + j] = same(i, j) ? t[row + w + j + 1]! + 1 : Math.max(t[row + w + j]!, t[row + j + 1]!);
  }
  let gap = 0;
  let pi = -1, pj = -1;
  for (let i = 0, j = 0; i < n && j < m; ) {
    // A near-synonym match is taken only when it lies on a longest path (unlike equal words, it may not).
    if (same(i, j) && t[i * w + j] === t[(i + 1) * w + j + 1]! + 1) {
      gap = Math.max(gap, i - pi - 1, j - pj - 1);
      pi = i++;
      pj = j++;
    } else if (t[(i + 1) * w + j]! >= t[i * w + j + 1]!) i++;
    else j++;
  }
  return Math.max(gap, n - pi - 1, m - pj - 1);
}
