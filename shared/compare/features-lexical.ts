/**
 * Lexical features added to the score step's first seventeen (see score.ts): each one looks at
 * a kind of difference the word-overlap shares miss.
 * - an unmatched lead or tail: one sentence adds a clause ("…, to determine her exact treatment");
 * - negation: one sentence says "not", "never" or "n't" and the other does not;
 * - fragmentation (as in METEOR): the shared words come in one run or scattered in many pieces;
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

/**
 * METEOR's fragmentation: walking `a`, the words found in `b` form chunks that are adjacent in
 * both; chunks over matched words is 1/n for one unbroken run, 1 when nothing is adjacent (and 1
 * when nothing matches).
 */
export function fragmentation(a: Int32Array, bPositions: ReadonlyMap<number, readonly number[]>): number {
  let matched = 0;
  let chunks = 0;
  let last = -2;
  for (let i = 0; i < a.length; i++) {
    const ps = bPositions.get(a[i]!);
    if (!ps) {
      last = -2;
      continue;
    }
    matched++;
    if (!ps.includes(last + 1)) chunks++;
    // Continue from the next occurrence after the previous match, else the first one.
    last = ps.find((p) => p > last) ?? ps[0]!;
  }
  return matched ? chunks / matched : 1;
}

/** Where each word id occurs in a sentence. */
export function positionsOf(ids: Int32Array): Map<number, number[]> {
  const out = new Map<number, number[]>();
  ids.forEach((id, i) => {
    const list = out.get(id);
    if (list) list.push(i);
    else out.set(id, [i]);
  });
  return out;
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
