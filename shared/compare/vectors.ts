/**
 * Word vectors for the score step: lets "the ferry struck the pier" and "the boat hit the jetty"
 * count as partly the same words. The engine only needs a lookup; where the vectors come from
 * (a file on disk, a test's handful of made-up words) is up to the caller, so shared/ stays pure.
 */

/** A word → vector lookup. Words are asked for as the tokenizer's `norm` (lower case, no diacritics). */
export interface WordVectors {
  /** Length of every vector. */
  readonly dims: number;
  /** The word's vector at any scale (the engine compares by cosine), or undefined for an unknown word. */
  vector(word: string): Int8Array | Float32Array | undefined;
}

/** Unit-length vectors by word, looked up once per word and remembered for one comparison. */
export interface UnitVectors {
  readonly dims: number;
  unit(word: string): Float32Array | undefined;
  /** A small number per known word (stable for this comparison), or -1 for a word without a vector. */
  id(word: string): number;
  /**
   * Cosine of two words by their ids, remembered: the sentences of one event share most of their
   * words, so the same word pairs come back for many sentence pairs.
   */
  cosine(a: number, b: number): number;
}

/**
 * Wraps a lookup so each word is converted (int8 → float, scaled to length 1) once. Make one per
 * comparison: the cache then holds only the words of the articles being compared.
 */
export function unitVectors(source: WordVectors): UnitVectors {
  const cache = new Map<string, Float32Array | null>();
  const ids = new Map<string, number>();
  const byId: Float32Array[] = [];
  const cosines = new Map<number, number>();
  const unit = (word: string) => {
    let v = cache.get(word);
    if (v === undefined) {
      v = toUnit(source.vector(word), source.dims);
      cache.set(word, v);
      if (v) {
        ids.set(word, byId.length);
        byId.push(v);
      }
    }
    return v ?? undefined;
  };
  return {
    dims: source.dims,
    unit,
    id: (word) => (unit(word) ? ids.get(word)! : -1),
    cosine(a, b) {
      // One key per unordered pair; ids stay far below 2^26 in any comparison.
      const key = a < b ? a * 67_108_864 + b : b * 67_108_864 + a;
      let c = cosines.get(key);
      if (c === undefined) {
        c = dot(byId[a]!, byId[b]!);
        cosines.set(key, c);
      }
      return c;
    },
  };
}

function toUnit(raw: ArrayLike<number> | undefined, dims: number): Float32Array | null {
  if (!raw || raw.length !== dims) return null;
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += raw[d]! * raw[d]!;
  if (norm === 0) return null;
  const inv = 1 / Math.sqrt(norm);
  const out = new Float32Array(dims);
  for (let d = 0; d < dims; d++) out[d] = raw[d]! * inv;
  return out;
}

/** Dot product: the cosine of two unit vectors. */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
  return s;
}

/** A lookup over a small in-memory table, for tests and callers that already hold the vectors. */
export function wordVectorsFrom(table: Record<string, readonly number[]>): WordVectors {
  const entries = Object.entries(table);
  const dims = entries[0]?.[1].length ?? 0;
  const map = new Map(entries.map(([w, v]) => [w, Float32Array.from(v)]));
  return { dims, vector: (word) => map.get(word) };
}
