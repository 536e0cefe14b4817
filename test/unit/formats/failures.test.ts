import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../main/import/formats/read-file';
import { ImportError } from '../../../main/import/raw-document';
import { makeDocx, withDeclaredSize } from '../../fixtures/formats/make-docx';
import { layoutParagraphs, makePdf } from '../../fixtures/formats/make-pdf';

const fails = async (bytes: Uint8Array, name: string): Promise<ImportError> => {
  const error = await readImportFile(bytes, name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  const message = (error as ImportError).message;
  expect(message).not.toMatch(/\n/); // one line
  expect(message).toMatch(/;/); // …and says what to do after the semicolon
  return error as ImportError;
};

describe('whole-file failures', () => {
  it('empty: a 0-byte file', async () => {
    expect(await fails(new Uint8Array(0), 'a.html')).toMatchObject({ reason: 'empty', message: expect.stringMatching(/0 bytes/) });
  });

  it('too-large: over 50 MB, before any parsing', async () => {
    const error = await fails(new Uint8Array(50 * 1024 * 1024 + 1), 'big.html');
    expect(error).toMatchObject({ reason: 'too-large', message: expect.stringMatching(/over the size limit of 50 MB/) });
  });

  it('unsupported-type: images, programs, binary data named .html', async () => {
    expect(await fails(new Uint8Array(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1')), 'x.png')).toMatchObject({
      reason: 'unsupported-type',
      message: expect.stringMatching(/^unsupported type: PNG image; /),
    });
    expect(await fails(new Uint8Array(Buffer.from('MZ\x90\x00\x03', 'latin1')), 'x.exe')).toMatchObject({ reason: 'unsupported-type' });
    const noise = new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 256);
    expect(await fails(noise, 'x.html')).toMatchObject({ reason: 'unsupported-type', message: expect.stringMatching(/binary data/) });
  });

  it('corrupt: a damaged PDF and a truncated Word file', async () => {
    const pdf = makePdf([layoutParagraphs([['Some text']])]);
    expect(await fails(pdf.slice(0, 60), 'cut.pdf')).toMatchObject({ reason: 'corrupt', message: expect.stringMatching(/^corrupt PDF/) });
    const docx = makeDocx(['Hello']);
    expect(await fails(docx.slice(0, docx.length - 30), 'cut.docx')).toMatchObject({
      reason: 'corrupt',
      message: expect.stringMatching(/^corrupt Word file/),
    });
    expect(await fails(new Uint8Array(Buffer.from('just some words, not a pdf')), 'fake.pdf')).toMatchObject({ reason: 'corrupt' });
  });

  it('encrypted: a PDF that needs a password, a password-protected Word file', async () => {
    const pdf = makePdf([layoutParagraphs([['Secret text']])], { encrypted: true });
    expect(await fails(pdf, 'locked.pdf')).toMatchObject({ reason: 'encrypted', message: expect.stringMatching(/^encrypted PDF/) });
    // Word wraps protected files in an OLE container with an "EncryptedPackage" stream.
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('EncryptedPackage', 'utf16le'), ...new Uint8Array(64)]);
    expect(await fails(ole, 'locked.docx')).toMatchObject({ reason: 'encrypted', message: expect.stringMatching(/password-protected/) });
  });

  it('too-large: a Word file that would unpack past the cap (zip bomb), refused before mammoth', async () => {
    const bomb = withDeclaredSize(makeDocx(['Hello']), 0xfffffff0);
    expect(await fails(bomb, 'bomb.docx')).toMatchObject({ reason: 'too-large', message: expect.stringMatching(/would unpack to more than/) });
  });

  it('no-article-text: a scanned PDF (no text layer) and a whitespace-only text file', async () => {
    expect(await fails(makePdf([[]]), 'scan.pdf')).toMatchObject({ reason: 'no-article-text', message: expect.stringMatching(/no text layer/) });
    expect(await fails(new TextEncoder().encode(' \n\n \t\n'), 'blank.txt')).toMatchObject({ reason: 'no-article-text' });
  });
});
