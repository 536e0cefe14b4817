import type { ExtractedArticle, SourceKind } from '../../shared/model/article';
import { readImportFile } from './formats/read-file';
import { extractFromHtml } from './html/extract-html';
import { extractFromPlainText } from './html/extract-text';
import { ImportError, type RawDocument } from './raw-document';

/** One article found in an input file, extracted, or the reason that part failed. */
export type ExtractedPart =
  | { part: number; ok: true; sourceKind: SourceKind; article: ExtractedArticle }
  | { part: number; ok: false; sourceKind: SourceKind; reason: string };

/**
 * Bytes of one file → its articles, clean. Knows nothing of the library, so it can run in a
 * worker thread and in `parallax extract` alike. Whole-file failures throw `ImportError`; a bad
 * part of a multi-article file comes back as a failed part and the other parts still go through.
 */
export async function extractFile(bytes: Uint8Array, fileName: string): Promise<ExtractedPart[]> {
  const docs = await readImportFile(bytes, fileName);
  if (docs.length === 0) throw new ImportError('no-article-text', 'no article found in this file');
  return docs.map(extractDocument);
}

/** Pasted text: one article, header lines ("Title:", "URL:") honoured. */
export function extractPastedText(text: string): ExtractedPart[] {
  return [extractDocument({ kind: 'text', text, meta: {}, parseHeaderLines: true, sourceKind: 'paste', part: 0 })];
}

export function extractDocument(doc: RawDocument): ExtractedPart {
  if (doc.kind === 'failed') return { part: doc.part, ok: false, sourceKind: doc.sourceKind, reason: doc.reason };
  try {
    const article =
      doc.kind === 'html'
        ? extractFromHtml(doc.html, doc.url ? { url: doc.url } : {})
        : extractFromPlainText(doc.text, { parseHeaderLines: doc.parseHeaderLines, meta: doc.meta });
    if (doc.kind === 'html' && doc.url && !article.url) article.url = doc.url;
    return { part: doc.part, ok: true, sourceKind: doc.sourceKind, article };
  } catch (err) {
    return { part: doc.part, ok: false, sourceKind: doc.sourceKind, reason: failureMessage(err) };
  }
}

/** The one-line reason shown to the user for anything thrown while reading a file. */
export function failureMessage(err: unknown): string {
  if (err instanceof ImportError) return err.message;
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'unreadable: the page is nested too deeply to parse';
  return `unreadable: ${(err as Error)?.message ?? String(err)}`;
}
