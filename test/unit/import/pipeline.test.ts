import { readdir } from 'node:fs/promises';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../shared/model/article';
import { Library } from '../../../main/library/library';
import { extractFile } from '../../../main/import/extract-file';
import { importSources } from '../../../main/import/pipeline';
import type { Job } from '../../../main/services/jobs';
import { tempDir } from '../../support/temp-dir';

const story = (town: string, extra = '') =>
  `Title: Lighthouse vote in ${town}\nSource: Harbour Gazette\nURL: https://gazette.example/${town.toLowerCase()}\n\n` +
  `Residents of ${town} voted on Monday to keep the old lighthouse lit through the winter, overruling the council's plan to switch it off.${extra}\n\n` +
  `The keeper, who has tended the lamp for thirty years, said the decision would reassure the fishing crews that leave before dawn.`;

function fakeJob(): Job & { steps: string[] } {
  const steps: string[] = [];
  return { id: 'job-1', cancelled: false, signal: new AbortController().signal, setTotal: () => undefined, step: (label?: string) => steps.push(label ?? ''), steps } as unknown as Job & { steps: string[] };
}

describe('importSources: stores extracted files together, decided one by one', () => {
  let t: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => (t = await tempDir()));
  afterEach(async () => t.cleanup());

  async function run(files: Record<string, string>) {
    const inbox = path.join(t.dir, 'inbox');
    await import('node:fs/promises').then((fs) => fs.mkdir(inbox, { recursive: true }));
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(inbox, name), text);
    const library = await Library.open(path.join(t.dir, 'library'));
    const indexed: ArticleRecord[] = [];
    const job = fakeJob();
    const report = await importSources([{ kind: 'path', path: inbox }], {
      library,
      job,
      extractor: { extract: extractFile },
      onRecords: async (records) => void indexed.push(...records),
    });
    const byFile = Object.fromEntries(report.results.map((r) => [path.basename(r.file), r]));
    return { report, byFile, library, indexed, job };
  }

  it('imports each file once: the same bytes twice and the same text twice are duplicates, in input order', async () => {
    const { report, byFile, library, indexed, job } = await run({
      'a-valmora.txt': story('Valmora'),
      'b-valmora-copy.txt': story('Valmora'),
      'c-kessa.txt': story('Kessa'),
      'd-kessa-resaved.txt': story('Kessa').replace(/\n\n/g, '\n\n\n'),
    });
    expect(report.results.map((r) => path.basename(r.file))).toEqual(['a-valmora.txt', 'b-valmora-copy.txt', 'c-kessa.txt', 'd-kessa-resaved.txt']);
    expect(byFile['a-valmora.txt']!.status).toBe('imported');
    expect(byFile['b-valmora-copy.txt']).toMatchObject({ status: 'duplicate', message: 'already imported (the same file)', duplicateOf: byFile['a-valmora.txt']!.articles[0]!.id });
    expect(byFile['d-kessa-resaved.txt']).toMatchObject({ status: 'duplicate', duplicateOf: byFile['c-kessa.txt']!.articles[0]!.id });
    expect(report.summary).toMatchObject({ files: 4, imported: 2, duplicates: 2, failed: 0 });
    expect(library.articles.size).toBe(2);
    expect(indexed.map((r) => r.title).sort()).toEqual(['Lighthouse vote in Kessa', 'Lighthouse vote in Valmora']);
    expect(job.steps).toHaveLength(4);
  });

  it('keeps a re-saved page with changed text as a new version, and stores every original with no temp files left', async () => {
    const { byFile, library } = await run({
      'a.txt': story('Ostrel'),
      'b.txt': story('Ostrel', ' The vote was 412 to 388.'),
    });
    const first = byFile['a.txt']!.articles[0]!;
    expect(byFile['b.txt']!.articles[0]).toMatchObject({ versionOf: first.id });
    for (const meta of library.articles.allSummaries()) expect(await library.originals.get(meta.originalSha256!)).toBeDefined();
    const articleFiles = await readdir(path.join(library.dir, 'articles'));
    expect(articleFiles.filter((n) => n.startsWith('.tmp-'))).toEqual([]);
    expect(articleFiles).toHaveLength(2);
  });

  it('marks wire copy shared between two outlets on both records, within one group of writes', async () => {
    const wire = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of the agency report says the harbour authority of Valmora counted ${i + 3} fishing boats returning before the storm reached the northern coast on Tuesday.`).join('\n\n');
    const { byFile, library } = await run({
      'a-gazette.txt': `Title: Storm reaches Valmora\nSource: Harbour Gazette\n\nOur own opening line.\n\n${wire}`,
      'b-courier.txt': `Title: Boats return as storm hits\nSource: Northern Courier\n\nA different opening line.\n\n${wire}`,
    });
    const gazette = byFile['a-gazette.txt']!.articles[0]!;
    const courier = byFile['b-courier.txt']!.articles[0]!;
    expect(courier.sharesTextWith).toEqual([gazette.id]);
    expect((await library.articles.get(gazette.id))?.sharesTextWith).toEqual([courier.id]);
  });
});
