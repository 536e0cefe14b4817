/**
 * Which pairs of articles are worth scoring. Scoring all pairs of a month (~700 articles, 250k
 * pairs) is affordable, of a year is not; same-event reports always share something rare (a
 * name, a figure, an unusual word), so an inverted index of rare features, walked only inside
 * the date window, finds them. The pairs it keeps are then scored exactly.
 */
import { withinWindow } from './dates';
import { cosine, type WeightedSet } from './vectors';

export interface Edge {
  /** Document indexes, a < b. */
  a: number;
  b: number;
  sim: number;
}

/** A feature in more documents than this is too common to propose pairs (it still counts in the exact score). */
export function maxPostingDf(n: number): number {
  return Math.max(20, Math.min(1000, Math.ceil(n * 0.1)));
}

/**
 * Scored pairs with similarity ≥ `keepFrom`. `days[i]` is document i's day or undefined.
 * The partial score over rare features must reach `keepFrom / 2` before the exact cosine is
 * computed: it is a lower bound of that cosine (all weights are positive), so halving it only
 * skips pairs whose rare overlap is slight and whose common words would have to make up the rest.
 */
export function scoredPairs(set: WeightedSet, days: ReadonlyArray<number | undefined>, windowDays: number, keepFrom: number): Edge[] {
  const n = set.vectors.length;
  const limit = maxPostingDf(n);
  const postings = new Map<string, number[]>();
  set.vectors.forEach((v, i) => {
    for (const k of v.weights.keys()) {
      const df = set.df.get(k)!;
      if (df < 2 || df > limit) continue;
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const partial = new Map<number, number>();
  for (const [k, list] of postings) {
    // Dated documents in day order, so the inner loop stops at the end of the window; undated ones pair with all.
    const dated = list.filter((i) => days[i] !== undefined).sort((x, y) => days[x]! - days[y]! || x - y);
    const undated = list.filter((i) => days[i] === undefined);
    const addPair = (i: number, j: number) => {
      const [a, b] = i < j ? [i, j] : [j, i];
      const key = a * n + b;
      partial.set(key, (partial.get(key) ?? 0) + set.vectors[a]!.weights.get(k)! * set.vectors[b]!.weights.get(k)!);
    };
    for (let x = 0; x < dated.length; x++) {
      for (let y = x + 1; y < dated.length && days[dated[y]!]! - days[dated[x]!]! <= windowDays; y++) addPair(dated[x]!, dated[y]!);
    }
    for (let x = 0; x < undated.length; x++) {
      for (let y = 0; y < list.length; y++) if (list[y] !== undated[x] && (days[list[y]!] !== undefined || list[y]! > undated[x]!)) addPair(undated[x]!, list[y]!);
    }
  }
  const edges: Edge[] = [];
  for (const [key, p] of partial) {
    if (p < keepFrom / 2) continue;
    const a = Math.floor(key / n);
    const b = key - a * n;
    if (!withinWindow(days[a], days[b], windowDays)) continue;
    const sim = cosine(set.vectors[a]!, set.vectors[b]!);
    if (sim >= keepFrom) edges.push({ a, b, sim });
  }
  return edges.sort((x, y) => x.a - y.a || x.b - y.b);
}
