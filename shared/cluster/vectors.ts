/**
 * TF-IDF vectors over all three kinds of feature at once, so one cosine says how alike two
 * articles are. A name's words are already content words, so the name feature only adds a
 * little: counting names more (×1.5, ×2) made BASIL's F1 more sensitive to the threshold and
 * pulled same-day events that share a town and a mayor together (the Port Alder fixture).
 * Idf comes from the set being grouped, so a month's recurring names ("Trump") weigh less than
 * the detail of one event.
 */
import { buildIdf } from '../compare/idf';
import type { DocFeatures, FeatureKind } from './features';

/** How much each kind of feature counts, relative to content words. */
export const KIND_WEIGHT: Readonly<Record<FeatureKind, number>> = { t: 1, e: 0.5, n: 1 };

export interface DocVector {
  /** Feature key → weight; the vector has unit length (or is empty). */
  weights: Map<string, number>;
}

export interface WeightedSet {
  vectors: DocVector[];
  /** Number of documents having each feature. */
  df: Map<string, number>;
}

export function weightFeatures(docs: readonly DocFeatures[]): WeightedSet {
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.counts.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const idf = buildIdf(docs.map((d) => d.counts.keys()));
  const vectors = docs.map((d) => {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [k, c] of d.counts) {
      // Sublinear tf: an article that repeats a name ten times is not ten times as much about it.
      const w = KIND_WEIGHT[k[0] as FeatureKind] * (1 + Math.log(c)) * idf(k);
      weights.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [k, w] of weights) weights.set(k, w / norm);
    return { weights };
  });
  return { vectors, df };
}

/** Cosine of two unit vectors. */
export function cosine(a: DocVector, b: DocVector): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let dot = 0;
  for (const [k, w] of small) {
    const v = large.get(k);
    if (v !== undefined) dot += w * v;
  }
  return dot;
}
