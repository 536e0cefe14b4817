import type { ArticleOriginalView } from '../../shared/api/contract-types';
import type { OriginalFileRef } from '../../shared/model/article';
import { decodeBytes } from '../import/charset';

const TEXT_TYPES = /^(text\/plain|text\/markdown|application\/json|application\/x-ndjson)/;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)/;

/**
 * The original of an article for the reader. HTML is sent as text and sanitized in the renderer
 * with DOMPurify (which needs a real DOM), then shown under a CSP that blocks scripts and every
 * network request; text kinds are sent as text; binary kinds (PDF, DOCX) only as metadata.
 */
export function viewOriginal(ref: OriginalFileRef, bytes: Uint8Array): ArticleOriginalView {
  const base = { fileName: ref.fileName, mediaType: ref.mediaType, size: ref.size };
  const capped = bytes.subarray(0, 20 * 1024 * 1024);
  if (HTML_TYPES.test(ref.mediaType)) return { ...base, unsafeHtml: decodeBytes(capped, { isHtml: true }).text };
  if (TEXT_TYPES.test(ref.mediaType)) return { ...base, text: new TextDecoder().decode(capped) };
  return base;
}
