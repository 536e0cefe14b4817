import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../main/import/formats/read-file';
import type { RawDocument } from '../../../main/import/raw-document';
import { layoutParagraphs, makePdf, type PdfLine } from '../../fixtures/formats/make-pdf';
import { ARTICLES, nexisUniParagraphs } from '../../fixtures/formats/exports';

type TextDoc = Extract<RawDocument, { kind: 'text' }>;
const only = (docs: RawDocument[]): TextDoc => {
  expect(docs).toHaveLength(1);
  return docs[0] as TextDoc;
};

describe('PDF text layer', () => {
  it('rebuilds paragraphs from lines, joining words hyphenated at line ends', async () => {
    const pdf = makePdf([
      layoutParagraphs([
        ['Harbour bridge reopens'],
        ['The harbour bridge reopened on Saturday after nine months of re-', 'pairs, the council said in a statement.'],
        ['Traffic was back to normal by the after-', 'noon. The Anglo-', 'Saxon arches were kept.'],
      ]),
    ]);
    const doc = only(await readImportFile(pdf, 'bridge.pdf'));
    expect(doc).toMatchObject({ kind: 'text', sourceKind: 'pdf', parseHeaderLines: true, part: 0 });
    expect(doc.text).toBe(
      'Harbour bridge reopens\n\n' +
        'The harbour bridge reopened on Saturday after nine months of repairs, the council said in a statement.\n\n' +
        'Traffic was back to normal by the afternoon. The Anglo-Saxon arches were kept.',
    );
  });

  it('joins a paragraph split by a page break and drops page numbers and running headers', async () => {
    const page = (lines: PdfLine[], n: number): PdfLine[] => [
      { text: 'PORT ALDER GAZETTE — Weekend edition', x: 72, y: 770, size: 9 },
      ...lines,
      { text: String(n), x: 300, y: 40, size: 9 },
    ];
    const pdf = makePdf([
      page(layoutParagraphs([['First paragraph ends here.'], ['Second paragraph starts on one page and']]), 1),
      page(layoutParagraphs([['continues on the next page.'], ['Third paragraph.']]), 2),
      page(layoutParagraphs([['Fourth paragraph.']]), 3),
    ]);
    const doc = only(await readImportFile(pdf, 'three-pages.pdf'));
    expect(doc.text.split('\n\n')).toEqual([
      'First paragraph ends here.',
      'Second paragraph starts on one page and continues on the next page.',
      'Third paragraph.',
      'Fourth paragraph.',
    ]);
  });

  it('uses the document title when it is a real title, not a file name', async () => {
    const lines = layoutParagraphs([['Body text of the article.']]);
    expect(only(await readImportFile(makePdf([lines], { title: 'Bridge reopens' }), 'a.pdf')).meta).toEqual({ title: 'Bridge reopens' });
    expect(only(await readImportFile(makePdf([lines], { title: 'Microsoft Word - draft3.docx' }), 'a.pdf')).meta).toEqual({});
  });

  it('splits a Nexis export saved as PDF', async () => {
    const paragraphs = nexisUniParagraphs(ARTICLES.slice(0, 2));
    const pages = [paragraphs.slice(0, 30), paragraphs.slice(30)].map((ps) => layoutParagraphs(ps.map((p) => [p]), 760));
    const docs = await readImportFile(makePdf(pages), 'nexis.pdf');
    expect(docs.map((d) => (d.kind === 'text' ? d.meta.title : d.kind))).toEqual([ARTICLES[0]!.headline, ARTICLES[1]!.headline]);
  });
});
