/**
 * Lexical features added to the score step's first seventeen (see score.ts): each one looks at
 * a kind of difference the word-overlap shares miss.
 * - an unmatched lead or tail: one sentence adds a clause ("…, to determine her exact treatment");
 * - negation: one sentence says "not", "never" or "n't" and the other does not;
 * - character 4-grams: spelling and inflection variants the stemmer leaves apart ("organise"/"organize").
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

/** Distinct character 4-grams of the words joined by single spaces, as 32-bit hashes. */
export function charGrams(words: readonly string[]): Set<number> {
  const text = words.join(' ');
  const out = new Set<number>();
  for (let i = 0; i + 4 <= text.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < 4; k++) h = Math.imul(h ^ text.charCodeAt(i + k), 0x01000193);
    out.add(h >>> 0);
  }
  return out;
}

/** Shared members over all distinct members (Jaccard). */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let c = 0;
  for (const x of small) if (large.has(x)) c++;
  const union = a.size + b.size - c;
  return union ? c / union : 0;
}

/** Share of each set found in the other, lower first. */
export function precision(a: Set<number>, b: Set<number>): [number, number] {
  let c = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) c++;
  const pa = a.size ? c / a.size : 0;
  const pb = b.size ? c / b.size : 0;
  return pa <= pb ? [pa, pb] : [pb, pa];
}

/** Length of the longest common subsequence of two word lists (one-row dynamic programme). */
export function lcs(a: Int32Array, b: Int32Array): number {
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

export function mismatch<T>(a: Set<T>, b: Set<T>): number {
  if (a.size + b.size === 0) return 0;
  let only = 0;
  for (const x of a) if (!b.has(x)) only++;
  for (const x of b) if (!a.has(x)) only++;
  return only / (a.size + b.size);
}
