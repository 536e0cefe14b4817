import { parseHTML } from 'linkedom';
import { useLeanNodes } from './lean-nodes';

/**
 * Saved page → DOM, bounded. Two things make real saved pages expensive: SingleFile-style
 * inlining (megabytes of base64 images, fonts and CSS in the markup) and pathological
 * nesting (unclosed tags repeated thousands of times). Readability's cost grows with the
 * square of nesting depth (1,000 levels ≈ 2 s, 5,000 ≈ 5 min), and some of its helpers
 * recurse per level, so the tree is flattened below a fixed depth before it ever sees it.
 */

/** Deeper than any real article layout (the dev corpus peaks at 50). */
export const MAX_DOM_DEPTH = 120;

/**
 * Strip what can never be article text, before parsing: it is most of a SingleFile page's bytes.
 * Comments and inert elements go in one pass (one regex, so a "<!--" inside a script cannot
 * swallow the text after it); the attribute passes then run over what is left, a third of the size.
 */
export function stripInertMarkup(html: string): string {
  return html
    .replace(COMMENT_OR_INERT_ELEMENT, (whole, tag: string | undefined, attrs: string | undefined) => {
      const name = tag?.toLowerCase();
      if (name === 'script' && /application\/ld\+json/i.test(attrs ?? '')) return whole;
      return name === 'svg' ? '<svg></svg>' : '';
    })
    // Inlined resources: keep the attribute (Readability looks at img src) but not the payload.
    .replace(/(["'(\s])data:[^"')\s]{64,}/g, '$1data:,')
    .replace(/\sstyle\s*=\s*(?:"[^"]{512,}"|'[^']{512,}')/gi, ' ')
    // Indentation between block-level tags: over half of a page's text nodes, and never text.
    .replace(TAG_THEN_SPACE, (whole, name: string, space: string, next: string) =>
      BLOCK_LEVEL.has(name.toLowerCase()) || BLOCK_LEVEL.has(next.toLowerCase()) ? whole.slice(0, whole.length - space.length) : whole,
    );
}

/** A tag followed by nothing but white space before the next tag (whose name is captured too). */
const TAG_THEN_SPACE = /<\/?([a-z][a-z0-9]*)\b[^<>]*>(\s+)(?=<\/?([a-z][a-z0-9]*))/gi;

/**
 * Tags around which white space never separates words: each is a block boundary both for
 * Readability and for the block reader (content-blocks.ts, which also spaces table cells), or
 * is not text at all. <br> and <pre> are left out: white space next to them can be a line break.
 */
const BLOCK_LEVEL = new Set([
  'html', 'head', 'body', 'meta', 'link', 'title', 'base', 'div', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'section', 'article',
  'header', 'footer', 'nav', 'aside', 'main', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'figure', 'figcaption', 'form', 'fieldset', 'blockquote', 'hr', 'noscript', 'select', 'option', 'iframe', 'address',
]);

/** A comment, or an element whose content is never text (JSON-LD scripts are kept: they carry the metadata). */
const COMMENT_OR_INERT_ELEMENT = /<!--[\s\S]*?-->|<(script|style|svg|template)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi;

useLeanNodes();

export function parseHtmlDocument(html: string): Document {
  let markup = stripInertMarkup(html);
  // linkedom builds a rootless document from a fragment (or nothing); give it the skeleton a browser would.
  if (!/<html[\s>]/i.test(markup)) markup = `<!DOCTYPE html><html><head></head><body>${markup}</body></html>`;
  const { document } = parseHTML(markup);
  flattenDeepNesting(document, MAX_DOM_DEPTH);
  return document as unknown as Document;
}

/**
 * Replace the subtree under every element at `maxDepth` with one <p> per run of text, so
 * the words survive (in order) and the tree depth is bounded. Iterative: never recurses.
 */
export function flattenDeepNesting(document: Document, maxDepth: number): number {
  const root = document.documentElement;
  if (!root) return 0;
  let flattened = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth >= maxDepth) {
      if (el.firstElementChild) {
        flattenInto(document, el);
        flattened++;
      }
      continue;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return flattened;
}

const BLOCK_BREAK = /^(?:p|div|br|li|h[1-6]|tr|section|article|blockquote|pre|ul|ol|table|header|footer|figure|figcaption|dd|dt)$/i;

function flattenInto(document: Document, el: Element): void {
  const runs: string[] = [];
  let current = '';
  // Walk the subtree in document order with an explicit stack of "enter"/"leave" steps.
  const stack: Array<{ node: Node; leave: boolean }> = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, leave: false });
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!;
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const isBlock = BLOCK_BREAK.test((node as Element).tagName);
    if (isBlock && current.trim()) {
      runs.push(current.trim());
      current = '';
    }
    if (leave) continue;
    stack.push({ node, leave: true });
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push({ node: c, leave: false });
  }
  if (current.trim()) runs.push(current.trim());
  el.replaceChildren(
    ...runs.map((text) => {
      const p = document.createElement('p');
      p.textContent = text.replace(/\s+/g, ' ');
      return p;
    }),
  );
}
