import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { renderComparisonMarkdown, type CompareInput } from '../../shared/compare/index';
import type { Comparison } from '../../shared/compare/types';
import { extractFile } from '../import/extract-file';
import { makeRecord } from '../import/make-record';
import { runEngine } from '../engines/run-engine';
import { toInput } from '../services/compare-api';
import type { Services } from '../services/open-services';
import { CliUsageError, printJson, type CliOutput } from './cli-io';

/**
 * `parallax compare FILES_OR_IDS… [--library DIR] [--json | --format md]`. Files are imported in
 * memory only (nothing is written); ids are read from the library.
 */
export async function compareCommand(
  io: CliOutput,
  args: string[],
  opts: { format?: string; openLibrary: () => Promise<Services> },
): Promise<number> {
  if (args.length < 2) throw new CliUsageError('compare needs at least two files or article ids');
  const inputs: CompareInput[] = [];
  let services: Services | undefined;
  try {
    for (const arg of args) {
      if (existsSync(arg) && statSync(arg).isFile()) {
        inputs.push(...(await inputsFromFile(arg, inputs.length)));
      } else {
        services ??= await opts.openLibrary();
        const article = await services.ctx.library.articles.get(arg);
        if (!article) throw new CliUsageError(`"${arg}" is neither a file nor an article id in ${services.ctx.library.dir}`);
        inputs.push(toInput(article));
      }
    }
    const aliases = services?.ctx.settings.get().aliases ?? [];
    const comparison: Comparison = await runEngine({ kind: 'compare', inputs, options: { aliases } });
    if (opts.format === 'md') io.out(renderComparisonMarkdown(comparison));
    else if (io.json || opts.format === 'json') printJson(io, comparison);
    else io.out(renderComparisonMarkdown(comparison));
    return 0;
  } finally {
    await services?.close();
  }
}

async function inputsFromFile(file: string, offset: number): Promise<CompareInput[]> {
  const parts = await extractFile(new Uint8Array(await readFile(file)), path.basename(file));
  const out: CompareInput[] = [];
  for (const p of parts) {
    if (!p.ok) throw new CliUsageError(`${file}${parts.length > 1 ? ` (article ${p.part + 1})` : ''}: ${p.reason}`);
    const id = `f${offset + out.length + 1}-${path.basename(file).replace(/[^A-Za-z0-9]+/g, '-').slice(0, 40)}`;
    out.push(toInput(makeRecord(p.article, { id, sourceKind: p.sourceKind, now: new Date().toISOString() })));
  }
  return out;
}
