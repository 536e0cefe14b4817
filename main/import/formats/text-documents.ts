import type { SourceKind } from '../../../shared/model/article';
import { ImportError, type RawDocument } from '../raw-document';
import { paragraphsOf } from './paragraphs';
import { splitResearchExport } from './research-export';

type TextMeta = Extract<RawDocument, { kind: 'text' }>['meta'];

/**
 * Text that came out of a container (Word, RTF, PDF, plain text): the articles of a Nexis or
 * Factiva export when it is one, else one article. `layout` says whether each line is a paragraph
 * (Word, RTF, PDF) or paragraphs may be hard-wrapped (plain text); for one article from a
 * paragraph-per-line container the paragraphs are re-joined with blank lines, the form the
 * extractor expects.
 */
export function textDocuments(
  text: string,
  sourceKind: SourceKind,
  layout: 'auto' | 'lines',
  meta: TextMeta = {},
): RawDocument[] {
  const paragraphs = paragraphsOf(text, layout);
  if (paragraphs.length === 0) {
    throw new ImportError('no-article-text', 'no article text found: the file holds no text; check that it is the right file');
  }
  const articles = splitResearchExport(paragraphs);
  if (articles) return articles;
  const body = layout === 'lines' ? paragraphs.join('\n\n') : text;
  return [{ kind: 'text', text: body, meta, parseHeaderLines: true, sourceKind, part: 0 }];
}
