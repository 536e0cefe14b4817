import { parseHTML } from 'linkedom';
import { clean } from './paragraphs';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG']);

/**
 * An HTML document as lines of visible text, one per block element; table cells of a row are
 * joined by a tab (so "<td>HD</td><td>Headline</td>" becomes "HD\tHeadline"); an element whose
 * class says "author" gets a "By " prefix, since some exports mark the byline only by class.
 */
export function htmlToLines(html: string): string[] {
  const { document } = parseHTML(html);
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = clean(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName)) return;
    const block = BLOCK.has(el.tagName);
    if (block) flush();
    if ((el.tagName === 'TD' || el.tagName === 'TH') && current.trim() !== '') current += '\t';
    if (/\bauthor\b/i.test(el.getAttribute('class') ?? '') && !/^\s*by\s/i.test(el.textContent ?? '')) current += 'By ';
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
  };
  walk(document.body ?? document.documentElement);
  flush();
  return lines;
}
