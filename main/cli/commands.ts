import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ParallaxApi } from '../../shared/api/contract';
import { extractFile } from '../import/extract-file';
import { makeRecord } from '../import/make-record';
import { CliUsageError, printJson, type CliOutput } from './cli-io';

/** `parallax extract FILE --json`: the clean article(s) of one file, without touching a library. */
export async function extractCommand(io: CliOutput, files: string[]): Promise<number> {
  if (files.length !== 1) throw new CliUsageError('extract takes exactly one FILE');
  const file = files[0]!;
  const parts = await extractFile(new Uint8Array(await fs.readFile(file)), path.basename(file));
  const articles = parts.map((p) => {
    if (!p.ok) return { part: p.part, error: p.reason };
    const r = makeRecord(p.article, { id: 'preview', sourceKind: p.sourceKind, now: new Date().toISOString() });
    return { title: r.title, outlet: r.outlet, authors: r.authors, published: r.published ?? null, url: r.url ?? null, language: r.language, lede: r.lede ?? null, text: r.text, removed: r.removed };
  });
  if (io.json) printJson(io, articles.length === 1 ? articles[0] : articles);
  else for (const a of articles) io.out('error' in a ? `part ${a.part}: ${a.error}` : `# ${a.title}\n${a.outlet} · ${a.published ?? 'no date'} · ${a.language}\n\n${a.text}\n`);
  return articles.some((a) => 'error' in a) && articles.every((a) => 'error' in a) ? 1 : 0;
}

/** `parallax import --library DIR PATHS…`: one result line per file and a summary. */
export async function importCommand(io: CliOutput, api: ParallaxApi, paths: string[]): Promise<number> {
  if (paths.length === 0) throw new CliUsageError('import needs at least one file or folder');
  const report = await api.importFiles({ jobId: `cli-${randomBytes(4).toString('hex')}`, sources: paths.map((p) => ({ kind: 'path' as const, path: p })) });
  if (io.json) printJson(io, report);
  else {
    for (const r of report.results) io.out(`${r.status.padEnd(9)} ${r.file}: ${r.message}`);
    const s = report.summary;
    const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
    io.out(`\n${n(s.files, 'file')}: ${s.imported} imported (${n(s.articles, 'article')}), ${n(s.duplicates, 'duplicate')}, ${s.failed} failed${s.cancelled ? `, ${s.cancelled} cancelled` : ''} in ${(report.elapsedMs / 1000).toFixed(1)} s`);
  }
  return report.summary.failed > 0 ? 1 : 0;
}

/** `parallax list`: the library's articles. */
export async function listCommand(io: CliOutput, api: ParallaxApi, opts: { outlet?: string; from?: string; to?: string }): Promise<number> {
  const articles = await api.listArticles({ filters: { ...(opts.outlet ? { outlets: [opts.outlet] } : {}), ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}) } });
  if (io.json) printJson(io, articles);
  else for (const a of articles) io.out(`${a.id}  ${(a.published ?? '').slice(0, 10).padEnd(10)}  ${a.outlet.slice(0, 24).padEnd(24)}  ${a.title}`);
  return 0;
}
