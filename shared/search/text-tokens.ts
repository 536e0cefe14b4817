/**
 * Word tokens with their offsets, split exactly where lunr's tokenizer splits
 * (`lunr.tokenizer.separator`: whitespace and hyphens), so highlights and phrase checks
 * line up with what the index saw.
 */
import type { HighlightRange } from '../model/search';

/** Same pattern as `lunr.tokenizer.separator` in lunr 2.3.9. */
export const TOKEN_SEPARATOR = /[\s-]+/;
const SEPARATOR_GLOBAL = /[\s-]+/g;

export interface TextToken {
  /** The token as lunr's tokenizer hands it to the pipeline: lower-cased, untrimmed. */
  lower: string;
  start: number;
  end: number;
}

export function tokenizeWithOffsets(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let start = 0;
  SEPARATOR_GLOBAL.lastIndex = 0;
  for (let m = SEPARATOR_GLOBAL.exec(text); m; m = SEPARATOR_GLOBAL.exec(text)) {
    if (m.index > start) tokens.push({ lower: text.slice(start, m.index).toLowerCase(), start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) tokens.push({ lower: text.slice(start).toLowerCase(), start, end: text.length });
  return tokens;
}

const LEADING_NON_WORD = /^[^\p{L}\p{N}]+/u;
const TRAILING_NON_WORD = /[^\p{L}\p{N}]+$/u;

/** Strip punctuation at both ends (any script), the way a reader sees the word. */
export function trimWord(word: string): string {
  return word.replace(LEADING_NON_WORD, '').replace(TRAILING_NON_WORD, '');
}

/** The range of a token without its leading/trailing punctuation, for highlighting. */
export function trimmedRange(text: string, start: number, end: number): HighlightRange | undefined {
  const slice = text.slice(start, end);
  const lead = LEADING_NON_WORD.exec(slice)?.[0].length ?? 0;
  if (lead === slice.length) return undefined;
  const trail = TRAILING_NON_WORD.exec(slice)?.[0].length ?? 0;
  return [start + lead, end - trail];
}

/** Sort ranges and merge the ones that overlap or touch. */
export function mergeRanges(ranges: HighlightRange[]): HighlightRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: HighlightRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
