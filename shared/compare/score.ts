/**
 * Step 4 (score): how likely two sentences report the same thing.
 *
 * A logistic combination of explainable lexical features: IDF-weighted overlap of content
 * stems (how much of each sentence the other covers, and how much each says that the other
 * does not), how much of each sentence's words, word pairs and triples the other repeats, the
 * longest common word sequence, disagreement on numbers and on names, and length. No word
 * vectors, no synonyms: two sentences that say the same thing in different words score low.
 *
 * The weights were fitted by logistic regression on the MRPC training pairs
 * (`npx tsx scripts/eval-mrpc.ts --fit`, which also reports a 5-fold cross-validated accuracy);
 * they weigh these features only, nothing is keyed on particular words or pairs.
 */
import type { Token } from '../text/normalize';

/** What scoring needs from a sentence (or from two adjacent sentences taken together). */
export interface Scorable {
  /** Distinct content stems with their IDF. */
  stems: Map<string, number>;
  /** Stems of six letters or more by their first six letters, for near matches ("negoti" / "negotiat"). */
  prefixes: Map<string, string>;
  /** Sum of the IDF of `stems`. */
  weight: number;
  /** Every word (stop words included: phrasing matters) as its stem, or its canonical form for stop words and numbers. */
  words: string[];
  /** `words` as small integers, for the longest-common-subsequence loop. */
  wordIds: Int32Array;
  /** Distinct words, word pairs and word triples, as numbers (interned ids; 32-bit hashes for pairs and triples). */
  unigrams: Set<number>;
  bigrams: Set<number>;
  trigrams: Set<number>;
  numbers: Set<number>;
  /** Stems of capitalised words not at the start of the sentence: a cheap proxy for names. */
  names: Set<string>;
  /** Number of content words. */
  length: number;
}

export type IdfFn = (stem: string) => number;

export function makeScorable(tokens: readonly Token[], idf: IdfFn): Scorable {
  const stems = new Map<string, number>();
  const numbers = new Set<number>();
  const names = new Set<string>();
  const words: string[] = [];
  let length = 0;
  let first = true;
  for (const t of tokens) {
    if (t.kind === 'punct') continue;
    if (t.value !== undefined) numbers.add(t.value);
    words.push(t.stop || t.kind === 'number' ? t.canon : t.stem);
    if (!t.stop) {
      length++;
      if (!stems.has(t.stem)) stems.set(t.stem, idf(t.stem));
      if (t.capitalized && !first && t.kind === 'word') names.add(t.stem);
    }
    first = false;
  }
  let weight = 0;
  const prefixes = new Map<string, string>();
  for (const [stem, w] of stems) {
    weight += w;
    if (stem.length >= 6 && !prefixes.has(stem.slice(0, 6))) prefixes.set(stem.slice(0, 6), stem);
  }
  const wordIds = Int32Array.from(words, intern);
  const bigrams = new Set<number>();
  const trigrams = new Set<number>();
  for (let i = 0; i + 1 < wordIds.length; i++) {
    // 32-bit hashes: a collision would need two different word pairs of the two sentences to
    // hash alike (about 1 in 4 million per pair of sentences), too rare to move a score.
    const h2 = (Math.imul(wordIds[i]!, 0x9e3779b1) ^ Math.imul(wordIds[i + 1]!, 0x85ebca77)) >>> 0;
    bigrams.add(h2);
    if (i + 2 < wordIds.length) trigrams.add((Math.imul(h2, 0x27d4eb2f) ^ Math.imul(wordIds[i + 2]!, 0xc2b2ae3d)) >>> 0);
  }
  return { stems, prefixes, weight, words, wordIds, unigrams: new Set(wordIds), bigrams, trigrams, numbers, names, length };
}

const ids = new Map<string, number>();
/** A process-wide number per distinct word; only equality of numbers matters, so growth is harmless. */
function intern(word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    if (ids.size > 1_000_000) ids.clear();
    ids.set(word, (id = ids.size));
  }
  return id;
}


/** The features, each a plain number; exported for the MRPC evaluation and tests. */
export interface PairFeatures {
  /** IDF-weighted Dice overlap of content stems (near matches, same first six letters, count 0.7). */
  dice: number;
  /** The smaller of the two IDF-weighted coverages: how much of the less covered sentence the other one says. */
  minCover: number;
  /** log(1 + IDF mass of content the sentence that says more has and the other lacks). */
  extraMax: number;
  /** The same for the sentence that says less. */
  extraMin: number;
  /** Share of words, word pairs and word triples of one sentence found in the other: the lower and the higher of the two. */
  uniMin: number;
  uniMax: number;
  biMin: number;
  biMax: number;
  triMin: number;
  triMax: number;
  /** Longest common word subsequence over the longer and over the shorter sentence. */
  lcsLong: number;
  lcsShort: number;
  /** Share of numbers that appear in one sentence only (0 when neither has numbers). */
  numberMismatch: number;
  /** Share of names that appear in one sentence only. */
  nameMismatch: number;
  /** Relative length difference in content words. */
  lengthGap: number;
  /** Absolute length difference in words, over 10. */
  lengthDiff: number;
  /** Length of the shorter sentence in words, over 30. */
  shortLength: number;
}

export const FEATURE_NAMES = [
  'dice', 'minCover', 'extraMax', 'extraMin', 'uniMin', 'uniMax', 'biMin', 'biMax', 'triMin', 'triMax',
  'lcsLong', 'lcsShort', 'numberMismatch', 'nameMismatch', 'lengthGap', 'lengthDiff', 'shortLength',
] as const satisfies ReadonlyArray<keyof PairFeatures>;

export function pairFeatures(a: Scorable, b: Scorable): PairFeatures {
  let shared = 0;
  let unmatchedA: string[] | undefined;
  for (const [s, w] of a.stems) {
    if (b.stems.has(s)) shared += w;
    else (unmatchedA ??= []).push(s);
  }
  if (unmatchedA) {
    // Near matches: an unmatched stem of A and a stem of B absent from A with the same six-letter start.
    for (const s of unmatchedA) {
      if (s.length < 6) continue;
      const t = b.prefixes.get(s.slice(0, 6));
      if (t !== undefined && t !== s && !a.stems.has(t)) shared += 0.7 * Math.min(b.stems.get(t)!, a.stems.get(s)!);
    }
  }
  const coverA = a.weight > 0 ? shared / a.weight : 0;
  const coverB = b.weight > 0 ? shared / b.weight : 0;
  const [uniMin, uniMax] = precision(a.unigrams, b.unigrams);
  const [biMin, biMax] = precision(a.bigrams, b.bigrams);
  const [triMin, triMax] = precision(a.trigrams, b.trigrams);
  const common = lcs(a.wordIds, b.wordIds);
  const extraA = Math.max(0, a.weight - shared);
  const extraB = Math.max(0, b.weight - shared);
  const la = a.words.length;
  const lb = b.words.length;
  return {
    dice: a.weight + b.weight > 0 ? (2 * shared) / (a.weight + b.weight) : 0,
    minCover: Math.min(coverA, coverB),
    extraMax: Math.log1p(Math.max(extraA, extraB)),
    extraMin: Math.log1p(Math.min(extraA, extraB)),
    uniMin, uniMax, biMin, biMax, triMin, triMax,
    lcsLong: common / Math.max(1, la, lb),
    lcsShort: common / Math.max(1, Math.min(la, lb)),
    numberMismatch: mismatch(a.numbers, b.numbers),
    nameMismatch: mismatch(a.names, b.names),
    lengthGap: Math.abs(a.length - b.length) / Math.max(1, a.length, b.length),
    lengthDiff: Math.abs(la - lb) / 10,
    shortLength: Math.min(la, lb) / 30,
  };
}

/** Share of each set found in the other, lower first. */
function precision(a: Set<number>, b: Set<number>): [number, number] {
  let c = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) c++;
  const pa = a.size ? c / a.size : 0;
  const pb = b.size ? c / b.size : 0;
  return pa <= pb ? [pa, pb] : [pb, pa];
}

/** Length of the longest common subsequence of two word lists (one-row dynamic programme). */
function lcs(a: Int32Array, b: Int32Array): number {
  const row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(up, row[j - 1]!);
      diag = up;
    }
  }
  return row[b.length]!;
}

function mismatch<T>(a: Set<T>, b: Set<T>): number {
  if (a.size + b.size === 0) return 0;
  let only = 0;
  for (const x of a) if (!b.has(x)) only++;
  for (const x of b) if (!a.has(x)) only++;
  return only / (a.size + b.size);
}

export type Weights = { bias: number } & Record<(typeof FEATURE_NAMES)[number], number>;

/** Logistic weights on the raw features, fitted on MRPC train (see the file comment). */
// Signs of correlated features (the n-gram and LCS shares) trade off against each other; read
// them together, not one by one.
export const WEIGHTS: Weights = {
  bias: -1.709, dice: 0.535, minCover: 0.6236, extraMax: -0.948, extraMin: -0.0513, uniMin: 1.4372,
  uniMax: 1.7978, biMin: 1.4833, biMax: -0.9411, triMin: -0.7578, triMax: -3.0162, lcsLong: 4.4413,
  lcsShort: 1.3851, numberMismatch: -0.2533, nameMismatch: 0.2502, lengthGap: 1.3832, lengthDiff: -0.9672, shortLength: 1.3595,
};

/** Link score above which two sentences are taken to be the same claim. */
export const SAME_CLAIM_THRESHOLD = 0.5;

export function scoreFeatures(f: PairFeatures, w: Weights = WEIGHTS): number {
  let z = w.bias;
  for (const k of FEATURE_NAMES) z += w[k] * f[k];
  return 1 / (1 + Math.exp(-z));
}

/** Probability-like score (0..1) that two sentences report the same thing. */
export function similarity(a: Scorable, b: Scorable): number {
  return scoreFeatures(pairFeatures(a, b));
}
