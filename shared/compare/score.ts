/**
 * Step 4 (score): how likely two sentences report the same thing.
 *
 * A logistic combination of explainable features: IDF-weighted overlap of content stems (how
 * much of each sentence the other covers, and how much each says that the other does not), how
 * much of each sentence's words, word pairs, triples and quadruples the other repeats, the
 * longest common word sequence and the gaps it leaves (one long unaligned run is an added clause,
 * which MRPC's annotators and an analyst count as a different claim; short gaps facing each other
 * are a rewording), an added lead or tail clause, a negation on one side only, shared character
 * 4-grams, disagreement on numbers and names, and length (features-lexical.ts). With word vectors
 * (CompareOptions.wordVectors) more: a one-to-one alignment of content words by meaning, a common
 * subsequence and its gaps letting near-synonyms match, and the content with no counterpart even
 * by meaning (features-vectors.ts). Without vectors the lexical model scores alone, with its own
 * weights.
 *
 * Both weight sets were fitted by L2-regularised logistic regression on the MRPC training pairs
 * (`npx tsx scripts/eval-mrpc.ts --fit`); they weigh these features only, nothing is keyed on
 * particular words or pairs. 5-fold cross-validated accuracy (weights fitted on four folds,
 * scored on the fifth, threshold 0.5): 0.7814 (F1 0.8446) with vectors, 0.7767 (F1 0.8412)
 * lexical only; the previous models scored 0.7696 and 0.7630. A piecewise-linear (binned) model
 * and small boosted trees did no better than this linear one on these features.
 */
import { alignWords, edgeGap, jaccard, mismatch, precision } from './features-lexical';
import type { Scorable } from './features-scorable';
import { alignedDice, SOFT_MATCH_MIN_SHARE, softGapMax, softLcs, stemSimilarities, unmatchedContent } from './features-vectors';

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
  /** Longest run of words of either sentence that the in-order word alignment leaves out (an added clause), over 10. */
  gapMax: number;
  /** Words where both sentences have unaligned words between the same aligned ones (a rewording), over 10. */
  substituted: number;
  /** Separate runs of aligned words over aligned words: 1/n for one unbroken run, 1 for scattered words, 0 for none. */
  fragmentation: number;
  /** 1 when both sentences have numbers and they are not the same numbers. */
  numbersDiffer: number;
  /** Content stems of one sentence absent from the other, the larger count of the two, over 10. */
  missingMax: number;
  /** Names of one sentence absent from the other's content, the larger count of the two. */
  namesMissingMax: number;
  /** With word vectors only: IDF-weighted Dice over a one-to-one alignment of content words by meaning. */
  alignedDice?: number;
  /** With word vectors only: longest common subsequence letting near-synonyms match, over the longer sentence. */
  softLcs?: number;
  /** With word vectors only: gapMax of an alignment in which near-synonyms align, over 10. */
  softGapMax?: number;
  /** With word vectors only: log(1 + IDF mass with no counterpart even by meaning) of the sentence with less of it. */
  softExtraMin?: number;
  /** With word vectors only: content stems with no counterpart even by meaning, the smaller count of the two, over 10. */
  softMissingMin?: number;
}

/** Features of the lexical model (no word vectors). */
export const LEXICAL_FEATURES = [
  'dice', 'minCover', 'extraMax', 'extraMin', 'uniMin', 'uniMax', 'biMin', 'biMax', 'triMin', 'triMax',
  'lcsLong', 'lcsShort', 'numberMismatch', 'nameMismatch', 'lengthGap', 'lengthDiff', 'shortLength',
  'edgeGap', 'negationMismatch', 'char4', 'quadMax', 'gapMax', 'numbersDiffer', 'substituted', 'fragmentation',
] as const satisfies ReadonlyArray<keyof PairFeatures>;

/**
 * Features of the model used when the comparison has word vectors: the lexical model's, those
 * that compare words by meaning, and two counts of unmatched content that only add to them.
 */
export const VECTOR_FEATURES = [
  ...LEXICAL_FEATURES, 'alignedDice', 'softLcs', 'softGapMax', 'softExtraMin', 'softMissingMin', 'missingMax', 'namesMissingMax',
] as const satisfies ReadonlyArray<keyof PairFeatures>;

export type FeatureName = (typeof VECTOR_FEATURES)[number];

export function pairFeatures(x: Scorable, y: Scorable): PairFeatures {
  // The word alignment breaks ties by position, so the pair is put in a fixed order first.
  const [a, b] = comesFirst(x, y) ? [x, y] : [y, x];
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
  const missingA = unmatchedA?.length ?? 0;
  const coverA = a.weight > 0 ? shared / a.weight : 0;
  const coverB = b.weight > 0 ? shared / b.weight : 0;
  const [uniMin, uniMax] = precision(a.unigrams, b.unigrams);
  const [biMin, biMax] = precision(a.bigrams, b.bigrams);
  const [triMin, triMax] = precision(a.trigrams, b.trigrams);
  const aligned = alignWords(a.wordIds, b.wordIds);
  const common = aligned.common;
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
    gapMax: aligned.gapMax / 10,
    substituted: aligned.substituted / 10,
    fragmentation: aligned.fragmentation,
    numbersDiffer: a.numbers.size && b.numbers.size && mismatch(a.numbers, b.numbers) > 0 ? 1 : 0,
    missingMax: Math.max(missingA, b.stems.size - (a.stems.size - missingA)) / 10,
    namesMissingMax: Math.max(namesMissing(a, b), namesMissing(b, a)),
  };
  if (a.vectors && b.vectors) {
    const soft = shared >= SOFT_MATCH_MIN_SHARE * Math.min(a.weight, b.weight);
    const sim = stemSimilarities(a.vectors, b.vectors, soft);
    features.alignedDice = alignedDice(a.vectors, b.vectors, sim);
    features.softLcs = softLcs(a.wordIds, a.vectors, b.wordIds, b.vectors, sim);
    // Without soft matches the alignment is the exact one already measured.
    features.softGapMax = soft ? softGapMax(a.wordIds, a.vectors, b.wordIds, b.vectors, sim) / 10 : features.gapMax;
    const unmatched = unmatchedContent(a.vectors, b.vectors, sim);
    features.softExtraMin = Math.log1p(Math.min(...unmatched.extra));
    features.softMissingMin = Math.min(...unmatched.missing) / 10;
  }
  return features;
}

/** Whether `a` goes first in a pair: the longer sentence, or on equal length the first by its words. */
function comesFirst(a: Scorable, b: Scorable): boolean {
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  for (let i = 0; i < a.words.length; i++) if (a.words[i] !== b.words[i]) return a.words[i]! < b.words[i]!;
  return true;
}

function namesMissing(a: Scorable, b: Scorable): number {
  let n = 0;
  for (const name of a.names) if (!b.stems.has(name)) n++;
  return n;
}

/** Logistic weights on raw feature values: a bias and one weight per feature of the model. */
export type Weights = { bias: number } & Partial<Record<FeatureName, number>>;

// Weights fitted on MRPC train by scripts/eval-mrpc.ts --fit. Signs of correlated features (the
// overlap, n-gram and LCS shares) trade off against each other; read them together.
/** The lexical model, used when the comparison has no word vectors. */
export const LEXICAL_WEIGHTS: Weights = {
  bias: -0.8386, dice: 2.2496, minCover: -1.3803, extraMax: -0.8125, extraMin: 0.0065, uniMin: -1.0632,
  uniMax: 1.9864, biMin: 3.0665, biMax: -0.5841, triMin: 0.0141, triMax: -1.5236, lcsLong: 4.2263,
  lcsShort: -2.1095, numberMismatch: -0.2235, nameMismatch: 0.3616, lengthGap: 1.2713, lengthDiff: 0.1365,
  shortLength: 1.2236, edgeGap: -1.3477, negationMismatch: -1.287, char4: 3.0552, quadMax: -0.7776,
  gapMax: -1.9595, numbersDiffer: -0.5263, substituted: 0.647, fragmentation: 1.2074,
};

/** The model with word vectors. */
export const VECTOR_WEIGHTS: Weights = {
  bias: -0.2695, dice: -0.8159, minCover: -3.3712, extraMax: -1.3414, extraMin: -0.3098, uniMin: -0.3253,
  uniMax: 1.5783, biMin: 3.0859, biMax: -0.6039, triMin: -0.1338, triMax: -1.3781, lcsLong: 2.5512,
  lcsShort: -2.2426, numberMismatch: -0.0644, nameMismatch: 0.1737, lengthGap: 0.4446, lengthDiff: 0.1869,
  shortLength: 0.5633, edgeGap: -1.5884, negationMismatch: -1.2182, char4: 3.702, quadMax: -0.5688,
  gapMax: -1.3155, numbersDiffer: -0.3819, substituted: 0.5306, fragmentation: 1.3113, alignedDice: 5.6026,
  softLcs: 1.4176, softGapMax: -0.8752, softExtraMin: 0.3633, softMissingMin: -1.8127, missingMax: 1.6216,
  namesMissingMax: 0.1654,
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
