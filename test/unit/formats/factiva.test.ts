import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../main/import/formats/read-file';
import type { RawDocument } from '../../../main/import/raw-document';
import { makeDocx } from '../../fixtures/formats/make-docx';
import { makeRtf } from '../../fixtures/formats/make-rtf';
import { ARTICLES, factivaArticleLines, factivaHtml, factivaIndexedHtml, factivaXml } from '../../fixtures/formats/exports';

type TextDoc = Extract<RawDocument, { kind: 'text' }>;
const texts = (docs: RawDocument[]): TextDoc[] => docs.filter((d): d is TextDoc => d.kind === 'text');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const expectFirstArticle = (doc: TextDoc | undefined): void => {
  expect(doc?.meta).toMatchObject({
    title: 'Harbour bridge reopens after repairs',
    outlet: 'The Port Alder Gazette',
    published: '2024-03-03',
    authors: ['Mara Quill', 'Tomas Reed'],
    language: 'en',
  });
  expect(doc?.text).toBe(ARTICLES[0]!.body.join('\n\n'));
  expect(doc?.sourceKind).toBe('factiva');
};

describe('Factiva HTML export', () => {
  it('splits the article-format page into its articles', async () => {
    const docs = await readImportFile(utf8(factivaHtml(ARTICLES)), 'Factiva-20240306.html');
    expect(docs).toHaveLength(3);
    expectFirstArticle(texts(docs)[0]);
    expect(texts(docs)[1]!.meta.authors).toEqual(['Ines Holt']);
    expect(texts(docs)[2]!.meta).toMatchObject({ title: 'Ferry service ends as bridge opens', outlet: 'Coastal Times', authors: [] });
  });

  it('reads the "full article plus indexing" table layout', async () => {
    const docs = await readImportFile(utf8(factivaIndexedHtml(ARTICLES)), 'Factiva.htm');
    expect(docs).toHaveLength(3);
    expectFirstArticle(texts(docs)[0]);
    expect(texts(docs)[2]!.text).toBe(ARTICLES[2]!.body[0]);
  });

  it('reports an article block without text as failed', async () => {
    const html = factivaHtml(ARTICLES).replace(/<p class="articleParagraph[^>]*>The mayor[^<]*<\/p>|<p class="articleParagraph[^>]*>Opposition[^<]*<\/p>/g, '');
    const docs = await readImportFile(utf8(html), 'f.html');
    expect(docs.map((d) => d.kind)).toEqual(['text', 'failed', 'text']);
  });

  it('leaves an ordinary news page alone', async () => {
    const html = '<html><body><article><h1>Bridge</h1><p class="articleParagraph">Text.</p></article></body></html>';
    const docs = await readImportFile(utf8(html), 'page.html');
    expect(docs).toEqual([{ kind: 'html', html, sourceKind: 'html', part: 0 }]);
  });
});

describe('Factiva XML export', () => {
  it('maps each <article> to a document', async () => {
    const docs = await readImportFile(utf8(factivaXml(ARTICLES)), 'factiva.xml');
    expect(docs).toHaveLength(3);
    expectFirstArticle(texts(docs)[0]);
    expect(texts(docs)[1]!.meta.published).toBe('2024-03-04');
  });

  it('refuses XML that is not a Factiva export', async () => {
    await expect(readImportFile(utf8('<?xml version="1.0"?><rss><channel/></rss>'), 'feed.xml')).rejects.toMatchObject({
      reason: 'unsupported-type',
      message: expect.stringMatching(/not a Factiva export/),
    });
  });
});

describe('Factiva RTF and Word exports', () => {
  it('splits an RTF export and ignores the closing search summary', async () => {
    const docs = await readImportFile(makeRtf(factivaArticleLines(ARTICLES)), 'Factiva.rtf');
    expect(docs).toHaveLength(3);
    expectFirstArticle(texts(docs)[0]);
    expect(texts(docs)[2]!.text).not.toMatch(/Search Summary/);
  });

  it('splits a Word export the same way', async () => {
    const docs = await readImportFile(makeDocx(factivaArticleLines(ARTICLES)), 'Factiva.docx');
    expect(texts(docs).map((d) => d.meta.title)).toEqual(ARTICLES.map((a) => a.headline));
  });
});
