import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../main/import/formats/markdown';
import { readImportFile } from '../../../main/import/formats/read-file';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('plain text', () => {
  it('passes the text on unchanged, for the extractor to read header lines', async () => {
    const text = 'Title: Harbour bridge reopens\nSource: Port Alder Gazette\n\nThe bridge reopened on Saturday.\n';
    expect(await readImportFile(utf8(text), 'bridge.txt')).toEqual([
      { kind: 'text', text, meta: {}, parseHeaderLines: true, sourceKind: 'text', part: 0 },
    ]);
  });

  it('reads UTF-16 text saved by Notepad', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('Мост открыт.\r\n', 'utf16le')]);
    const [doc] = await readImportFile(bytes, 'most.txt');
    expect(doc).toMatchObject({ kind: 'text', text: 'Мост открыт.\r\n' });
  });
});

describe('markdown', () => {
  it('keeps heading text and paragraphs, drops the syntax', () => {
    const md = [
      '# Harbour bridge *reopens*',
      '',
      'The **bridge** reopened on [Saturday](https://x.example/sat) after `nine` months',
      'of repairs.',
      '',
      '![The bridge](bridge.jpg)',
      '',
      '> "It was worth it," said the_mayor_of_town.',
      '',
      '- Cost: 40 million',
      '- Delay: __three__ months',
      '',
      '---',
      '',
      'Opposition members want an audit\\*.',
      '',
      '[1]: https://x.example/ref',
    ].join('\n');
    expect(markdownToText(md).split('\n\n')).toEqual([
      'Harbour bridge reopens',
      'The bridge reopened on Saturday after nine months of repairs.',
      '"It was worth it," said the_mayor_of_town.',
      'Cost: 40 million',
      'Delay: three months',
      'Opposition members want an audit*.',
    ]);
  });

  it('turns setext headings and tables into text', () => {
    expect(markdownToText('Bridge reopens\n==============\n\n| Year | Cost |\n|---|---|\n| 2024 | 40m |\n').split('\n\n')).toEqual([
      'Bridge reopens',
      'Year · Cost',
      '2024 · 40m',
    ]);
  });

  it('reads front matter as metadata', async () => {
    const md = '---\ntitle: "Harbour bridge reopens"\nauthor: [Mara Quill, Tomas Reed]\ndate: 2024-03-03\nsource: Port Alder Gazette\nurl: https://gazette.example/bridge\n---\n\nThe bridge reopened.\n';
    expect(await readImportFile(utf8(md), 'bridge.md')).toEqual([
      {
        kind: 'text',
        text: 'The bridge reopened.',
        meta: {
          title: 'Harbour bridge reopens',
          authors: ['Mara Quill', 'Tomas Reed'],
          published: '2024-03-03',
          outlet: 'Port Alder Gazette',
          url: 'https://gazette.example/bridge',
        },
        parseHeaderLines: true,
        sourceKind: 'markdown',
        part: 0,
      },
    ]);
  });
});
