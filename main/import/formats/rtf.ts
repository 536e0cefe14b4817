import { ImportError, type RawDocument } from '../raw-document';
import { rtfToText } from './rtf-to-text';
import { textDocuments } from './text-documents';

/** An .rtf file: usually a Nexis or Factiva export of many articles, else one article saved from Word. */
export function readRtfFile(bytes: Uint8Array): RawDocument[] {
  // RTF is 7-bit ASCII with escapes; latin1 keeps any stray 8-bit bytes for the code-page decoder.
  const raw = Buffer.from(bytes).toString('latin1');
  if (!/^\s*\{\\rtf/.test(raw)) {
    throw new ImportError('corrupt', 'corrupt RTF file: it does not start with "{\\rtf"; save it again from Word or export it again');
  }
  // RTF has no kind of its own in SourceKind; one article from it counts as text.
  return textDocuments(rtfToText(raw), 'text', 'lines');
}
