import { readZipDirectory } from './formats/zip-directory';

/** The formats import can read. `xml` is only accepted when it is a Factiva export (checked by its reader). */
export type SupportedKind = 'html' | 'mhtml' | 'text' | 'markdown' | 'pdf' | 'docx' | 'rtf' | 'json' | 'ndjson' | 'xml';

export type DetectedType =
  | { kind: SupportedKind }
  /** `what` names the file type for the user ("PNG image"), `hint` says what to do instead. */
  | { kind: 'unsupported'; what: string; hint: string };

/**
 * Decides how to read a file: magic bytes first (a PDF named .html is still a PDF, binary data
 * named .html is not a page), the extension second (it separates .md from .txt, and tells which
 * format a damaged file claimed to be, so its reader can report it as corrupt).
 */
export function detectFileType(bytes: Uint8Array, fileName: string): DetectedType {
  const ext = extensionOf(fileName);
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');

  if (head.includes('%PDF-')) return { kind: 'pdf' };
  if (head.startsWith('PK\x03\x04') || head.startsWith('PK\x05\x06')) return detectZip(bytes, ext);
  if (/^\s*\{\\rtf/.test(head)) return { kind: 'rtf' };
  if (head.startsWith('\xD0\xCF\x11\xE0')) {
    // Word saves password-protected .docx files in this (OLE) wrapper: let the DOCX reader say "encrypted".
    if (ext === 'docx') return { kind: 'docx' };
    return unsupported('old-format Microsoft Office file (.doc/.xls)', 'open it in Word and save it as .docx');
  }
  const magic = binaryMagic(head);
  if (magic) return unsupported(magic, 'import saved pages (.html, .mhtml), text, PDF, Word (.docx), RTF or JSON files');

  const claimed = kindFromExtension(ext);
  if (!bomEncoding(bytes) && looksBinary(bytes)) {
    // A file claiming a binary format (pdf, docx) that fails its magic check is damaged, not foreign.
    if (claimed === 'pdf' || claimed === 'docx') return { kind: claimed };
    return unsupported(
      `binary data${ext ? ` in a .${ext} file` : ''}`,
      'this is not a text or web page file; check that you picked the right file',
    );
  }
  return detectText(sniffText(bytes), ext, claimed);
}

function detectText(text: string, ext: string, claimed: SupportedKind | undefined): DetectedType {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (claimed === 'mhtml' || looksLikeMhtml(start)) return { kind: 'mhtml' };
  if (/^<\?xml/i.test(start) && !/<html[\s>]/i.test(start)) return { kind: claimed === 'html' ? 'html' : 'xml' };
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--\s*saved from url|<meta[\s>]|<title>)/i.test(start)) {
    return { kind: 'html' };
  }
  if (claimed) {
    // Markdown and JSON keep their extension's meaning; text extensions may still hold a page.
    if (claimed === 'text' && /^<(!--|div|p|article|section|table)[\s>]/i.test(start)) return { kind: 'html' };
    return { kind: claimed };
  }
  if (ext === '') {
    if (/^[[{]/.test(start)) return { kind: looksLikeNdjson(start) ? 'ndjson' : 'json' };
    return { kind: /^<[a-z!]/i.test(start) ? 'html' : 'text' };
  }
  return unsupported(`.${ext} file`, 'import saved pages (.html, .mhtml), text, PDF, Word (.docx), RTF or JSON files');
}

function detectZip(bytes: Uint8Array, ext: string): DetectedType {
  let names: string[];
  try {
    names = readZipDirectory(bytes).map((e) => e.name);
  } catch {
    // Damaged archive: if it claims to be a Word file, let the DOCX reader report it as corrupt.
    return ext === 'docx' ? { kind: 'docx' } : unsupported('damaged ZIP archive', 'check the file or download it again');
  }
  if (names.includes('word/document.xml')) return { kind: 'docx' };
  if (names.some((n) => n.startsWith('xl/'))) return unsupported('Excel workbook', 'save the articles as .docx, text or JSON');
  if (names.some((n) => n.startsWith('ppt/'))) return unsupported('PowerPoint presentation', 'save the articles as .docx, text or PDF');
  if (names.includes('content.xml')) return unsupported('OpenDocument file', 'save it as .docx (Word) and import that');
  if (names.includes('META-INF/container.xml')) return unsupported('EPUB book', 'import its chapters as HTML files');
  if (ext === 'docx') return { kind: 'docx' };
  return unsupported('ZIP archive', 'unzip it and import the files (or the folder) inside');
}

const MAGIC: Array<[RegExp, string]> = [
  [/^\x89PNG/, 'PNG image'],
  [/^\xFF\xD8\xFF/, 'JPEG image'],
  [/^GIF8[79]a/, 'GIF image'],
  [/^RIFF[\s\S]{4}WEBP/, 'WebP image'],
  [/^MZ/, 'Windows program (.exe/.dll)'],
  [/^\x7FELF/, 'Linux program'],
  [/^(\xCF\xFA\xED\xFE|\xCE\xFA\xED\xFE|\xCA\xFE\xBA\xBE)/, 'macOS program'],
  [/^\x1F\x8B/, 'gzip-compressed file'],
  [/^BZh/, 'bzip2-compressed file'],
  [/^7z\xBC\xAF/, '7-Zip archive'],
  [/^Rar!/, 'RAR archive'],
  [/^SQLite format 3\x00/, 'SQLite database'],
  [/^[\s\S]{4}ftyp/, 'video/audio file'],
  [/^(ID3|OggS|fLaC)/, 'audio file'],
  [/^%!PS/, 'PostScript file'],
];

function binaryMagic(head: string): string | undefined {
  return MAGIC.find(([pattern]) => pattern.test(head))?.[1];
}

/**
 * Binary data is full of NUL and other C0 control bytes; text in any 8-bit or multi-byte charset
 * (UTF-8, windows-1251, Shift-JIS…) has almost none. UTF-16 text has NULs but a BOM (checked by the caller).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  // An indexed loop: the array iterator is several times slower on the first, cold pages of an import.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls > sample.length * 0.01;
}

function sniffText(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  const sample = Buffer.from(bytes.subarray(0, 4096));
  if (bom?.encoding === 'utf-16le') return sample.subarray(2).toString('utf16le');
  if (bom?.encoding === 'utf-16be') return Buffer.from(sample.subarray(2)).swap16().toString('utf16le');
  return sample.toString('latin1');
}

function looksLikeMhtml(start: string): boolean {
  const headerBlock = start.slice(0, 2000);
  return /^(From|Subject|Date|MIME-Version|Content-Type|Snapshot-Content-Location)\s*:/i.test(headerBlock) &&
    /Content-Type:\s*multipart\/related/i.test(headerBlock);
}

function looksLikeNdjson(start: string): boolean {
  const lines = start.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 1 && lines.slice(0, 3).every((l) => /^\s*\{.*\}\s*$/.test(l));
}

function kindFromExtension(ext: string): SupportedKind | undefined {
  switch (ext) {
    case 'html': case 'htm': case 'xhtml': case 'shtml': return 'html';
    case 'mhtml': case 'mht': return 'mhtml';
    case 'txt': case 'text': return 'text';
    case 'md': case 'markdown': case 'mdown': case 'mkd': return 'markdown';
    case 'pdf': return 'pdf';
    case 'docx': return 'docx';
    case 'rtf': return 'rtf';
    case 'json': return 'json';
    case 'ndjson': case 'jsonl': return 'ndjson';
    case 'xml': return 'xml';
    default: return undefined;
  }
}

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function bomEncoding(bytes: Uint8Array): { encoding: string } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be' };
  return undefined;
}

function unsupported(what: string, hint: string): DetectedType {
  return { kind: 'unsupported', what, hint };
}
