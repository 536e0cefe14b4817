import type { RawDocument } from '../raw-document';
import { decodeBytes } from '../charset';
import { looksLikeFactivaHtml, readFactivaHtml } from './factiva-html';
import { findSavedFromUrl } from './saved-page-url';

/** A saved web page (.html/.htm, "Save Page As", SingleFile), or a Factiva HTML export of many articles. */
export function readHtmlFile(bytes: Uint8Array): RawDocument[] {
  const { text } = decodeBytes(bytes, { isHtml: true });
  if (looksLikeFactivaHtml(text)) return readFactivaHtml(text);
  const url = findSavedFromUrl(text);
  return [{ kind: 'html', html: text, ...(url ? { url } : {}), sourceKind: 'html', part: 0 }];
}
