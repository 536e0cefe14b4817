import type { RawDocument } from '../raw-document';
import { splitFactivaText } from './factiva-text';
import { htmlToLines } from './html-lines';

/**
 * Factiva's HTML export (and pages saved from Factiva's reader): each article is a
 * `<div class="article enArticle">` holding either the "article format" blocks (headline span,
 * byline, "512 words", date, source, …, `<p class="articleParagraph">`s) or the indexed table
 * (rows "HD", "BY", "WC", "PD", "SN", "LP", "TD", …), and ends with "Document <accession number>".
 * Both turn into the same lines the text reader understands.
 */
export function looksLikeFactivaHtml(html: string): boolean {
  if (!/Document [A-Za-z0-9]{10,}/.test(html)) return false;
  return (
    /class\s*=\s*["'][^"']*\barticle\s+[a-z]{2}Article\b/.test(html) ||
    /class\s*=\s*["'][^"']*\barticleParagraph\b/.test(html) ||
    (/>\s*HD\s*</.test(html) && />\s*(LP|TD)\s*</.test(html))
  );
}

export function readFactivaHtml(html: string): RawDocument[] {
  return splitFactivaText(htmlToLines(html));
}
