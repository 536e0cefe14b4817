import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ArticleRecord } from '../../shared/model/article';
import type { ImportFileResult, ImportReport, ImportSource } from '../../shared/model/import';
import type { Library } from '../library/library';
import { OriginalStore } from '../library/original-store';
import type { Job } from '../services/jobs';
import { expandSources, describeFsError, type ImportItem } from './expand-sources';
import { extractPastedText, failureMessage, type ExtractedPart } from './extract-file';
import type { ExtractPool } from './extract-pool';
import { MAX_FILE_BYTES } from './limits';
import { removeLearnedFurniture } from './outlet-furniture';
import { BatchState, sameFileAgain, storeParts, type OriginalBytes } from './store-parts';

export interface ImportDeps {
  library: Library;
  job: Job;
  /** Outlet names the user merged: lower-cased variant → name to use. */
  outletAliases?: Record<string, string>;
  /** Where files are extracted (worker threads in the app). */
  extractor: Pick<ExtractPool, 'extract'>;
  /** Called with every record written (new, updated by furniture learning, or marked as sharing text), to index it. */
  onRecords: (records: ArticleRecord[]) => Promise<void>;
  now?: () => string;
}

/**
 * Extracted files wait at most this long to be stored, together, in one library write. Each
 * write takes the cross-process lock and re-reads the revision file; once per file that was
 * a third of an import's time on a busy machine. Short enough that other writers still interleave.
 */
const STORE_EVERY_MS = 200;

/** A file read and extracted, waiting to be stored. */
interface Extracted {
  index: number;
  label: string;
  name: string;
  original: OriginalBytes | undefined;
  parts: ExtractedPart[];
}

/**
 * Imports a batch. Every input gets exactly one result line; a failure (or a crash inside one
 * reader) never stops the batch and never leaves a partial record: the original is stored first,
 * then each record is written atomically. Cancel stops between files and keeps what finished.
 */
export async function importSources(sources: ImportSource[], deps: ImportDeps): Promise<ImportReport> {
  const started = Date.now();
  const { library, job } = deps;
  const now = deps.now ?? (() => new Date().toISOString());
  const items = await expandSources(sources, job.signal);
  job.setTotal(items.length);
  const state = new BatchState(library);
  const results: ImportFileResult[] = [];
  const pending: Extracted[] = [];
  let pendingSince = 0;

  // Extraction (slow, parallel) happens outside the lock; the files extracted meanwhile are stored in one write.
  const storePending = async () => {
    const batch = pending.splice(0);
    if (batch.length === 0) return;
    await library.write(async () => {
      // Decided one after another; their disk writes overlap.
      const lines: Array<Promise<void>> = [];
      for (const p of batch) {
        const { finished } = await storeParts(p.label, p.name, p.original, p.parts, state, deps, now);
        lines.push(finished.then((line) => ((results[p.index] = line), job.step(p.label))));
      }
      await Promise.all(lines);
      await state.inFlight.settle();
      for (const p of batch) results[p.index] = unlessLost(results[p.index]!, library);
    });
  };

  try {
    for (const [index, item] of items.entries()) {
      if (job.cancelled) {
        results[index] = { file: item.label, status: 'cancelled', message: 'cancelled before it was read', articles: [] };
        continue;
      }
      const read = await readItem(item, deps);
      if ('result' in read) {
        results[index] = read.result;
        job.step(item.label);
      } else {
        if (pending.length === 0) pendingSince = Date.now();
        pending.push({ index, label: item.label, ...read });
      }
      if (pending.length > 0 && Date.now() - pendingSince >= STORE_EVERY_MS) await storePending();
    }
    await storePending();
  } finally {
    // Every record and original was flushed to disk before its rename; this makes the renames durable too.
    await state.folderSync.flush();
  }

  const furnitureChanged = await library.write(() => removeLearnedFurniture(library, state.outletsTouched, now()));
  await deps.onRecords(dedupeById([...state.written, ...furnitureChanged]));
  return { jobId: job.id, results, summary: summarize(results), elapsedMs: Date.now() - started };
}

/** Reads and extracts one input: its articles to store, or its result line already (failed, or the same file imported before). */
async function readItem(item: ImportItem, deps: ImportDeps): Promise<{ result: ImportFileResult } | Omit<Extracted, 'index' | 'label'>> {
  const fail = (message: string) => ({ result: { file: item.label, status: 'failed' as const, message, articles: [] } });
  try {
    if (item.kind === 'unreadable') return fail(item.reason);
    if (item.kind === 'text') return { name: 'pasted text', original: undefined, parts: extractPastedText(item.text) };
    let bytes: Uint8Array;
    let name: string;
    if (item.kind === 'path') {
      name = path.basename(item.path);
      const size = (await fs.stat(item.path)).size;
      if (size > MAX_FILE_BYTES) return fail(`over the size limit: ${mb(size)} (the limit is ${mb(MAX_FILE_BYTES)})`);
      bytes = new Uint8Array(await fs.readFile(item.path));
    } else {
      name = item.name;
      bytes = item.bytes;
      if (bytes.byteLength > MAX_FILE_BYTES) return fail(`over the size limit: ${mb(bytes.byteLength)} (the limit is ${mb(MAX_FILE_BYTES)})`);
    }
    // The very same file imported before (a re-import, or a batch resumed after a crash): no need to extract it again.
    const original = { bytes, sha256: OriginalStore.hash(bytes) };
    const earlier = deps.library.articleFromOriginal(original.sha256);
    if (earlier) return { result: sameFileAgain(item.label, earlier) };
    return { name, original, parts: await deps.extractor.extract(bytes, name) };
  } catch (err) {
    return fail(item.kind === 'path' && (err as NodeJS.ErrnoException)?.code ? describeFsError(err) : failureMessage(err));
  }
}

/** A file skipped as a duplicate of an article whose own write then failed was not stored either: it fails, saying why. */
function unlessLost(line: ImportFileResult, library: Library): ImportFileResult {
  if (line.status !== 'duplicate' || !line.duplicateOf || library.articles.has(line.duplicateOf)) return line;
  const { duplicateOf: _lost, ...rest } = line;
  return { ...rest, status: 'failed', message: 'not stored: it duplicates an article of this batch that could not be saved' };
}

function summarize(results: ImportFileResult[]): ImportReport['summary'] {
  const count = (s: ImportFileResult['status']) => results.filter((r) => r.status === s).length;
  return {
    files: results.length,
    imported: count('imported'),
    articles: results.reduce((n, r) => n + r.articles.length, 0),
    duplicates: count('duplicate'),
    failed: count('failed'),
    cancelled: count('cancelled'),
  };
}

const dedupeById = (records: ArticleRecord[]): ArticleRecord[] => [...new Map(records.map((r) => [r.id, r])).values()];
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
