import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../main/import/formats/read-file';

const latin1 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));

/** What Chrome's "Save as → Webpage, Single File" writes: quoted-printable HTML, then resources. */
function blinkMhtml(htmlQp: string): string {
  return [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://gazette.example/bridge',
    'Subject: Harbour bridge reopens',
    'Date: Mon, 4 Mar 2024 10:00:00 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    '\tboundary="----MultipartBoundary--abc123----"',
    '',
    '',
    '------MultipartBoundary--abc123----',
    'Content-Type: text/html',
    'Content-ID: <frame-1@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://gazette.example/bridge',
    '',
    htmlQp,
    '',
    '------MultipartBoundary--abc123----',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://gazette.example/logo.png',
    '',
    'iVBORw0KGgo=',
    '',
    '------MultipartBoundary--abc123------',
    '',
  ].join('\r\n');
}

describe('MHTML web archives', () => {
  it('takes the text/html part, undoes quoted-printable, and keeps its address', async () => {
    const qp = '<html><head><meta charset=3D"utf-8"></head><body><p>Die Br=C3=BCcke ist wieder =\r\noffen.</p></body></html>';
    const [doc, ...rest] = await readImportFile(latin1(blinkMhtml(qp)), 'bridge.mhtml');
    expect(rest).toEqual([]);
    expect(doc).toEqual({
      kind: 'html',
      html: '<html><head><meta charset="utf-8"></head><body><p>Die Brücke ist wieder offen.</p></body></html>',
      url: 'https://gazette.example/bridge',
      sourceKind: 'mhtml',
      part: 0,
    });
  });

  it('decodes a base64 part in the charset its Content-Type names', async () => {
    const page = '<html><body><p>Мост открыт после ремонта.</p></body></html>';
    const mht = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="----=_NextPart_000"; type="text/html"',
      '',
      'This is a multi-part message in MIME format.',
      '',
      '------=_NextPart_000',
      'Content-Type: text/html; charset="windows-1251"',
      'Content-Transfer-Encoding: base64',
      'Content-Location: http://vesti.example/most.html',
      '',
      iconv.encode(page, 'windows-1251').toString('base64').replace(/(.{76})/g, '$1\r\n'),
      '',
      '------=_NextPart_000--',
    ].join('\r\n');
    const [doc] = await readImportFile(latin1(mht), 'most.mht');
    expect(doc).toMatchObject({ kind: 'html', html: page, url: 'http://vesti.example/most.html' });
  });

  it('fails clearly when the archive holds no page', async () => {
    const mht = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n';
    await expect(readImportFile(latin1(mht), 'x.mhtml')).rejects.toMatchObject({
      reason: 'no-article-text',
      message: expect.stringMatching(/holds no HTML page/),
    });
  });

  it('reports a file named .mhtml that is not an archive as corrupt', async () => {
    await expect(readImportFile(latin1('just words\nno headers here'), 'x.mhtml')).rejects.toMatchObject({ reason: 'corrupt' });
  });
});
