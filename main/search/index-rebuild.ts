/**
 * Builds a whole index from a stream of articles: batches per language go to the worker
 * pool as they fill (both cores tokenise and stem while the caller keeps reading), then the
 * batches of each language are merged into a few large segments.
 */
import type { SearchDocMeta } from '../../shared/search/filters';
import { analyzerKeyFor } from './analyzers';
import type { BuildPool } from './build-pool';
import type { IndexDoc } from './index-schema';
import type { SegmentData } from './segment-data';

export interface RebuildProgress {
  done: number;
  total?: number;
}

export interface RebuildOptions {
  /** Articles per build batch. */
  batchSize?: number;
  /** Expected number of articles, for a 0..1 progress. */
  total?: number;
  onProgress?: (p: RebuildProgress) => void;
  signal?: AbortSignal;
}

export interface RebuiltIndex {
  segments: SegmentData[];
  meta: Map<string, SearchDocMeta>;
}

export function docMeta(doc: IndexDoc): SearchDocMeta {
  const meta: SearchDocMeta = { outlet: doc.outlet, storyIds: [...doc.storyIds], language: doc.language };
  if (doc.published) meta.published = doc.published;
  return meta;
}

function abortError(): Error {
  const e = new Error('search index rebuild cancelled');
  e.name = 'AbortError';
  return e;
}

export async function buildFromSource(source: AsyncIterable<IndexDoc> | Iterable<IndexDoc>, pool: BuildPool, options: RebuildOptions = {}): Promise<RebuiltIndex> {
  const batchSize = options.batchSize ?? 2500;
  const batchChars = 16_000_000;
  const charsByLanguage = new Map<string, number>();
  const meta = new Map<string, SearchDocMeta>();
  const pendingByLanguage = new Map<string, IndexDoc[]>();
  const built = new Map<string, Array<Promise<SegmentData>>>();
  const inFlight = new Set<Promise<SegmentData>>();
  let done = 0;
  // Bound the article texts held in memory: at most a few batches per worker are in flight.
  const maxInFlight = Math.max(2, pool.size * 2);

  const dispatch = async (analyzer: string, docs: IndexDoc[]) => {
    const count = docs.length; // the texts must not stay reachable from the callbacks below
    const job = pool.build(docs, analyzer);
    built.set(analyzer, [...(built.get(analyzer) ?? []), job]);
    inFlight.add(job);
    const settle = () => {
      inFlight.delete(job);
      done += count;
      options.onProgress?.({ done, ...(options.total !== undefined ? { total: options.total } : {}) });
    };
    job.then(settle, settle);
    while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
  };

  for await (const doc of source) {
    if (options.signal?.aborted) throw abortError();
    if (meta.has(doc.id)) continue; // the first copy of an id wins
    meta.set(doc.id, docMeta(doc));
    const analyzer = analyzerKeyFor(doc.language);
    const batch = pendingByLanguage.get(analyzer) ?? [];
    batch.push(doc);
    pendingByLanguage.set(analyzer, batch);
    const chars = (charsByLanguage.get(analyzer) ?? 0) + doc.text.length + doc.title.length;
    charsByLanguage.set(analyzer, chars);
    if (batch.length >= batchSize || chars >= batchChars) {
      pendingByLanguage.set(analyzer, []);
      charsByLanguage.set(analyzer, 0);
      await dispatch(analyzer, batch);
    }
  }
  for (const [analyzer, batch] of pendingByLanguage) if (batch.length > 0) await dispatch(analyzer, batch);

  const segments: SegmentData[] = [];
  for (const jobs of built.values()) {
    const parts = await Promise.all(jobs);
    if (options.signal?.aborted) throw abortError();
    segments.push(...(await mergeEvenly(parts, pool)));
  }
  return { segments, meta };
}

/** Merges batches into one segment per worker (merges run in parallel; a query scans few segments). */
async function mergeEvenly(parts: SegmentData[], pool: BuildPool): Promise<SegmentData[]> {
  const outputs = Math.max(1, Math.min(pool.size, Math.floor(parts.length / 2)));
  if (parts.length <= 1) return parts;
  const groups: SegmentData[][] = Array.from({ length: outputs }, () => []);
  parts.forEach((p, i) => groups[Math.floor((i * outputs) / parts.length)]!.push(p));
  return Promise.all(
    groups.map((g) =>
      // The batches are ours alone: their arrays move to the worker without a copy.
      g.length === 1 ? g[0]! : pool.merge(g.map((data) => ({ data, deleted: new Uint8Array(data.docIds.length) }))),
    ),
  );
}
