import type { ArticleRecord } from '../../shared/model/article';
import type { ImportedArticleRef, ImportFileResult } from '../../shared/model/import';
import { FolderSyncBatch } from '../library/atomic-write';
import { outletUrlKey, type Library } from '../library/library';
import { newArticleId } from '../services/ids';
import { failureMessage, type ExtractedPart } from './extract-file';
import { makeRecord } from './make-record';
import { mediaTypeOf } from './media-type';
import type { ImportDeps } from './pipeline';
import { SharedTextIndex } from './shared-text-index';

/**
 * Storing one extracted file in the library (under the library's write lock): its original,
 * then one record per article, with de-duplication, versions and shared-text marks.
 */

/** What the batch wrote, for indexing and furniture learning at the end. */
export class BatchState {
  readonly outletsTouched = new Set<string>();
  readonly written: ArticleRecord[] = [];
  readonly sharedText: SharedTextIndex;
  /** Folders written in this batch: flushed once at its end instead of after every file. */
  readonly folderSync = new FolderSyncBatch();
  readonly inFlight: WritesInFlight;

  constructor(readonly library: Library) {
    this.sharedText = new SharedTextIndex(library);
    this.inFlight = new WritesInFlight(library);
  }

  remember(r: ArticleRecord): void {
    this.outletsTouched.add(r.outlet);
    this.written.push(r);
  }
}

/** The result line of a file whose exact bytes were imported before (a re-import, a resumed batch). */
export const sameFileAgain = (label: string, earlier: string): ImportFileResult => ({
  file: label,
  status: 'duplicate',
  message: 'already imported (the same file)',
  articles: [],
  duplicateOf: earlier,
});

/** An input file's bytes and their hash (pasted text has none). */
export interface OriginalBytes {
  bytes: Uint8Array;
  sha256: string;
}

/**
 * Stores one extracted file's articles, deciding in order (duplicates, versions, shared text)
 * but not waiting for the disk: the writes run while later files of the same group are decided,
 * so a group's disk flushes overlap. Resolves once the decisions are made and the writes started;
 * `finished` gives the file's result line once its writes are done.
 */
export async function storeParts(
  label: string,
  fileName: string,
  input: OriginalBytes | undefined,
  parts: ExtractedPart[],
  state: BatchState,
  deps: ImportDeps,
  now: () => string,
): Promise<{ finished: Promise<ImportFileResult> }> {
  const { library } = deps;
  const { inFlight } = state;
  // Checked again here: the same file twice in one batch (or imported by another process meanwhile) is stored once.
  const earlier = input ? inFlight.fromOriginal(input.sha256) : undefined;
  if (earlier) return { finished: Promise.resolve(sameFileAgain(label, earlier)) };
  const outcomes: Array<Promise<PartOutcome>> = [];
  const multi = parts.length > 1;
  // The original is written (and flushed to disk) while its records are; each record is renamed
  // into place only after the original is, so no record ever points to a missing original.
  let originalStored: Promise<string> | undefined;

  for (const part of parts) {
    if (!part.ok) {
      outcomes.push(Promise.resolve({ failed: part.reason, part: part.part }));
      continue;
    }
    try {
      if (input && !originalStored) {
        originalStored = library.originals.put(input.bytes, { sha256: input.sha256, folderSync: state.folderSync });
        // Awaited by the record writes, or at the end; this only stops an early failure counting as unhandled.
        originalStored.catch(() => undefined);
      }
      const original = input ? { sha256: input.sha256, fileName, mediaType: mediaTypeOf(fileName), size: input.bytes.byteLength, ...(multi ? { part: part.part } : {}) } : undefined;
      const record = makeRecord(part.article, { id: newArticleId(), sourceKind: part.sourceKind, now: now(), ...(original ? { original } : {}) });
      record.outlet = deps.outletAliases?.[record.outlet.toLowerCase()] ?? record.outlet;
      const existing = inFlight.withHash(record.contentHash);
      if (existing) {
        outcomes.push(Promise.resolve({ duplicateOf: existing }));
        continue;
      }
      const earlierVersion = record.url ? inFlight.at(record.outlet, record.url) : undefined;
      if (earlierVersion) record.versionOf = earlierVersion;
      const sharing = await state.sharedText.matches(record.id, record.outlet, record.text);
      if (sharing.length > 0) record.sharesTextWith = sharing;
      const written = inFlight.write(record, originalStored, state.folderSync);
      state.sharedText.add(record.id, record.outlet, record.text);
      // Marking the other copies reads them from disk: rare, so simply wait for the writes in flight.
      if (sharing.length > 0) await inFlight.settle();
      for (const other of sharing) await markSharing(library, other, record.id, state);
      outcomes.push(
        written.then(
          () => {
            state.remember(record);
            return { imported: record };
          },
          (err: unknown) => ({ failed: failureMessage(err), part: part.part }),
        ),
      );
    } catch (err) {
      outcomes.push(Promise.resolve({ failed: failureMessage(err), part: part.part }));
    }
  }
  const finished = (async () => {
    const settled = await Promise.all(outcomes);
    // Duplicates only: the original is still stored (as before), and finished before the write ends.
    await originalStored?.catch(() => undefined);
    return resultLine(label, settled, parts.length);
  })();
  return { finished };
}

/** What became of one article of a file. */
type PartOutcome = { imported: ArticleRecord } | { duplicateOf: string } | { failed: string; part: number };

/**
 * Record writes started and not yet finished, and what later decisions must already know of
 * them (their content hashes, addresses and originals); the library's own lookup tables learn
 * each record when its write completes.
 */
export class WritesInFlight {
  private writes: Array<Promise<unknown>> = [];
  private readonly byHash = new Map<string, string>();
  private readonly byOutletUrl = new Map<string, string>();
  private readonly byOriginal = new Map<string, string>();

  constructor(private readonly library: Library) {}

  write(record: ArticleRecord, originalStored: Promise<unknown> | undefined, folderSync: FolderSyncBatch): Promise<void> {
    const done = this.library.articles.put(record, { folderSync, ...(originalStored ? { after: originalStored } : {}) });
    this.writes.push(done.catch(() => undefined));
    this.byHash.set(record.contentHash, record.id);
    if (record.url) this.byOutletUrl.set(outletUrlKey(record.outlet, record.url), record.id);
    if (record.original && record.original.part === undefined) this.byOriginal.set(record.original.sha256, record.id);
    return done;
  }

  withHash(contentHash: string): string | undefined {
    return this.byHash.get(contentHash) ?? this.library.articleWithHash(contentHash);
  }

  at(outlet: string, url: string): string | undefined {
    return this.byOutletUrl.get(outletUrlKey(outlet, url)) ?? this.library.articleAt(outlet, url);
  }

  fromOriginal(sha256: string): string | undefined {
    return this.byOriginal.get(sha256) ?? this.library.articleFromOriginal(sha256);
  }

  /** Waits for every write started so far; afterwards the library's tables hold those that succeeded. */
  async settle(): Promise<void> {
    while (this.writes.length > 0) await Promise.all(this.writes.splice(0));
    this.byHash.clear();
    this.byOutletUrl.clear();
    this.byOriginal.clear();
  }
}

async function markSharing(library: Library, id: string, withId: string, state: BatchState): Promise<void> {
  const other = await library.articles.get(id);
  if (!other || other.sharesTextWith?.includes(withId)) return;
  const next = { ...other, sharesTextWith: [...(other.sharesTextWith ?? []), withId].sort() };
  await library.articles.put(next);
  state.written.push(next);
}

function resultLine(label: string, outcomes: PartOutcome[], total: number): ImportFileResult {
  const imported: ImportedArticleRef[] = [];
  const duplicates: string[] = [];
  const failedParts: { part: number; reason: string }[] = [];
  for (const o of outcomes) {
    if ('imported' in o) imported.push(refOf(o.imported));
    else if ('duplicateOf' in o) duplicates.push(o.duplicateOf);
    else failedParts.push({ part: o.part, reason: o.failed });
  }
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
