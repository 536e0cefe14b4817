import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../main/import/formats/read-file';
import type { RawDocument } from '../../../main/import/raw-document';
import { makeDocx } from '../../fixtures/formats/make-docx';
import { makeRtf } from '../../fixtures/formats/make-rtf';
import { ARTICLES, nexisClassicText, nexisUniParagraphs } from '../../fixtures/formats/exports';

type TextDoc = Extract<RawDocument, { kind: 'text' }>;
const texts = (docs: RawDocument[]): TextDoc[] => docs.filter((d): d is TextDoc => d.kind === 'text');

describe('Nexis Uni export (DOCX)', () => {
  it('splits the file into its articles with headline, outlet, date, byline and body', async () => {
    const docs = await readImportFile(makeDocx(nexisUniParagraphs(ARTICLES)), 'Files (3).DOCX');
    expect(docs).toHaveLength(3);
    const [first, second, third] = texts(docs);
    expect(first!.meta).toEqual({
      title: 'Harbour bridge reopens after repairs',
      outlet: 'The Port Alder Gazette',
      published: '2024-03-03',
      authors: ['Mara Quill', 'Tomas Reed'],
      language: 'en',
    });
    expect(first!.text).toBe(ARTICLES[0]!.body.join('\n\n'));
    expect(first!.sourceKind).toBe('nexis');
    expect(first!.parseHeaderLines).toBe(false);
    expect(second!.meta.title).toBe('Council defends bridge budget');
    expect(second!.meta.authors).toEqual(['Ines Holt']);
    expect(third!.meta.published).toBe('2024-03-05');
    expect(third!.meta.authors).toEqual([]);
    expect(docs.map((d) => d.part)).toEqual([0, 1, 2]);
  });

  it('keeps photo captions and classification out of the body', async () => {
    const [first] = texts(await readImportFile(makeDocx(nexisUniParagraphs(ARTICLES)), 'n.docx'));
    expect(first!.text).not.toMatch(/PHOTO|Classification|Load-Date|BRIDGES/);
  });

  it('reports a graphic-only entry as a failed part instead of dropping it', async () => {
    const docs = await readImportFile(makeDocx(nexisUniParagraphs(ARTICLES, { graphicOnly: 1 })), 'n.docx');
    expect(docs.map((d) => d.kind)).toEqual(['text', 'failed', 'text']);
    expect(docs[1]).toMatchObject({ kind: 'failed', part: 1, sourceKind: 'nexis' });
    expect((docs[1] as { reason: string }).reason).toMatch(/Nexis article 2 \("Council defends bridge budget"\) has no body text/);
  });

  it('reports articles the cover page lists but the file lacks', async () => {
    const docs = await readImportFile(makeDocx(nexisUniParagraphs(ARTICLES, { declared: 5 })), 'n.docx');
    expect(docs).toHaveLength(5);
    expect(docs.slice(3).every((d) => d.kind === 'failed' && /lists 5 documents but only 3/.test(d.reason))).toBe(true);
  });

  it('reads an export without a cover page', async () => {
    const paragraphs = nexisUniParagraphs(ARTICLES.slice(0, 2));
    const withoutCover = paragraphs.slice(paragraphs.indexOf(ARTICLES[0]!.headline, 4));
    const docs = texts(await readImportFile(makeDocx(withoutCover), 'n.docx'));
    expect(docs.map((d) => d.meta.title)).toEqual([ARTICLES[0]!.headline, ARTICLES[1]!.headline]);
  });
});

describe('Nexis Uni export (RTF)', () => {
  it('gives the same articles as the Word version', async () => {
    const fromRtf = await readImportFile(makeRtf(nexisUniParagraphs(ARTICLES)), 'Files (3).rtf');
    const fromDocx = await readImportFile(makeDocx(nexisUniParagraphs(ARTICLES)), 'Files (3).docx');
    expect(fromRtf).toHaveLength(3);
    expect(fromRtf).toEqual(fromDocx);
  });

  it('keeps non-ASCII text written as \\u escapes', async () => {
    const article = { ...ARTICLES[0]!, headline: 'Brücke über den Hafen', byline: 'José Núñez' };
    const [doc] = texts(await readImportFile(makeRtf(nexisUniParagraphs([article])), 'x.rtf'));
    expect(doc!.meta.title).toBe('Brücke über den Hafen');
    expect(doc!.meta.authors).toEqual(['José Núñez']);
  });
});

describe('LexisNexis classic export (TXT)', () => {
  it('splits at "N of M DOCUMENTS" and unwraps hard-wrapped paragraphs', async () => {
    const docs = texts(await readImportFile(new TextEncoder().encode(nexisClassicText(ARTICLES)), 'export.txt'));
    expect(docs).toHaveLength(3);
    expect(docs[0]!.meta).toMatchObject({
      title: 'Harbour bridge reopens after repairs',
      outlet: 'The Port Alder Gazette',
      published: '2024-03-03',
      authors: ['Mara Quill', 'Tomas Reed'],
      language: 'en',
    });
    expect(docs[0]!.text).toBe(ARTICLES[0]!.body.join('\n\n'));
    expect(docs[2]!.meta.published).toBe('2024-03-05');
  });

  it('reports a document number missing from the sequence', async () => {
    const text = nexisClassicText(ARTICLES, [1, 2, 4], 4);
    const docs = await readImportFile(new TextEncoder().encode(text), 'export.txt');
    expect(docs).toHaveLength(4);
    expect(docs[3]).toMatchObject({ kind: 'failed', part: 3 });
    expect((docs[3] as { reason: string }).reason).toMatch(/document 3 of 4 is missing/);
  });

  it('reads the same layout from Word paragraphs', async () => {
    const paragraphs = nexisClassicText(ARTICLES).split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim());
    const docs = texts(await readImportFile(makeDocx(paragraphs), 'export.docx'));
    expect(docs.map((d) => d.meta.title)).toEqual(ARTICLES.map((a) => a.headline));
  });
});
