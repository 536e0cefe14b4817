/**
 * Step 4 (score): how likely two sentences report the same thing.
 *
 * A logistic combination of explainable features: IDF-weighted overlap of content stems (how
 * much of each sentence the other covers, and how much each says that the other does not), how
 * much of each sentence's words, word pairs, triples and quadruples the other repeats, the
 * longest common word sequence, an added lead or tail
 * clause, a negation on one side only, shared character 4-grams, disagreement on numbers and
 * names, and length (features-lexical.ts). With word vectors (CompareOptions.wordVectors) two
 * more: a one-to-one alignment of content words by meaning and a common subsequence that lets
 * near-synonyms match (features-vectors.ts). Without vectors the lexical model scores alone, with
 * its own weights.
 *
 * Both weight sets were fitted by logistic regression on the MRPC training pairs
 * (`npx tsx scripts/eval-mrpc.ts --fit`, which also reports a 5-fold cross-validated accuracy);
 * they weigh these features only, nothing is keyed on particular words or pairs.
 */
import { edgeGap, jaccard, lcs, mismatch, precision } from './features-lexical';
import type { Scorable } from './features-scorable';
import { alignedDice, SOFT_MATCH_MIN_SHARE, softLcs, stemSimilarities } from './features-vectors';

export { makeScorable, withVectors, type IdfFn, type Scorable } from './features-scorable';

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
  /** The larger, over the two sentences, of its content words at the start plus at the end that the other lacks (an added clause), over 10. */
  edgeGap: number;
  /** 1 when exactly one of the sentences negates ("not", "never", "n't"…). */
  negationMismatch: number;
  /** Jaccard overlap of character 4-grams. */
  char4: number;
  /** Share of word quadruples of one sentence found in the other, the higher of the two. */
  quadMax: number;
  /** With word vectors only: IDF-weighted Dice over a one-to-one alignment of content words by meaning. */
  alignedDice?: number;
  /** With word vectors only: longest common subsequence letting near-synonyms match, over the longer sentence. */
  softLcs?: number;
}

/** Features of the lexical model (no word vectors). */
export const LEXICAL_FEATURES = [
  'dice', 'minCover', 'extraMax', 'extraMin', 'uniMin', 'uniMax', 'biMin', 'biMax', 'triMin', 'triMax',
  'lcsLong', 'lcsShort', 'numberMismatch', 'nameMismatch', 'lengthGap', 'lengthDiff', 'shortLength',
  'edgeGap', 'negationMismatch', 'char4', 'quadMax',
] as const satisfies ReadonlyArray<keyof PairFeatures>;

/** Features of the model used when the comparison has word vectors. */
export const VECTOR_FEATURES = [...LEXICAL_FEATURES, 'alignedDice', 'softLcs'] as const satisfies ReadonlyArray<keyof PairFeatures>;

export type FeatureName = (typeof VECTOR_FEATURES)[number];

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
  const [, quadMax] = precision(a.quadgrams, b.quadgrams);
  const features: PairFeatures = {
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
    edgeGap: Math.max(edgeGap(a.order, b.stems), edgeGap(b.order, a.stems)) / 10,
    negationMismatch: a.negated !== b.negated ? 1 : 0,
    char4: jaccard(a.charGrams, b.charGrams),
    quadMax,
  };
  if (a.vectors && b.vectors) {
    const soft = shared >= SOFT_MATCH_MIN_SHARE * Math.min(a.weight, b.weight);
    const sim = stemSimilarities(a.vectors, b.vectors, soft);
    features.alignedDice = alignedDice(a.vectors, b.vectors, sim);
    features.softLcs = softLcs(a.wordIds, a.vectors, b.wordIds, b.vectors, sim);
  }
  return features;
}

/** Logistic weights on raw feature values: a bias and one weight per feature of the model. */
export type Weights = { bias: number } & Partial<Record<FeatureName, number>>;

// Weights fitted on MRPC train by scripts/eval-mrpc.ts --fit. Signs of correlated features (the
// overlap, n-gram and LCS shares) trade off against each other; read them together.
/** The lexical model, used when the comparison has no word vectors. */
export const LEXICAL_WEIGHTS: Weights = {
  bias: -0.2404, dice: 1.3357, minCover: -1.2919, extraMax: -0.9662, extraMin: 0.0236, uniMin: -1.2744,
  uniMax: 1.8992, biMin: 1.1988, biMax: -1.7382, triMin: 0.5552, triMax: -2.5713, lcsLong: 5.8915,
  lcsShort: -0.7828, numberMismatch: -0.4051, nameMismatch: 0.243, lengthGap: 1.5101, lengthDiff: -0.4809,
  shortLength: 1.2854, edgeGap: -1.347, negationMismatch: -1.2487, char4: 3.777, quadMax: -0.6595,
};

/** The model with word vectors. */
export const VECTOR_WEIGHTS: Weights = {
  bias: -1.7788, dice: -3.275, minCover: -1.0956, extraMax: -0.8373, extraMin: -0.0535, uniMin: -1.1088,
  uniMax: 2.1874, biMin: 0.8375, biMax: -1.6314, triMin: 0.3888, triMax: -2.3826, lcsLong: 0.9377,
  lcsShort: -1.7719, numberMismatch: -0.2469, nameMismatch: 0.34, lengthGap: 1.7084, lengthDiff: -0.3118,
  shortLength: 0.8595, edgeGap: -1.4272, negationMismatch: -1.1982, char4: 4.0653, quadMax: -0.5508,
  alignedDice: 5.4156, softLcs: 6.0444,
};

/**
 * Link score above which two sentences are taken to be the same claim. Both models output a
 * probability fitted on MRPC, so one threshold serves both: 0.5, where accuracy peaks.
 */
export const SAME_CLAIM_THRESHOLD = 0.5;

/** The weights that score a pair: the vector model when both sentences have vector features. */
export function weightsFor(f: PairFeatures): Weights {
  return f.alignedDice !== undefined && f.softLcs !== undefined ? VECTOR_WEIGHTS : LEXICAL_WEIGHTS;
}

export function scoreFeatures(f: PairFeatures, w: Weights = weightsFor(f)): number {
  let z = w.bias;
  for (const k of VECTOR_FEATURES) {
    const wk = w[k];
    if (wk !== undefined) z += wk * (f[k] ?? 0);
  }
  return 1 / (1 + Math.exp(-z));
}

/** Probability-like score (0..1) that two sentences report the same thing. */
export function similarity(a: Scorable, b: Scorable): number {
  return scoreFeatures(pairFeatures(a, b));
}
