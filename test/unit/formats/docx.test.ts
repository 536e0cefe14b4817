import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../main/import/formats/read-file';
import { assertZipWithinLimits } from '../../../main/import/formats/zip-guard';
import { ImportError } from '../../../main/import/raw-document';
import { makeDocx, withDeclaredSize } from '../../fixtures/formats/make-docx';

describe('Word files', () => {
  it('reads one article saved from Word, one paragraph per Word paragraph', async () => {
    const docx = makeDocx(['**Harbour bridge reopens', 'By Mara Quill', 'The bridge reopened on Saturday.', 'It cost 40 million dollars.']);
    expect(await readImportFile(docx, 'bridge.docx')).toEqual([
      {
        kind: 'text',
        text: 'Harbour bridge reopens\n\nBy Mara Quill\n\nThe bridge reopened on Saturday.\n\nIt cost 40 million dollars.',
        meta: {},
        parseHeaderLines: true,
        sourceKind: 'docx',
        part: 0,
      },
    ]);
  });

  it('reports a Word file without text', async () => {
    await expect(readImportFile(makeDocx([]), 'blank.docx')).rejects.toMatchObject({ reason: 'no-article-text' });
  });

  it('reports an old .doc renamed to .docx as corrupt, saying what to do', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)]);
    await expect(readImportFile(doc, 'old.docx')).rejects.toMatchObject({ reason: 'corrupt', message: expect.stringMatching(/save it as \.docx/) });
  });
});

describe('zip bomb guard', () => {
  const caps = { entries: 10, entryBytes: 100_000, totalBytes: 150_000 };
  const zeros = (n: number): Uint8Array => new Uint8Array(n);

  it('passes an ordinary archive and lists its entries', () => {
    expect(assertZipWithinLimits(makeDocx(['Hi']), 'Word file', caps).map((e) => e.name)).toContain('word/document.xml');
  });

  it('refuses by declared size without inflating', () => {
    const liar = withDeclaredSize(makeDocx(['Hi']), 10_000_000);
    expect(() => assertZipWithinLimits(liar, 'Word file', caps)).toThrow(/would unpack to more than 146 KB/);
  });

  it('refuses an archive that declares small sizes but inflates past the cap', () => {
    const bomb = withDeclaredSize(zipSync({ 'word/document.xml': zeros(400_000) }, { level: 9 }), 10);
    expect(bomb.length).toBeLessThan(5_000);
    let error: unknown;
    try {
      assertZipWithinLimits(bomb, 'Word file', caps);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ reason: 'too-large' });
  });

  it('counts the total over all entries', () => {
    const files = { a: zeros(90_000), b: zeros(90_000) };
    expect(() => assertZipWithinLimits(withDeclaredSize(zipSync(files), 1), 'Word file', caps)).toThrow(/zip bomb/);
    expect(() => assertZipWithinLimits(zipSync({ a: zeros(90_000) }), 'Word file', caps)).not.toThrow();
  });

  it('refuses too many entries', () => {
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.xml`, strToU8('x')]));
    expect(() => assertZipWithinLimits(zipSync(many), 'Word file', caps)).toThrow(/holds 11 files inside/);
  });
});
