/**
 * Lexical features added to the score step's first seventeen (see score.ts): each one looks at
 * a kind of difference the word-overlap shares miss.
 * - an unmatched lead or tail: one sentence adds a clause ("…, to determine her exact treatment");
 * - negation: one sentence says "not", "never" or "n't" and the other does not;
 * - character 4-grams: spelling and inflection variants the stemmer leaves apart ("organise"/"organize");
 * - the in-order word alignment (alignWords): one long unaligned run is an added clause, short
 *   gaps facing each other are a rewording, and many separate aligned runs a reordering.
 */

const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'none', 'nothing', 'neither', 'nobody', 'cannot']);

/** Whether a word (the tokenizer's `norm`) negates: "not", "never", "didn't"… */
export function isNegation(norm: string): boolean {
  return NEGATIONS.has(norm) || norm.endsWith("n't");
}

/**
 * Content words at the start plus at the end of `order` (content stems in sentence order) that
 * the other sentence lacks: the length of an added lead or tail clause.
 */
export function edgeGap(order: readonly string[], other: ReadonlyMap<string, unknown>): number {
  let lead = 0;
  while (lead < order.length && !other.has(order[lead]!)) lead++;
  let tail = 0;
  while (tail < order.length - lead && !other.has(order[order.length - 1 - tail]!)) tail++;
  return lead + tail;
}

/**
 * A set of 32-bit numbers (word ids, n-gram and character-gram hashes) as a sorted array
 * without repeats: a few bytes a member where a Set takes tens, and two sets intersect in one
 * merge pass. A sentence's sets are made once and intersected with many others.
 */
export type NumberSet = Uint32Array;

/** The distinct values of `values`, as a NumberSet (sorts `values` in place). */
export function numberSet(values: Uint32Array): NumberSet {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[n - 1]) values[n++] = values[i]!;
  return values.subarray(0, n);
}

/** Number of members two NumberSets share. */
export function sharedCount(a: NumberSet, b: NumberSet): number {
  let i = 0;
  let j = 0;
  let c = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      c++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return c;
}

/** Distinct character 4-grams of the words joined by single spaces, as 32-bit hashes. */
export function charGrams(words: readonly string[]): NumberSet {
  const text = words.join(' ');
  const out = new Uint32Array(Math.max(0, text.length - 3));
  for (let i = 0; i + 4 <= text.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < 4; k++) h = Math.imul(h ^ text.charCodeAt(i + k), 0x01000193);
    out[i] = h >>> 0;
  }
  return numberSet(out);
}

/** Shared members over all distinct members (Jaccard). */
export function jaccard(a: NumberSet, b: NumberSet): number {
  const c = sharedCount(a, b);
  const union = a.length + b.length - c;
  return union ? c / union : 0;
}

/** Share of each set found in the other, lower first. */
export function precision(a: NumberSet, b: NumberSet): [number, number] {
  const c = sharedCount(a, b);
  const pa = a.length ? c / a.length : 0;
  const pb = b.length ? c / b.length : 0;
  return pa <= pb ? [pa, pb] : [pb, pa];
}

/** What the in-order alignment of two word lists (a longest common subsequence) says about them. */
export interface WordAlignment {
  /** Words aligned: the length of the longest common subsequence. */
  common: number;
  /** Longest run of consecutive words of either list left out of the alignment: an added clause is one long run. */
  gapMax: number;
  /** Words in places where both lists have unaligned words between the same two aligned ones: reworded rather than added. */
  substituted: number;
  /** Runs of aligned words consecutive in both lists, over aligned words (METEOR's fragmentation); 0 when none align. */
  fragmentation: number;
}

let table = new Int32Array(1024);

/**
 * Aligns two word lists along a longest common subsequence (taking equal words as soon as they
 * meet, ties skipping a word of `a`) and measures the gaps it leaves. Callers pass the two lists
 * in a fixed order so the result does not depend on which sentence came first.
 */
export function alignWords(a: Int32Array, b: Int32Array): WordAlignment {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  if (table.length < (n + 1) * w) table = new Int32Array(2 * (n + 1) * w);
  const t = table;
  // t[i * w + j]: length of the longest common subsequence of a[i..] and b[j..].
  t.fill(0, n * w, n * w + w);
  for (let i = n - 1; i >= 0; i--) {
    const row = i * w;
    const next = row + w;
    const ai = a[i];
    t[row + m] = 0;
    for (let j = m - 1; j >= 0; j--) t[row + j] = ai === b[j] ? t[next + j + 1]! + 1 : Math.max(t[next + j]!, t[row + j + 1]!);
  }
  let common = 0, chunks = 0, gapMax = 0, substituted = 0;
  let pi = -1, pj = -1;
  const gap = (ga: number, gb: number) => {
    gapMax = Math.max(gapMax, ga, gb);
    if (ga && gb) substituted += ga + gb;
  };
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      gap(i - pi - 1, j - pj - 1);
      if (common === 0 || i !== pi + 1 || j !== pj + 1) chunks++;
      common++;
      pi = i++;
      pj = j++;
    } else if (t[(i + 1) * w + j]! >= t[i * w + j + 1]!) i++;
    else j++;
  }
  gap(n - pi - 1, m - pj - 1);
  return { common, gapMax, substituted, fragmentation: common ? chunks / common : 0 };
}

export function mismatch<T>(a: Set<T>, b: Set<T>): number {
  if (a.size + b.size === 0) return 0;
  let only = 0;
  for (const x of a) if (!b.has(x)) only++;
  for (const x of b) if (!a.has(x)) only++;
  return only / (a.size + b.size);
}
