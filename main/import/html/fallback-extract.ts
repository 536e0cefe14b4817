import { collectBlocks, type TextBlock } from './content-blocks';

/**
 * Article text when Readability gives nothing (hostile or giant page, a stack overflow, no
 * candidate): every paragraph-like block of the body that reads like prose, in order.
 * Cruder than Readability, but bounded and never empty-handed on a page with real text.
 */
export function fallbackBlocks(document: Document): TextBlock[] {
  const body = document.body ?? document.documentElement;
  if (!body) return [];
  for (const sel of ['header', 'nav', 'footer', 'aside', 'form', 'menu']) {
    for (const el of Array.from(body.querySelectorAll(sel))) el.remove();
  }
  const blocks = collectBlocks(body);
  return blocks.filter((b) => isProse(b) || (b.kind === 'heading' && b.text.length > 10));
}

function isProse(b: TextBlock): boolean {
  if (b.kind === 'heading') return false;
  const words = b.text.split(/\s+/).length;
  return words >= 8 && b.linkChars / b.text.length < 0.5 && /[.!?…"”»]$/.test(b.text);
}
