/**
 * Word tokens with offsets, normalised the way search normalises them: lunr's separators
 * (white space and hyphens), trimmer, stop-word list and English stemmer. The comparison
 * engine and search therefore agree on what counts as "the same word".
 *
 * Each token keeps its exact [start, end) range in the text, so a word diff can point at the
 * characters, and a `canon` form for deciding whether two wordings differ only trivially
 * (case, quote style, diacritics, hyphenation, "five" vs "5").
 */
import lunr from 'lunr';
import { numberWordValue } from './normalize-numbers';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** The characters as written. */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower-cased, diacritics folded, curly apostrophes straightened, possessive "'s" dropped. */
  norm: string;
  /** lunr's stem of `norm` for English; `norm` itself for other languages. Empty for punctuation. */
  stem: string;
  /** In lunr's English stop-word list (or a one-letter word). Never true for numbers. */
  stop: boolean;
  /** Starts with a capital letter as written. */
  capitalized: boolean;
  /** Numeric value for numerals ("1,200", "2.5") and number words ("five", "dozen"). */
  value?: number;
  /** Form compared when deciding if a difference is trivial: norm without inner punctuation, or the number's value. */
  canon: string;
}

// Words keep inner apostrophes and full stops ("Zelensky's", "U.S", "2.5") and digit groups ("1,200").
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:(?:['’.]|,(?=\d{3}\b))[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

const stemCache = new Map<string, string>();
const stopCache = new Map<string, boolean>();

/** lunr's English stem (cached: the Porter stemmer is the slowest step of normalisation). */
export function stemEnglish(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = lunr.stemmer(new lunr.Token(word, {})).toString();
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** lunr's English stop-word filter. */
export function isStopWord(word: string): boolean {
  let s = stopCache.get(word);
  if (s === undefined) {
    s = word.length < 2 || lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
    stopCache.set(word, s);
  }
  return s;
}

/** Lower case, no diacritics, straight apostrophes, no possessive. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'");
  if (/[^\u0000-\u007f]/.test(w)) w = w.normalize('NFKD').replace(/\p{M}/gu, '');
  return w.replace(/'s$/, '').replace(/'$/, '');
}

export function isEnglishLanguage(language: string): boolean {
  return language === 'en' || language.startsWith('en-') || language === 'und';
}

type WordForm = Omit<Token, 'text' | 'start' | 'end'>;

/**
 * The forms of a word as written, per language (English or not). Normalising, stemming and
 * number parsing cost microseconds a word and news text repeats its words, so each distinct
 * spelling is worked out once.
 */
const formCache = { english: new Map<string, WordForm>(), other: new Map<string, WordForm>() };

function wordForm(raw: string, english: boolean): WordForm {
  const cache = english ? formCache.english : formCache.other;
  let form = cache.get(raw);
  if (form === undefined) {
    form = computeWordForm(raw, english);
    if (cache.size > 200_000) cache.clear();
    cache.set(raw, form);
  }
  return form;
}

function computeWordForm(raw: string, english: boolean): WordForm {
  if (!/[\p{L}\p{N}]/u.test(raw)) return { kind: 'punct', norm: raw, stem: '', stop: true, capitalized: false, canon: '' };
  const norm = normalizeWord(raw);
  const numeral = /^\d[\d,]*(?:\.\d+)?$/.test(raw) ? Number(raw.replace(/,/g, '')) : undefined;
  const value = numeral ?? (english ? numberWordValue(norm) : undefined);
  const capitalized = /^\p{Lu}/u.test(raw);
  if (value !== undefined) return { kind: 'number', norm, stem: String(value), stop: false, capitalized, value, canon: String(value) };
  const bare = norm.replace(/[.']/g, '');
  const stem = english ? stemEnglish(bare) : bare;
  // "U.S." normalises to "us", which is a stop word; an abbreviation never is.
  const stop = raw.includes('.') ? false : english ? isStopWord(bare) : bare.length < 2;
  return { kind: 'word', norm, stem, stop, capitalized, canon: bare };
}

/** Tokens of text[start, end). */
export function tokenize(text: string, start = 0, end = text.length, language = 'en'): Token[] {
  const english = isEnglishLanguage(language);
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const raw = m[0];
    const s = start + m.index;
    out.push({ text: raw, start: s, end: s + raw.length, ...wordForm(raw, english) });
  }
  return out;
}

/** Content stems of a token list: what similarity and the inverted index work on. */
export function contentStems(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.kind !== 'punct' && !t.stop) out.push(t.stem);
  return out;
}
