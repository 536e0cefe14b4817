import { describe, expect, it } from 'vitest';
import { detectFileType } from '../../../main/import/detect-type';
import { makeDocx } from '../../fixtures/formats/make-docx';
import { makePdf } from '../../fixtures/formats/make-pdf';
import { strToU8, zipSync } from 'fflate';

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const kind = (b: Uint8Array, name: string): string => detectFileType(b, name).kind;

describe('detectFileType', () => {
  it('trusts magic bytes over the extension', () => {
    expect(kind(makePdf([[{ text: 'x', x: 72, y: 700 }]]), 'article.html')).toBe('pdf');
    expect(kind(makeDocx(['Hello']), 'article.txt')).toBe('docx');
    expect(kind(bytes('{\\rtf1\\ansi Hello}'), 'notes.txt')).toBe('rtf');
    expect(kind(bytes('<!DOCTYPE html><html><body>x</body></html>'), 'page.txt')).toBe('html');
  });

  it('uses the extension for text formats', () => {
    expect(kind(bytes('# Title\n\nBody'), 'a.md')).toBe('markdown');
    expect(kind(bytes('Title\n\nBody'), 'a.txt')).toBe('text');
    expect(kind(bytes('{"title":"x"}'), 'a.json')).toBe('json');
    expect(kind(bytes('{"title":"x"}\n{"title":"y"}'), 'a.jsonl')).toBe('ndjson');
    expect(kind(bytes('Title\n\nBody'), 'README')).toBe('text');
    expect(kind(bytes('{"a":1}\n{"a":2}\n'), 'dump')).toBe('ndjson');
  });

  it('recognises web archives and saved pages without a telling name', () => {
    const mhtml = 'From: <Saved by Blink>\r\nSnapshot-Content-Location: https://e.com/\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="--b--"\r\n\r\n';
    expect(kind(bytes(mhtml), 'page')).toBe('mhtml');
    expect(kind(bytes('<!-- saved from url=(0019)https://e.com/a -->\n<html>'), 'download')).toBe('html');
  });

  it('reads UTF-16 text with a byte-order mark as text, not binary', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Title\r\n\r\nBody text', 'utf16le')]);
    expect(kind(utf16, 'a.txt')).toBe('text');
  });

  it('names unsupported files and says what to do', () => {
    const png = detectFileType(bytes('\x89PNG\r\n\x1a\n\0\0\0\rIHDR'), 'photo.png');
    expect(png).toEqual({ kind: 'unsupported', what: 'PNG image', hint: expect.stringMatching(/import saved pages/) });
    expect(detectFileType(bytes('MZ\x90\0\x03\0\0\0'), 'setup.exe')).toMatchObject({ what: 'Windows program (.exe/.dll)' });
    expect(detectFileType(bytes('a,b,c\n1,2,3\n'), 'table.csv')).toMatchObject({ kind: 'unsupported', what: '.csv file' });
    const xlsx = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(detectFileType(xlsx, 'data.xlsx')).toMatchObject({ kind: 'unsupported', what: 'Excel workbook' });
    expect(detectFileType(zipSync({ 'a.html': strToU8('<p>x') }), 'pages.zip')).toMatchObject({ what: 'ZIP archive' });
    expect(detectFileType(bytes('\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1'), 'old.doc')).toMatchObject({ hint: expect.stringMatching(/save it as \.docx/) });
  });

  it('treats binary data named .html as unsupported', () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(detectFileType(noise, 'article.html')).toMatchObject({ kind: 'unsupported', what: 'binary data in a .html file' });
  });

  it('accepts text in a legacy 8-bit charset (not binary)', () => {
    const cp1251 = new Uint8Array([...Buffer.from('<html><body>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, ...Buffer.from('</body></html>')]);
    expect(kind(cp1251, 'ru.html')).toBe('html');
  });

  it('lets a damaged file that claims to be PDF or Word reach its reader (to be reported as corrupt)', () => {
    const noise = new Uint8Array(512).map((_, i) => (i * 31) % 256);
    expect(kind(noise, 'report.pdf')).toBe('pdf');
    expect(kind(noise, 'report.docx')).toBe('docx');
  });
});
