import type { TextBlock } from './content-blocks';
import { decodeEntities } from './entities';
import { classifyFurnitureLine } from '../../../shared/text/furniture';

/**
 * The body to keep: Readability's cleaned blocks, unless the page's own JSON-LD
 * `articleBody` shows that Readability missed much of the story (a split layout, a
 * "read more" fold, a paywall teaser in the markup but the full text in the data).
 */
export interface ChosenBody {
  paragraphs: string[];
  source: 'readability' | 'json-ld';
}

const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

export function chooseBody(kept: TextBlock[], jsonLdBody: string | undefined): ChosenBody {
  const paragraphs = kept.map((b) => b.text);
  const ldParagraphs = jsonLdBody ? jsonLdParagraphs(jsonLdBody) : [];
  if (ldParagraphs.length === 0) return { paragraphs, source: 'readability' };

  const ours = words(paragraphs.join(' ')).length;
  const theirs = words(ldParagraphs.join(' ')).length;
  const truncated = /(?:\.\.\.|…)\s*$/.test(jsonLdBody ?? '');
  // Only switch when the data body is clearly longer: Readability's paragraphs keep their structure and headings.
  if (!truncated && theirs >= 80 && theirs > ours * 1.5) return { paragraphs: ldParagraphs, source: 'json-ld' };
  return { paragraphs, source: 'readability' };
}

/** JSON-LD bodies are plain text, sometimes with HTML tags or entities left in; split into paragraphs. */
export function jsonLdParagraphs(body: string): string[] {
  const text = decodeEntities(
    body
      .replace(/<\/(?:p|div|h[1-6]|li|blockquote)>|<br\s*\/?>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  );
  return text
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0 && !classifyFurnitureLine(p));
}
