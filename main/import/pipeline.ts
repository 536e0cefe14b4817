import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ArticleRecord } from '../../shared/model/article';
import type { ImportedArticleRef, ImportFileResult, ImportReport, ImportSource } from '../../shared/model/import';
import type { Library } from '../library/library';
import { OriginalStore } from '../library/original-store';
import type { Job } from '../services/jobs';
import { newArticleId } from '../services/ids';
import { expandSources, describeFsError, type ImportItem } from './expand-sources';
import { extractPastedText, failureMessage, type ExtractedPart } from './extract-file';
import type { ExtractPool } from './extract-pool';
import { MAX_FILE_BYTES } from './limits';
import { makeRecord } from './make-record';
import { mediaTypeOf } from './media-type';
import { removeLearnedFurniture } from './outlet-furniture';
import { SharedTextIndex } from './shared-text-index';

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

  for (const item of items) {
    if (job.cancelled) {
      results.push({ file: item.label, status: 'cancelled', message: 'cancelled before it was read', articles: [] });
      continue;
    }
    results.push(await importItem(item, state, deps, now));
    job.step(item.label);
  }

  const furnitureChanged = await library.write(() => removeLearnedFurniture(library, state.outletsTouched, now()));
  await deps.onRecords(dedupeById([...state.written, ...furnitureChanged]));
  return { jobId: job.id, results, summary: summarize(results), elapsedMs: Date.now() - started };
}

/** What the batch wrote, for indexing and furniture learning at the end. */
class BatchState {
  readonly outletsTouched = new Set<string>();
  readonly written: ArticleRecord[] = [];
  readonly sharedText: SharedTextIndex;

  constructor(readonly library: Library) {
    this.sharedText = new SharedTextIndex(library);
  }

  remember(r: ArticleRecord): void {
    this.outletsTouched.add(r.outlet);
    this.written.push(r);
  }
}

async function importItem(item: ImportItem, state: BatchState, deps: ImportDeps, now: () => string): Promise<ImportFileResult> {
  const fail = (message: string): ImportFileResult => ({ file: item.label, status: 'failed', message, articles: [] });
  let bytes: Uint8Array | undefined;
  let name = 'pasted text';
  let parts: ExtractedPart[];
  try {
    if (item.kind === 'unreadable') return fail(item.reason);
    if (item.kind === 'text') {
      parts = extractPastedText(item.text);
    } else {
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
      const earlier = deps.library.articleFromOriginal(OriginalStore.hash(bytes));
      if (earlier) return { file: item.label, status: 'duplicate', message: 'already imported (the same file)', articles: [], duplicateOf: earlier };
      parts = await deps.extractor.extract(bytes, name);
    }
  } catch (err) {
    return fail(item.kind === 'path' && (err as NodeJS.ErrnoException)?.code ? describeFsError(err) : failureMessage(err));
  }
  // Extraction (slow, parallel) happens outside the lock; storing one file's articles is one write.
  return deps.library.write(() => storeParts(item.label, name, bytes, parts, state, deps, now));
}

async function storeParts(
  label: string,
  fileName: string,
  bytes: Uint8Array | undefined,
  parts: ExtractedPart[],
  state: BatchState,
  deps: ImportDeps,
  now: () => string,
): Promise<ImportFileResult> {
  const { library } = deps;
  const imported: ImportedArticleRef[] = [];
  const duplicates: string[] = [];
  const failedParts: { part: number; reason: string }[] = [];
  let sha256: string | undefined;
  const multi = parts.length > 1;

  for (const part of parts) {
    if (!part.ok) {
      failedParts.push({ part: part.part, reason: part.reason });
      continue;
    }
    try {
      if (bytes && !sha256) sha256 = await library.originals.put(bytes);
      const original = bytes && sha256 ? { sha256, fileName, mediaType: mediaTypeOf(fileName), size: bytes.byteLength, ...(multi ? { part: part.part } : {}) } : undefined;
      const record = makeRecord(part.article, { id: newArticleId(), sourceKind: part.sourceKind, now: now(), ...(original ? { original } : {}) });
      record.outlet = deps.outletAliases?.[record.outlet.toLowerCase()] ?? record.outlet;
      const existing = library.articleWithHash(record.contentHash);
      if (existing) {
        duplicates.push(existing);
        continue;
      }
      const earlier = record.url ? library.articleAt(record.outlet, record.url) : undefined;
      if (earlier) record.versionOf = earlier;
      const sharing = await state.sharedText.matches(record.id, record.outlet, record.text);
      if (sharing.length > 0) record.sharesTextWith = sharing;
      await library.articles.put(record);
      state.sharedText.add(record.id, record.outlet, record.text);
      state.remember(record);
      for (const other of sharing) await markSharing(library, other, record.id, state);
      imported.push(refOf(record));
    } catch (err) {
      failedParts.push({ part: part.part, reason: failureMessage(err) });
    }
  }
  return resultLine(label, imported, duplicates, failedParts, parts.length);
}

async function markSharing(library: Library, id: string, withId: string, state: BatchState): Promise<void> {
  const other = await library.articles.get(id);
  if (!other || other.sharesTextWith?.includes(withId)) return;
  const next = { ...other, sharesTextWith: [...(other.sharesTextWith ?? []), withId].sort() };
  await library.articles.put(next);
  state.written.push(next);
}

function resultLine(
  label: string,
  imported: ImportedArticleRef[],
  duplicates: string[],
  failedParts: { part: number; reason: string }[],
  total: number,
): ImportFileResult {
  const extra: Partial<ImportFileResult> = failedParts.length > 0 ? { failedParts } : {};
  if (imported.length > 0) {
    const bits = [`${imported.length} article${imported.length === 1 ? '' : 's'}`];
    if (total > 1) bits[0] += ` of ${total} found`;
    if (duplicates.length > 0) bits.push(`${duplicates.length} duplicate${duplicates.length === 1 ? '' : 's'} skipped`);
    if (failedParts.length > 0) bits.push(`${failedParts.length} failed (${failedParts[0]!.reason})`);
    if (imported.some((a) => a.versionOf)) bits.push('new version of an earlier article');
    if (imported.some((a) => a.sharesTextWith)) bits.push('shares text with another outlet');
    return { file: label, status: 'imported', message: `imported ${bits.join('; ')}`, articles: imported, ...extra };
  }
  if (duplicates.length > 0) {
    return {
      file: label,
      status: 'duplicate',
      message: `duplicate of an article already in the library${failedParts.length ? `; ${failedParts.length} part(s) failed` : ''}`,
      articles: [],
      duplicateOf: duplicates[0]!,
      ...extra,
    };
  }
  const reason = failedParts[0]?.reason ?? 'no article text found';
  return { file: label, status: 'failed', message: failedParts.length > 1 ? `${failedParts.length} articles found, none readable: ${reason}` : reason, articles: [], ...extra };
}

const refOf = (r: ArticleRecord): ImportedArticleRef => {
  const ref: ImportedArticleRef = { id: r.id, title: r.title, outlet: r.outlet };
  if (r.versionOf) ref.versionOf = r.versionOf;
  if (r.sharesTextWith) ref.sharesTextWith = r.sharesTextWith;
  return ref;
};

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
