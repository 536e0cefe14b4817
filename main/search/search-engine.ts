/**
 * Desktop search over the whole library: lunr's query language, pipeline and scoring over
 * segmented, compact, persistent postings. Adds become new small segments (searchable as
 * soon as `add` resolves), deletes are tombstones, segments merge in the background, and a
 * full rebuild runs on worker threads while the old index keeps answering.
 */
import { randomUUID } from 'node:crypto';
import type { SearchIndexStatus, SearchRequest, SearchResponse } from '../../shared/model/search';
import type { SearchDocMeta } from '../../shared/search/filters';
import { analyzerKeyFor } from './analyzers';
import { BuildPool, copyForTransfer, type BuildPoolOptions } from './build-pool';
import { buildFromSource, docMeta, type RebuildProgress } from './index-rebuild';
import type { IndexDoc } from './index-schema';
import { commitIndex, loadIndex, saveSegment } from './index-store';
import { DEFAULT_MERGE_POLICY, pickMerge, type MergePolicy } from './merge-policy';
import { QueryBuffers } from './query-eval';
import { runSearch, type GetText, type RunOptions, type SearchView } from './search-run';
import { Segment } from './segment';
import { buildSearchView } from './search-view';
import { buildSegment } from './segment-build';

export type { IndexDoc } from './index-schema';

export interface SearchEngineOptions extends BuildPoolOptions {
  onStatus?: (status: SearchIndexStatus) => void;
  /** Where to rebuild from when the saved index is missing pieces, corrupt or outdated. */
  source?: () => AsyncIterable<IndexDoc>;
  mergePolicy?: MergePolicy;
  /** Batches at most this big are built on the calling thread (faster than a worker round trip). */
  inlineBuildLimit?: number;
  /**
   * Another process owns the index on disk: load it, keep changes in memory, never write. Only
   * one process commits to an index folder, so two writers cannot drop each other's segments.
   */
  readOnly?: boolean;
}

/** Changes made while a rebuild reads the library: replayed onto the rebuilt index. */
interface RebuildLog {
  added: Map<string, IndexDoc>;
  removed: Set<string>;
  meta: Map<string, Partial<Pick<IndexDoc, 'outlet' | 'published' | 'storyIds'>>>;
}

export class SearchEngine {
  private segments: Segment[] = [];
  private locations = new Map<string, { segment: Segment; ord: number }>();
  private meta = new Map<string, SearchDocMeta>();
  private view: SearchView | undefined;
  private buffers: QueryBuffers | undefined;
  private state: SearchIndexStatus['state'] = 'empty';
  private progress: number | undefined;
  private lastError: string | undefined;
  private generation = 0;
  private readonly saved = new Set<string>();
  private mutations: Promise<unknown> = Promise.resolve();
  private persisting: Promise<void> = Promise.resolve();
  private persistQueued = false;
  private metaTimer: NodeJS.Timeout | undefined;
  private merging: Promise<void> | undefined;
  private rebuildLog: RebuildLog | undefined;
  private readonly pool: BuildPool;
  private closed = false;

  private constructor(
    private readonly dir: string,
    private readonly options: SearchEngineOptions,
  ) {
    this.pool = new BuildPool(options);
  }

  static async open(dir: string, opts: SearchEngineOptions = {}): Promise<SearchEngine> {
    const engine = new SearchEngine(dir, opts);
    const loaded = await loadIndex(dir);
    if (loaded.kind === 'loaded' && [...loaded.segments].every((s) => s.data.docIds.every((id, d) => s.deleted[d] || loaded.meta.has(id)))) {
      engine.generation = loaded.generation;
      engine.installSegments(loaded.segments, loaded.meta);
      for (const s of loaded.segments) engine.saved.add(s.id);
      engine.state = engine.locations.size > 0 ? 'ready' : 'empty';
    } else if (loaded.kind !== 'missing') {
      engine.lastError = loaded.kind === 'unusable' ? loaded.reason : 'saved search index lists articles it has no metadata for';
    }
    // Searches answer from nothing (or what loaded) while the rebuild runs in the background.
    if (engine.lastError && opts.source) void engine.rebuild(opts.source()).catch(() => undefined);
    return engine;
  }

  /** Indexes new articles, or new versions of indexed ones, as a new segment. */
  add(docs: IndexDoc[]): Promise<void> {
    const batch = [...new Map(docs.map((d) => [d.id, d])).values()];
    for (const d of batch) if (!d.id || d.id.includes('\n')) throw new Error(`search: invalid article id ${JSON.stringify(d.id)}`);
    if (batch.length === 0) return Promise.resolve();
    for (const d of batch) this.rebuildLog?.added.set(d.id, d);
    return this.mutate(async () => {
      const byLanguage = new Map<string, IndexDoc[]>();
      for (const d of batch) {
        const key = analyzerKeyFor(d.language);
        byLanguage.set(key, [...(byLanguage.get(key) ?? []), d]);
      }
      const inline = batch.length <= (this.options.inlineBuildLimit ?? 200);
      const built = await Promise.all(
        [...byLanguage].map(([key, group]) => (inline ? Promise.resolve(buildSegment(group, key)) : this.pool.build(group, key))),
      );
      for (const d of batch) this.forget(d.id);
      const segments = built.map((data) => new Segment(newSegmentId(), data));
      for (const d of batch) this.meta.set(d.id, docMeta(d));
      this.installSegments([...this.segments, ...segments], this.meta);
      if (this.state === 'empty') this.state = 'ready';
      this.emitStatus();
      await this.persist();
      this.scheduleMerge();
    });
  }

  /** Removes articles (tombstones; purged when their segment is merged). */
  remove(ids: string[]): Promise<void> {
    for (const id of ids) {
      this.rebuildLog?.removed.add(id);
      this.rebuildLog?.added.delete(id);
    }
    return this.mutate(async () => {
      let changed = false;
      for (const id of ids) changed = this.forget(id) || changed;
      if (!changed) return;
      this.view = undefined;
      if (this.locations.size === 0 && this.state === 'ready') this.state = 'empty';
      this.emitStatus();
      await this.persist();
      this.scheduleMerge();
    });
  }

  /** Outlet, date or story membership changed: filters see it at once, no reindexing. */
  updateMeta(id: string, patch: Partial<Pick<IndexDoc, 'outlet' | 'published' | 'storyIds'>>): void {
    if (this.rebuildLog) this.rebuildLog.meta.set(id, { ...this.rebuildLog.meta.get(id), ...patch });
    // Changed in place: the search view holds these objects by ordinal.
    const current = this.meta.get(id);
    if (!current) return;
    if (patch.outlet !== undefined) current.outlet = patch.outlet;
    if ('published' in patch) {
      if (patch.published) current.published = patch.published;
      else delete current.published;
    }
    if (patch.storyIds !== undefined) current.storyIds = [...patch.storyIds];
    // Batch metadata writes: story edits can touch hundreds of articles in a row.
    clearTimeout(this.metaTimer);
    this.metaTimer = setTimeout(() => void this.persist(), 300);
  }

  /** `options.snippets: false` skips titles, highlights and snippets (e.g. counting, CLI ids). */
  search(req: SearchRequest, getText: GetText, options?: RunOptions): SearchResponse {
    try {
      return runSearch(this.currentView(), req, getText, options);
    } catch (error) {
      const message = `Search failed: ${(error as Error)?.message ?? String(error)}`;
      return { hits: [], total: 0, tookMs: 0, problem: { message, start: 0, end: req.query.length } };
    }
  }

  /**
   * Rebuilds the whole index from `source` on worker threads; searches answer from the old
   * index until the new one is swapped in. Changes made meanwhile are replayed afterwards.
   */
  async rebuild(
    source: AsyncIterable<IndexDoc> | Iterable<IndexDoc>,
    onProgress?: (p: RebuildProgress) => void,
    signal?: AbortSignal,
    options: { total?: number; batchSize?: number } = {},
  ): Promise<void> {
    if (this.rebuildLog) throw new Error('search: a rebuild is already running');
    this.rebuildLog = { added: new Map(), removed: new Set(), meta: new Map() };
    this.state = this.locations.size > 0 ? 'rebuilding' : 'building';
    this.progress = 0;
    this.emitStatus();
    try {
      const rebuilt = await buildFromSource(source, this.pool, {
        ...options,
        ...(signal ? { signal } : {}),
        onProgress: (p) => {
          if (p.total) this.progress = Math.min(1, p.done / p.total);
          onProgress?.(p);
          this.emitStatus();
        },
      });
      const log = this.rebuildLog;
      await this.mutate(async () => {
        await this.merging;
        this.saved.clear();
        this.installSegments(
          rebuilt.segments.map((data) => new Segment(newSegmentId(), data)),
          rebuilt.meta,
        );
        this.rebuildLog = undefined;
        for (const id of log.removed) this.forget(id);
        for (const [id, patch] of log.meta) this.updateMeta(id, patch);
        this.lastError = undefined;
      });
      if (log.added.size > 0) await this.add([...log.added.values()]);
      await this.persist();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') this.lastError = `search index rebuild failed: ${(error as Error).message}`;
      throw error;
    } finally {
      this.rebuildLog = undefined;
      this.progress = undefined;
      this.state = this.locations.size > 0 ? 'ready' : 'empty';
      this.emitStatus();
    }
  }

  /** Ids of the documents the index holds now (for reconciling it with the library's records). */
  documentIds(): string[] {
    return [...this.locations.keys()];
  }

  status(): SearchIndexStatus {
    const s: SearchIndexStatus = { state: this.state, documents: this.locations.size, segments: this.segments.length };
    if (this.progress !== undefined) s.progress = this.progress;
    if (this.lastError) s.lastError = this.lastError;
    return s;
  }

  /** Waits for background merges and writes, then stops the workers. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.mutations.catch(() => undefined);
    await this.merging;
    if (this.metaTimer) {
      clearTimeout(this.metaTimer);
      await this.persist();
    }
    await this.persisting;
    await this.pool.close();
  }

  /** Resolves when queued changes, merges and writes are done (tests, benchmarks). */
  async idle(): Promise<void> {
    for (;;) {
      const pending = [this.mutations, this.merging, this.persisting];
      await Promise.all(pending.map((p) => p?.catch(() => undefined)));
      if (pending[0] === this.mutations && pending[1] === this.merging && pending[2] === this.persisting) return;
    }
  }

  private mutate<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.mutations.then(fn, fn);
    this.mutations = run.catch(() => undefined);
    return run;
  }

  /** Tombstones the indexed copy of `id`, if any. */
  private forget(id: string): boolean {
    const at = this.locations.get(id);
    if (!at) return false;
    at.segment.delete(at.ord);
    this.locations.delete(id);
    this.meta.delete(id);
    this.view = undefined;
    return true;
  }

  private installSegments(segments: Segment[], meta: Map<string, SearchDocMeta>): void {
    this.segments = segments.filter((s) => s.docCount > 0);
    this.meta = meta;
    this.locations = new Map();
    for (const segment of this.segments) {
      const ids = segment.data.docIds;
      for (let ord = 0; ord < ids.length; ord++) {
        if (segment.deleted[ord]) continue;
        const previous = this.locations.get(ids[ord]!);
        if (previous) previous.segment.delete(previous.ord); // a later segment holds the newer version
        this.locations.set(ids[ord]!, { segment, ord });
      }
    }
    this.view = undefined;
  }

  private currentView(): SearchView {
    if (this.view) return this.view;
    const total = this.segments.reduce((n, s) => n + s.docCount, 0);
    if (!this.buffers || this.buffers.size < total) this.buffers = new QueryBuffers(Math.ceil(total * 1.25) + 64);
    this.view = buildSearchView(this.segments, this.meta, this.buffers);
    return this.view;
  }

  /** Saves new segments and commits the current state; calls made while one runs share the next write. */
  private persist(): Promise<void> {
    if (this.options.readOnly) return this.persisting;
    if (this.persistQueued) return this.persisting;
    this.persistQueued = true;
    this.persisting = this.persisting.then(async () => {
      this.persistQueued = false;
      const segments = this.segments;
      try {
        for (const s of segments) {
          if (this.saved.has(s.id)) continue;
          await saveSegment(this.dir, s.id, s.data);
          this.saved.add(s.id);
        }
        await commitIndex(this.dir, ++this.generation, segments, new Map(this.meta));
      } catch (error) {
        this.lastError = `could not save the search index: ${(error as Error).message}`;
        this.emitStatus();
      }
    });
    return this.persisting;
  }

  /** Starts the next merge the policy asks for, in the background; one merge at a time. */
  private scheduleMerge(): void {
    if (this.merging || this.closed) return;
    const inputs = pickMerge(this.segments, this.options.mergePolicy ?? DEFAULT_MERGE_POLICY);
    if (!inputs) return;
    const snapshot = inputs.map((s) => s.deleted.slice());
    this.merging = this.pool
      .merge(inputs.map((s, i) => ({ data: copyForTransfer(s.data), deleted: snapshot[i]! })))
      .then(async (data) => {
        if (!inputs.every((s) => this.segments.includes(s))) return; // a rebuild replaced them meanwhile
        const merged = new Segment(newSegmentId(), data);
        const ordOf = new Map(data.docIds.map((id, ord) => [id, ord]));
        inputs.forEach((s, i) => {
          // Deletions made while the merge ran apply to the merged copy too.
          for (let ord = 0; ord < s.deleted.length; ord++) {
            if (s.deleted[ord] && !snapshot[i]![ord]) merged.delete(ordOf.get(s.data.docIds[ord]!)!);
          }
        });
        const at = this.segments.indexOf(inputs[0]!);
        const rest = this.segments.filter((s) => !inputs.includes(s));
        rest.splice(Math.min(at, rest.length), 0, merged);
        this.installSegments(rest, this.meta);
        this.emitStatus();
        await this.persist();
      })
      .catch((error: Error) => {
        this.lastError = `search index merge failed: ${error.message}`;
      })
      .finally(() => {
        this.merging = undefined;
        this.scheduleMerge();
      });
  }

  private emitStatus(): void {
    this.options.onStatus?.(this.status());
  }
}

function newSegmentId(): string {
  return `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
}
