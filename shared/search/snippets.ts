/**
 * Snippets and highlights, computed from the stored text at display time: the index keeps no
 * positions (they would nearly double its size), so we re-find the matched words here.
 */
import type { HighlightRange, SearchSnippet } from '../model/search';
import { mergeRanges, tokenizeWithOffsets, trimmedRange } from './text-tokens';
import { TokenTable } from './token-table';

/**
 * Ranges of the words in `text` whose lunr form the caller recognises, plus ranges found
 * by other means (phrases). `isMatch` gets the lower-cased, untrimmed token as lunr's
 * tokenizer produces it, so the caller can run it through the same pipeline the index used.
 */
export function findHighlights(
  text: string,
  isMatch: (lowerToken: string) => boolean,
  extra: HighlightRange[] = [],
): HighlightRange[] {
  const table = new TokenTable((token) => (isMatch(token) ? 1 : 0), 1 << 10);
  return highlightTokens(text, table, (v) => v === 1, extra);
}

/**
 * Highlights with a long-lived token table (token → value, e.g. a term id): the text is
 * scanned without allocating a string per token, and each distinct token goes through the
 * (costly) pipeline once per table, not once per query.
 */
export function highlightTokens(
  text: string,
  table: TokenTable,
  matches: (value: number) => boolean,
  extra: HighlightRange[] = [],
): HighlightRange[] {
  const ranges: HighlightRange[] = [...extra];
  const lower = text.toLowerCase();
  const add = (start: number, end: number) => {
    const range = trimmedRange(text, start, end);
    if (range) ranges.push(range);
  };
  if (lower.length === text.length) {
    table.forEachToken(lower, (value, start, end) => {
      if (matches(value)) add(start, end);
    });
  } else {
    // Lower-casing changed the length (e.g. 'İ'): offsets would drift, so go token by token.
    for (const token of tokenizeWithOffsets(text)) if (matches(table.get(token.lower))) add(token.start, token.end);
  }
  return mergeRanges(ranges);
}

export interface SnippetOptions {
  /** At most this many snippets (1–3). */
  maxSnippets?: number;
  /** Target width of a snippet in characters. */
  width?: number;
}

interface Window {
  start: number;
  end: number;
  ranges: HighlightRange[];
  distinct: number;
}

/** Move `pos` back (or forward) to the nearest whitespace so snippets do not cut words. */
function snapToSpace(text: string, pos: number, direction: -1 | 1, limit: number): number {
  let p = pos;
  for (let i = 0; i < limit && p > 0 && p < text.length; i++) {
    if (/\s/.test(text[p - 1] ?? '') && direction < 0) return p;
    if (/\s/.test(text[p] ?? '') && direction > 0) return p;
    p += direction;
  }
  return pos;
}

/**
 * 1–3 windows of the text around the highlights, richest (most distinct matched words)
 * first, returned in reading order. With no highlights the opening of the text is the snippet.
 */
export function buildSnippets(text: string, highlights: HighlightRange[], options: SnippetOptions = {}): SearchSnippet[] {
  const maxSnippets = Math.min(3, Math.max(1, options.maxSnippets ?? 3));
  const width = options.width ?? 200;
  if (text.length === 0) return [];
  if (highlights.length === 0) {
    const end = text.length <= width ? text.length : snapToSpace(text, width, -1, 40);
    return [{ text: text.slice(0, end), highlights: [], offset: 0 }];
  }
  const windows: Window[] = [];
  let i = 0;
  while (i < highlights.length) {
    const first = highlights[i]!;
    const start = snapToSpace(text, Math.max(0, first[0] - Math.floor(width / 4)), -1, 30);
    const limit = Math.min(text.length, start + width);
    const ranges: HighlightRange[] = [];
    const words = new Set<string>();
    while (i < highlights.length && highlights[i]![1] <= limit) {
      const r = highlights[i]!;
      ranges.push(r);
      words.add(text.slice(r[0], r[1]).toLowerCase());
      i++;
    }
    if (ranges.length === 0) {
      // A single highlight longer than the window (a long phrase): take it whole.
      ranges.push(first);
      i++;
    }
    const lastEnd = ranges[ranges.length - 1]![1];
    const end = Math.max(lastEnd, limit >= text.length ? text.length : snapToSpace(text, limit, -1, 30));
    windows.push({ start, end: Math.max(end, lastEnd), ranges, distinct: words.size || 1 });
  }
  const chosen = windows
    .map((w, order) => ({ w, order }))
    .sort((a, b) => b.w.distinct - a.w.distinct || b.w.ranges.length - a.w.ranges.length || a.order - b.order)
    .slice(0, maxSnippets)
    .sort((a, b) => a.w.start - b.w.start);
  return chosen.map(({ w }) => ({
    text: text.slice(w.start, w.end),
    offset: w.start,
    highlights: w.ranges.map(([s, e]) => [s - w.start, e - w.start] as HighlightRange),
  }));
}
