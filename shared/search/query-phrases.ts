/**
 * "Exact phrases" are our extension to lunr's syntax. We lift them out of the query before
 * lunr's parser sees it, blanking them with spaces of the same length so every offset lunr
 * reports in a QueryParseError still points into the user's original string.
 */
import type { QuerySyntaxProblem } from '../model/search';
import { TOKEN_SEPARATOR, trimWord } from './text-tokens';

export type PhraseField = 'title' | 'body';

export interface PhraseQuery {
  /** Lower-cased words without surrounding punctuation, in order. */
  words: string[];
  /** The text between the quotes, as typed. */
  raw: string;
  /** Offsets of the whole phrase (prefix and quotes included) in the query. */
  start: number;
  end: number;
  /** `-"…"` excludes articles containing the phrase; otherwise the phrase is required. */
  prohibited: boolean;
  /** Absent: title or body. */
  field?: PhraseField;
}

export interface PhraseExtraction {
  /** The query with every phrase replaced by spaces, ready for lunr's QueryParser. */
  rest: string;
  phrases: PhraseQuery[];
  problem?: QuerySyntaxProblem;
}

const FIELD_PREFIX = /(^|[\s])([+-]?)(?:([A-Za-z_][\w]*):)?$/;

export function splitPhraseWords(raw: string): string[] {
  return raw
    .split(TOKEN_SEPARATOR)
    .map((w) => trimWord(w).toLowerCase())
    .filter((w) => w.length > 0);
}

export function extractPhrases(query: string): PhraseExtraction {
  const phrases: PhraseQuery[] = [];
  let rest = '';
  let cursor = 0;
  for (;;) {
    const open = query.indexOf('"', cursor);
    if (open < 0) break;
    const close = query.indexOf('"', open + 1);
    if (close < 0) {
      return {
        rest: query,
        phrases,
        problem: { message: 'Unclosed quote: add a closing " to end the phrase.', start: open, end: query.length },
      };
    }
    // A `+`, `-` or `field:` written right before the quote belongs to the phrase.
    const before = query.slice(cursor, open);
    const prefix = FIELD_PREFIX.exec(before);
    const prefixLength = prefix ? (prefix[2] ?? '').length + (prefix[3] ? prefix[3].length + 1 : 0) : 0;
    const start = open - prefixLength;
    const fieldName = prefix?.[3];
    if (fieldName !== undefined && fieldName !== 'title' && fieldName !== 'body') {
      return {
        rest: query,
        phrases,
        problem: { message: `Phrases can be searched in title or body, not in "${fieldName}".`, start, end: close + 1 },
      };
    }
    const raw = query.slice(open + 1, close);
    const words = splitPhraseWords(raw);
    if (words.length > 0) {
      const phrase: PhraseQuery = { words, raw, start, end: close + 1, prohibited: prefix?.[2] === '-' };
      if (fieldName) phrase.field = fieldName as PhraseField;
      phrases.push(phrase);
    }
    rest += query.slice(cursor, start) + ' '.repeat(close + 1 - start);
    cursor = close + 1;
  }
  rest += query.slice(cursor);
  return { rest, phrases };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A matcher for the phrase's words in order, separated by anything that is not a letter or
 * digit (spaces, hyphens, punctuation), not inside a longer word. Case-insensitive in every script.
 */
export function phraseRegExp(words: string[]): RegExp {
  const body = words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(s[i]!);
}

/**
 * Whether the phrase occurs in `text` (same rule as `phraseRegExp`). Faster than the regular
 * expression on long texts: one lower-casing, then `indexOf` of the first word.
 */
export function containsPhraseWords(text: string, words: string[]): boolean {
  const lower = text.toLowerCase();
  const first = words[0]!;
  for (let at = lower.indexOf(first); at >= 0; at = lower.indexOf(first, at + 1)) {
    if (at > 0 && isWordChar(lower, at - 1)) continue;
    let pos = at + first.length;
    let ok = true;
    for (let w = 1; w < words.length && ok; w++) {
      const gap = pos;
      while (pos < lower.length && !isWordChar(lower, pos)) pos++;
      const word = words[w]!;
      ok = pos > gap && lower.startsWith(word, pos);
      pos += word.length;
    }
    if (ok && !isWordChar(lower, pos)) return true;
  }
  return false;
}

/** [start, end) ranges of every occurrence of the phrase in `text`. */
export function findPhrase(text: string, matcher: RegExp): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  matcher.lastIndex = 0;
  for (let m = matcher.exec(text); m; m = matcher.exec(text)) {
    ranges.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) matcher.lastIndex++;
  }
  return ranges;
}
