import type { RawDocument } from '../raw-document';
import { decodeBytes } from '../charset';
import { textDocuments } from './text-documents';

/** A .txt file: pasted or saved article text (header lines are the extractor's job), or a Nexis/Factiva text export. */
export function readTextFile(bytes: Uint8Array): RawDocument[] {
  const { text } = decodeBytes(bytes, { isHtml: false });
  return textDocuments(text, 'text', 'auto');
}
