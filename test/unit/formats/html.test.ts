import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../main/import/formats/read-file';
import { findSavedFromUrl } from '../../../main/import/formats/saved-page-url';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('saved web pages', () => {
  it('keeps the page as HTML for extraction, with Chrome\'s "saved from" address', async () => {
    const html = '<!DOCTYPE html>\n<!-- saved from url=(0042)https://gazette.example/bridge-reopens -->\n<html><body><p>Bridge</p></body></html>';
    expect(await readImportFile(utf8(html), 'Bridge reopens.html')).toEqual([
      { kind: 'html', html, url: 'https://gazette.example/bridge-reopens', sourceKind: 'html', part: 0 },
    ]);
  });

  it('finds the address SingleFile writes in its header comment', () => {
    const html =
      '<!DOCTYPE html> <html lang="en"><!--\n Page saved with SingleFile \n url: https://herald.example/news/budget?id=7 \n' +
      ' saved date: Mon Mar 04 2024 10:00:00 GMT+0000 (Coordinated Universal Time)\n--><head>';
    expect(findSavedFromUrl(html)).toBe('https://herald.example/news/budget?id=7');
  });

  it('finds no address in a plain page, and ignores non-web ones', () => {
    expect(findSavedFromUrl('<html><body>url: https://x.example/ in text</body></html>')).toBeUndefined();
    expect(findSavedFromUrl('<!-- saved from url=(0014)about:internet -->')).toBeUndefined();
  });

  it('decodes a page in its declared charset (windows-1251)', async () => {
    const html = '<html><head><meta charset="windows-1251"><title>Мост</title></head><body><p>Мост открыт.</p></body></html>';
    const [doc] = await readImportFile(new Uint8Array(iconv.encode(html, 'windows-1251')), 'most.htm');
    expect(doc).toMatchObject({ kind: 'html', html });
  });

  it('honours a UTF-8 byte-order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<html><body><p>Brücke</p></body></html>')]);
    const [doc] = await readImportFile(bytes, 'b.html');
    expect(doc).toMatchObject({ kind: 'html', html: '<html><body><p>Brücke</p></body></html>' });
  });
});
