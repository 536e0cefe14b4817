import mammoth from 'mammoth';
import { ImportError, type RawDocument } from '../raw-document';
import { textDocuments } from './text-documents';
import { assertZipWithinLimits } from './zip-guard';

/**
 * A Word file: one article saved from Word, or a Nexis Uni / Factiva export of many. The zip is
 * checked for bombs before mammoth (JSZip) inflates it; its raw text gives one paragraph per line.
 */
export async function readDocxFile(bytes: Uint8Array): Promise<RawDocument[]> {
  const head = Buffer.from(bytes.subarray(0, 4)).toString('latin1');
  if (head === '\xD0\xCF\x11\xE0') throw oleWrapped(bytes);
  if (!head.startsWith('PK')) {
    throw new ImportError('corrupt', 'corrupt Word file: it is not a .docx (zip) file; open it in Word and save it as .docx again');
  }
  const entries = assertZipWithinLimits(bytes, 'Word file');
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ImportError('corrupt', 'corrupt Word file: it has no document part (word/document.xml); open it in Word and save it again');
  }
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (error) {
    throw new ImportError('corrupt', `corrupt Word file: ${oneLine((error as Error).message)}; open it in Word and save it again`);
  }
  return textDocuments(text, 'docx', 'lines');
}

/**
 * Word wraps password-protected .docx files in an OLE compound file holding an "EncryptedPackage"
 * stream; any other OLE file named .docx is an old binary .doc.
 */
function oleWrapped(bytes: Uint8Array): ImportError {
  const marker = Buffer.from('EncryptedPackage', 'utf16le');
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(marker)) {
    return new ImportError('encrypted', 'the Word file is password-protected; open it in Word, remove the password and import it again');
  }
  return new ImportError('corrupt', 'this is an old-format Word (.doc) file named .docx; open it in Word and save it as .docx');
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 200);
