import type { ExtractedArticle, RemovedText } from '../../../shared/model/article';
import { normaliseOutletName, outletFromDomain } from '../../../shared/outlets/outlet-name';
import { classifyFurnitureLine } from '../../../shared/text/furniture';
import { ImportError } from '../raw-document';
import { normaliseLanguageTag, reconcileLanguage } from '../language';
import { splitAuthors } from './authors';
import { normaliseDate } from './metadata';
import { markdownLineToText } from './markdown-line';
import { parseHeaderLines } from './text-headers';

/**
 * Plain text (a .txt/.md file, pasted text, the body of a structured export) → article.
 * Furniture lines are removed with the same shared classifier as for HTML. With
 * `parseHeaderLines`, leading "Title:/URL:/Source:" lines become metadata and a short first
 * line becomes the headline, a sentence-like line after it the deck (`lede`).
 * Metadata the container already knew (`meta`) wins over anything guessed from the text.
 */
export function extractFromPlainText(text: string, opts: { parseHeaderLines: boolean; meta?: Partial<ExtractedArticle> }): ExtractedArticle {
  const meta = opts.meta ?? {};
  let lines = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n');

  const headers = opts.parseHeaderLines ? parseHeaderLines(lines) : { fields: {}, consumed: 0 };
  lines = lines.slice(headers.consumed);
  const h = headers.fields;

  const removed: RemovedText[] = [];
  const paragraphs = toParagraphs(lines.map(markdownLineToText), removed);

  let title = meta.title ?? h.title;
  let lede = meta.lede;
  if (opts.parseHeaderLines) {
    if (!title && paragraphs.length > 1 && looksLikeHeadline(paragraphs[0]!)) title = paragraphs.shift();
    if (!lede && paragraphs.length > 1 && looksLikeDeck(paragraphs[0]!, paragraphs[1]!)) lede = paragraphs.shift();
  }

  const body = paragraphs.join('\n\n');
  if (!/\p{L}{2}/u.test(body)) {
    throw new ImportError('no-article-text', 'No article text found: the text is empty or consists only of headers and page furniture.');
  }

  const url = meta.url ?? (h.url && /^https?:\/\//i.test(h.url) ? h.url : undefined);
  const fromDomain = url ? outletFromDomain(url) : undefined;
  const outlet = meta.outlet ?? normaliseOutletName(h.outlet) ?? fromDomain?.name;
  const outletDomain = meta.outletDomain ?? fromDomain?.domain;
  const published = meta.published ?? normaliseDate(h.published);
  return {
    title: title ?? '',
    ...(outlet ? { outlet } : {}),
    ...(outletDomain ? { outletDomain } : {}),
    authors: meta.authors && meta.authors.length > 0 ? meta.authors : splitAuthors(h.authors ?? ''),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
    language: meta.language ?? reconcileLanguage(normaliseLanguageTag(h.language), body),
    ...(lede ? { lede } : {}),
    text: body,
    removed,
  };
}

/**
 * Lines → paragraphs. Blank lines separate paragraphs; lines inside one paragraph are
 * joined with a space (hard-wrapped text) unless the text has no blank lines at all, in
 * which case every line is a paragraph (text copied from a browser). Furniture lines are
 * taken out before joining so they cannot glue onto prose.
 */
function toParagraphs(lines: string[], removed: RemovedText[]): string[] {
  const hasBlankLines = lines.some((l, i) => !l.trim() && i > 0 && i < lines.length - 1 && lines[i - 1]!.trim());
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const p = current.join(' ').replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = [];
  };
  for (const raw of lines) {
    const line = raw.replace(/[ \t]+/g, ' ').trim();
    if (!line) {
      flush();
      continue;
    }
    const reason = classifyFurnitureLine(line);
    if (reason) {
      removed.push({ text: line, reason });
      continue;
    }
    current.push(line);
    if (!hasBlankLines) flush();
  }
  flush();
  return dropRepeatedParagraphs(paragraphs, removed);
}

/**
 * A paragraph of sentence length that occurs again later is a caption or pull quote pasted
 * twice (once under the photo, once in the gallery or margin): the later copies go.
 */
function dropRepeatedParagraphs(paragraphs: string[], removed: RemovedText[]): string[] {
  const seen = new Set<string>();
  return paragraphs.filter((p) => {
    if (p.length < 40) return true;
    const key = p.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!seen.has(key)) {
      seen.add(key);
      return true;
    }
    removed.push({ text: p, reason: 'repeated text' });
    return false;
  });
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A first line that reads like a headline: short, and not a finished sentence (a question or exclamation may be). */
function looksLikeHeadline(p: string): boolean {
  return p.length <= 200 && wordCount(p) <= 16 && !/[.,;:]$/.test(p);
}

/** A deck: one sentence-like line, shorter than the paragraph after it, often without a closing period. */
function looksLikeDeck(p: string, next: string): boolean {
  const n = wordCount(p);
  return n >= 6 && n <= 60 && p.length < next.length * 1.5 && !/[.:]$/.test(p);
}
