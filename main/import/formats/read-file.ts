import { detectFileType } from '../detect-type';
import { formatBytes, MAX_FILE_BYTES } from '../limits';
import { ImportError, type RawDocument } from '../raw-document';
import { decodeBytes } from '../charset';
import { readDocxFile } from './docx';
import { readFactivaXml } from './factiva-xml';
import { readHtmlFile } from './html';
import { readJsonFile } from './json-records';
import { readMarkdown } from './markdown';
import { readMhtmlFile } from './mhtml';
import { readPdfFile } from './pdf';
import { readTextFile } from './plain-text';
import { readRtfFile } from './rtf';

/**
 * One input file → the articles in it, ready for extraction (one for a saved page, many for a
 * Nexis/Factiva/NDJSON export, with unreadable parts as `failed` entries). Whole-file failures
 * throw ImportError with a one-line reason that says what to do.
 */
export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<RawDocument[]> {
  if (bytes.byteLength === 0) {
    throw new ImportError('empty', 'the file is empty (0 bytes); save or download it again');
  }
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new ImportError(
      'too-large',
      `the file is ${formatBytes(bytes.byteLength)}, over the size limit of ${formatBytes(MAX_FILE_BYTES)}; split it into smaller files`,
    );
  }
  const type = detectFileType(bytes, fileName);
  const docs = await readByKind(bytes, type);
  if (docs.length === 0) {
    throw new ImportError('no-article-text', 'no article text found in this file');
  }
  return docs;
}

async function readByKind(bytes: Uint8Array, type: ReturnType<typeof detectFileType>): Promise<RawDocument[]> {
  switch (type.kind) {
    case 'unsupported':
      throw new ImportError('unsupported-type', `unsupported type: ${type.what}; ${type.hint}`);
    case 'html':
      return readHtmlFile(bytes);
    case 'mhtml':
      return readMhtmlFile(bytes);
    case 'text':
      return readTextFile(bytes);
    case 'markdown':
      return readMarkdown(decodeBytes(bytes, { isHtml: false }).text);
    case 'pdf':
      return readPdfFile(bytes);
    case 'docx':
      return readDocxFile(bytes);
    case 'rtf':
      return readRtfFile(bytes);
    case 'json':
    case 'ndjson':
      return readJsonFile(decodeBytes(bytes, { isHtml: false }).text, type.kind);
    case 'xml':
      return readFactivaXml(decodeBytes(bytes, { isHtml: true }).text);
    default: {
      const unreachable: never = type;
      throw new Error(`unknown file kind ${String(unreachable)}`);
    }
  }
}
