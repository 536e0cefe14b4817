/**
 * What the score step needs from a sentence (or from two adjacent sentences taken together),
 * computed once per sentence so that scoring a pair is cheap: content stems with IDF, word ids
 * and their n-gram hashes, character 4-grams, numbers, names and, when the comparison has word
 * vectors, each content word's unit vector.
 */
import type { Token } from '../text/normalize';
import { charGrams, isNegation, numberSet, type NumberSet } from './features-lexical';
import type { VectorSide } from './features-vectors';
import type { UnitVectors } from './vectors';

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
  /** Distinct words, word pairs, triples and quadruples, as numbers (interned ids; 32-bit hashes for the n-grams). */
  unigrams: NumberSet;
  bigrams: NumberSet;
  trigrams: NumberSet;
  quadgrams: NumberSet;
  /** Character 4-grams of the words, for spelling and inflection variants. */
  charGrams: NumberSet;
  /** Content stems in sentence order (repeats kept), for an unmatched lead or tail. */
  order: string[];
  /** Says "not", "never", "n't"… */
  negated: boolean;
  /** Present when the comparison has word vectors. */
  vectors?: VectorSide;
  numbers: Set<number>;
  /** Stems of capitalised words not at the start of the sentence: a cheap proxy for names. */
  names: Set<string>;
  /** Number of content words. */
  length: number;
}

/**
 * IDF of a content stem over the sentences compared. It may carry the comparison's word vectors,
 * so that every Scorable made with it (single sentences, merged neighbours, quotes) is scored by
 * the same model.
 */
export type IdfFn = ((stem: string) => number) & { readonly vectors?: UnitVectors };

/** `idf` carrying word vectors (or `idf` itself when there are none). */
export function withVectors(idf: (stem: string) => number, vectors: UnitVectors | undefined): IdfFn {
  if (!vectors) return idf;
  return Object.assign((stem: string) => idf(stem), { vectors });
}

export function makeScorable(tokens: readonly Token[], idf: IdfFn): Scorable {
  const stems = new Map<string, number>();
  const numbers = new Set<number>();
  const names = new Set<string>();
  const words: string[] = [];
  const norms: string[] = [];
  const order: string[] = [];
  const firstToken = new Map<string, Token>();
  const wordTokens: Token[] = [];
  let negated = false;
  let length = 0;
  let first = true;
  for (const t of tokens) {
    if (t.kind === 'punct') continue;
    if (t.value !== undefined) numbers.add(t.value);
    words.push(t.stop || t.kind === 'number' ? t.canon : t.stem);
    norms.push(t.norm);
    wordTokens.push(t);
    if (isNegation(t.norm)) negated = true;
    if (!t.stop) {
      length++;
      order.push(t.stem);
      if (!stems.has(t.stem)) {
        stems.set(t.stem, idf(t.stem));
        firstToken.set(t.stem, t);
      }
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
  const n = wordIds.length;
  const bigrams = new Uint32Array(Math.max(0, n - 1));
  const trigrams = new Uint32Array(Math.max(0, n - 2));
  const quadgrams = new Uint32Array(Math.max(0, n - 3));
  for (let i = 0; i + 1 < n; i++) {
    // 32-bit hashes: a collision would need two different word pairs of the two sentences to
    // hash alike (about 1 in 4 million per pair of sentences), too rare to move a score.
    const h2 = (Math.imul(wordIds[i]!, 0x9e3779b1) ^ Math.imul(wordIds[i + 1]!, 0x85ebca77)) >>> 0;
    bigrams[i] = h2;
    if (i + 2 >= n) continue;
    const h3 = (Math.imul(h2, 0x27d4eb2f) ^ Math.imul(wordIds[i + 2]!, 0xc2b2ae3d)) >>> 0;
    trigrams[i] = h3;
    if (i + 3 < n) quadgrams[i] = (Math.imul(h3, 0x165667b1) ^ Math.imul(wordIds[i + 3]!, 0x9e3779b1)) >>> 0;
  }
  const scorable: Scorable = {
    stems, prefixes, weight, words, wordIds,
    unigrams: numberSet(Uint32Array.from(wordIds)),
    bigrams: numberSet(bigrams),
    trigrams: numberSet(trigrams),
    quadgrams: numberSet(quadgrams),
    charGrams: charGrams(norms), order, negated, numbers, names, length,
  };
  if (idf.vectors) scorable.vectors = vectorSide(stems, firstToken, wordTokens, idf.vectors);
  return scorable;
}

function vectorSide(stems: Map<string, number>, firstToken: Map<string, Token>, wordTokens: readonly Token[], vectors: UnitVectors): VectorSide {
  const list = [...stems.keys()];
  const index = new Map(list.map((s, i) => [s, i]));
  const idf = Float64Array.from(list, (s) => stems.get(s)!);
  // Numbers are compared by value, never by vector; a word is looked up as written, then without apostrophes.
  const vecs = list.map((s) => {
    const t = firstToken.get(s)!;
    return t.kind === 'word' ? (vectors.unit(t.norm) ?? vectors.unit(t.norm.replace(/'/g, ''))) : undefined;
  });
  const wordStem = Int32Array.from(wordTokens, (t) => (t.stop ? -1 : index.get(t.stem)!));
  return { stems: list, index, idf, vectors: vecs, weight: idf.reduce((x, y) => x + y, 0), wordStem };
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
