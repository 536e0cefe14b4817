/**
 * Rebuilds paragraphs from a PDF text layer, which is only positioned fragments: fragments on the
 * same baseline make a line; a vertical gap clearly larger than the usual line spacing, a
 * first-line indent, or a short line ending a sentence ends a paragraph; a word hyphenated at a
 * line end is joined again; page numbers and running headers/footers (the same line on most
 * pages) are dropped; a paragraph cut by a page break is joined across it.
 */

export interface PdfTextItem {
  str: string;
  /** Baseline start, PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size, roughly. */
  height: number;
}

export interface PdfLine {
  text: string;
  x: number;
  y: number;
  right: number;
  height: number;
}

export function itemsToLines(items: PdfTextItem[]): PdfLine[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const tolerance = Math.max(item.height, 1) * 0.5;
    if (group && Math.abs(group[0]!.y - item.y) <= tolerance) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const item of group) {
      const gap = item.x - end;
      if (text && gap > item.height * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
    }
    return {
      text: text.replace(/\s+/g, ' ').trim(),
      x: group[0]!.x,
      y: group[0]!.y,
      right: end,
      height: Math.max(...group.map((i) => i.height)),
    };
  });
}

const PAGE_NUMBER = /^(page\s+)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$/i;
const ENDS_SENTENCE = /[.!?:"”’)\]]$/;

export interface ParagraphOptions {
  /**
   * Also end a paragraph at any line that stops well short of the right margin, punctuation or
   * not. Right for exports (Nexis/Factiva), where every field is its own short line; too eager for
   * ragged-right prose, where only a short line that ends a sentence is taken as a paragraph end.
   */
  breakAtShortLines?: boolean;
}

export function pagesToParagraphs(pages: PdfLine[][], options: ParagraphOptions = {}): string[] {
  const furniture = repeatedEdgeLines(pages);
  const kept = pages.map((page) =>
    page.filter((l, i) => !PAGE_NUMBER.test(l.text) && !(isEdge(i, page.length) && furniture.has(normaliseEdge(l.text)))),
  );
  const geometry = measure(kept);
  const paragraphs: string[] = [];
  for (const lines of kept) {
    const pageParagraphs = linesToParagraphs(lines, geometry, options);
    const first = pageParagraphs[0];
    const last = paragraphs[paragraphs.length - 1];
    // A paragraph that runs over the page break: previous page ends mid-sentence, this one starts in lower case.
    if (first && last && !ENDS_SENTENCE.test(last) && /^[a-zà-ÿ]/.test(first)) {
      paragraphs[paragraphs.length - 1] = joinLines(last, first);
      pageParagraphs.shift();
    }
    paragraphs.push(...pageParagraphs);
  }
  return paragraphs;
}

interface Geometry {
  /** Usual distance between baselines of consecutive lines of a paragraph. */
  spacing: number;
  left: number;
  right: number;
}

/** Line spacing and text block edges, measured over the whole document (one page may hold two lines). */
function measure(pages: PdfLine[][]): Geometry {
  const all = pages.flat();
  const typicalHeight = median(all.map((l) => l.height)) ?? 12;
  const gaps = pages.flatMap((lines) => lines.slice(1).map((l, i) => lines[i]!.y - l.y));
  const spacing = median(gaps.filter((g) => g > 0 && g < typicalHeight * 3)) ?? typicalHeight * 1.2;
  return {
    spacing,
    left: median(all.map((l) => l.x)) ?? 0,
    right: Math.max(0, ...all.map((l) => l.right)),
  };
}

function linesToParagraphs(lines: PdfLine[], { spacing, left, right }: Geometry, options: ParagraphOptions): string[] {
  if (lines.length === 0) return [];
  const width = Math.max(right - left, 1);
  const paragraphs: string[] = [];
  let current = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const gap = prev.y - line.y;
    const short = prev.right < right - width * (options.breakAtShortLines ? 0.1 : 0.15);
    const newParagraph =
      gap > spacing * 1.4 + 0.5 ||
      gap < 0 || // jumped back up: a new column or block
      (line.x > left + line.height * 1.2 && line.x - prev.x > line.height * 0.8) || // first-line indent
      (short && (options.breakAtShortLines || ENDS_SENTENCE.test(prev.text)));
    if (newParagraph) {
      paragraphs.push(current);
      current = line.text;
    } else {
      current = joinLines(current, line.text);
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

/** Joins two lines of one paragraph, undoing end-of-line hyphenation ("exam-" + "ple" → "example"). */
export function joinLines(a: string, b: string): string {
  if (/\p{L}\u00ad$/u.test(a)) return a.slice(0, -1) + b;
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  if (/[-–—/]$/.test(a)) return a + b;
  return `${a} ${b}`;
}

/** Lines at the top or bottom of most pages (running titles, footers), compared with digits blanked. */
function repeatedEdgeLines(pages: PdfLine[][]): Set<string> {
  const found = new Set<string>();
  if (pages.length < 3) return found;
  const counts = new Map<string, number>();
  for (const page of pages) {
    const edges = new Set(page.filter((_, i) => isEdge(i, page.length)).map((l) => normaliseEdge(l.text)));
    for (const e of edges) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  for (const [text, count] of counts) if (count >= Math.max(3, pages.length * 0.6)) found.add(text);
  return found;
}

/** Running headers and footers sit in the first or last two lines of a page. */
const isEdge = (index: number, count: number): boolean => index < 2 || index >= count - 2;

const normaliseEdge = (text: string): string => text.replace(/\d+/g, '#').toLowerCase();

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
