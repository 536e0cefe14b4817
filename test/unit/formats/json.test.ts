import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../main/import/formats/read-file';
import type { RawDocument } from '../../../main/import/raw-document';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const read = (value: unknown, name = 'articles.json'): Promise<RawDocument[]> =>
  readImportFile(utf8(typeof value === 'string' ? value : JSON.stringify(value)), name);

describe('JSON article records', () => {
  it('maps the usual field names of a single object', async () => {
    const docs = await read({
      headline: 'Harbour bridge reopens',
      publisher: { '@type': 'Organization', name: 'Port Alder Gazette' },
      datePublished: '2024-03-03T09:30:00Z',
      link: 'https://gazette.example/bridge',
      authors: [{ name: 'Mara Quill' }, 'Tomas Reed'],
      articleBody: 'The bridge reopened.\n\nIt cost 40 million.',
      description: 'Nine months of repairs',
      language: 'EN',
    });
    expect(docs).toEqual([
      {
        kind: 'text',
        text: 'The bridge reopened.\n\nIt cost 40 million.',
        meta: {
          title: 'Harbour bridge reopens',
          outlet: 'Port Alder Gazette',
          published: '2024-03-03T09:30:00Z',
          url: 'https://gazette.example/bridge',
          authors: ['Mara Quill', 'Tomas Reed'],
          lede: 'Nine months of repairs',
          language: 'en',
        },
        parseHeaderLines: false,
        sourceKind: 'json',
        part: 0,
      },
    ]);
  });

  it('reads an array, one document per record, and reports a record without body', async () => {
    const docs = await read([
      { title: 'A', source: 'Herald', date: 'March 4, 2024', byline: 'By Ines Holt and Mara Quill', body: 'Text A.' },
      { title: 'B', text: 'Text B.', published: 1709683200 },
      { title: 'C (no body)', url: 'https://x.example/c' },
      'not a record',
    ]);
    expect(docs.map((d) => d.kind)).toEqual(['text', 'text', 'failed', 'failed']);
    expect(docs[0]).toMatchObject({ meta: { outlet: 'Herald', published: '2024-03-04', authors: ['Ines Holt', 'Mara Quill'] } });
    expect(docs[1]).toMatchObject({ meta: { published: '2024-03-06T00:00:00.000Z' } });
    expect(docs[2]).toMatchObject({ part: 2, reason: expect.stringMatching(/^record 3 \("C \(no body\)"\) has no body text/) });
    expect(docs[3]).toMatchObject({ part: 3, reason: 'record 4 is not an object with article fields' });
  });

  it('unwraps {"articles": [...]} and reads BASIL-style paragraph lists', async () => {
    const docs = await read({
      status: 'ok',
      articles: [{ title: 'Bridge', source: 'fox', 'body-paragraphs': [['First sentence.', 'Second.'], ['Next paragraph.']] }],
    });
    expect(docs).toEqual([expect.objectContaining({ kind: 'text', text: 'First sentence. Second.\n\nNext paragraph.' })]);
  });

  it('passes a record with only HTML on as a page', async () => {
    const docs = await read({ url: 'https://x.example/a', html: '<html><body><p>Hi</p></body></html>' });
    expect(docs).toEqual([{ kind: 'html', html: '<html><body><p>Hi</p></body></html>', url: 'https://x.example/a', sourceKind: 'json', part: 0 }]);
  });

  it('NDJSON: a bad line is a failed part and the others still import', async () => {
    const lines = ['{"title":"A","body":"Text A."}', '{"title":"B",', '', '{"title":"C","content":"Text C."}'].join('\n');
    const docs = await read(lines, 'allsides.ndjson');
    expect(docs.map((d) => [d.kind, d.part])).toEqual([
      ['text', 0],
      ['failed', 1],
      ['text', 2],
    ]);
    expect(docs[1]).toMatchObject({ reason: expect.stringMatching(/^line 2 is not valid JSON/) });
  });

  it('reads one-object-per-line data even when named .json', async () => {
    const docs = await read('{"title":"A","body":"x"}\n{"title":"B","body":"y"}\n');
    expect(docs).toHaveLength(2);
  });

  it('reports broken JSON as corrupt', async () => {
    await expect(read('[{"title": "A", "body": "x"')).rejects.toMatchObject({ reason: 'corrupt', message: expect.stringMatching(/^invalid JSON/) });
  });

  it('reports an empty array as having no articles', async () => {
    await expect(read([])).rejects.toMatchObject({ reason: 'no-article-text' });
  });
});
