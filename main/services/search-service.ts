import type { ArticleRecord } from '../../shared/model/article';
import type { SearchIndexStatus, SearchRequest, SearchResponse } from '../../shared/model/search';
import type { Library } from '../library/library';
import { existsSync } from 'node:fs';
import { claimIndex } from '../search/index-owner';
import { SearchEngine, type IndexDoc } from '../search/search-engine';
import type { EventBus } from './event-bus';

/**
 * The library's side of search: keeps the engine's documents in step with the article records
 * (add, update, trash, story membership) and gives it the stored text for snippets and phrases.
 */
export class SearchService {
  private textCache = new Map<string, { title: string; text: string }>();

  private constructor(
    private readonly engine: SearchEngine,
    private readonly library: Library,
    private readonly release: (() => Promise<void>) | undefined,
  ) {}

  static async open(library: Library, events: EventBus): Promise<SearchService> {
    // Only one process writes the index folder; the others (a CLI run beside the app) read it and
    // keep their own additions in memory, and the owner picks those up from the records.
    const release = await claimIndex(library.indexDir);
    const workerFile = new URL('./segment-worker.js', import.meta.url);
    const engine = await SearchEngine.open(library.indexDir, {
      onStatus: () => events.emit({ type: 'library-changed', what: 'index' }),
      readOnly: !release,
      ...(existsSync(workerFile) ? { workerUrl: workerFile } : {}),
    });
    const service = new SearchService(engine, library, release);
    library.onExternalChange = () => service.reconcile();
    await service.reconcile();
    return service;
  }

  /**
   * Brings the index in line with the records: after start-up (a missing or outdated index is
   * rebuilt in the background while searches answer from what is there), after a crash between a
   * record write and its indexing, and after another process changed the library.
   */
  async reconcile(): Promise<void> {
    const live = new Set(this.library.articles.allSummaries().filter((a) => !a.trashedAt).map((a) => a.id));
    const indexed = new Set(this.engine.documentIds());
    const missing = [...live].filter((id) => !indexed.has(id));
    const extra = [...indexed].filter((id) => !live.has(id));
    if (extra.length > 0) await this.engine.remove(extra);
    if (missing.length === 0) return;
    if (indexed.size === 0 && missing.length > 1000) {
      void this.engine.rebuild(this.docs(missing));
      return;
    }
    const stories = this.library.storiesByArticle();
    for (let i = 0; i < missing.length; i += 200) {
      const batch: IndexDoc[] = [];
      for (const id of missing.slice(i, i + 200)) {
        const a = await this.library.articles.get(id);
        if (a && !a.trashedAt) batch.push(toIndexDoc(a, stories.get(id) ?? []));
      }
      if (batch.length > 0) await this.engine.add(batch);
    }
  }

  private async *docs(ids: string[]): AsyncIterable<IndexDoc> {
    const stories = this.library.storiesByArticle();
    for (const id of ids) {
      const a = await this.library.articles.get(id);
      if (a && !a.trashedAt) yield toIndexDoc(a, stories.get(id) ?? []);
    }
  }

  async upsert(articles: ArticleRecord[]): Promise<void> {
    const stories = this.library.storiesByArticle();
    const live = articles.filter((a) => !a.trashedAt);
    for (const a of live) this.textCache.delete(a.id);
    if (live.length > 0) await this.engine.add(live.map((a) => toIndexDoc(a, stories.get(a.id) ?? [])));
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) this.textCache.delete(id);
    await this.engine.remove(ids);
  }

  refreshStories(): void {
    const stories = this.library.storiesByArticle();
    for (const a of this.library.articles.allSummaries()) this.engine.updateMeta(a.id, { storyIds: stories.get(a.id) ?? [] });
  }

  search(req: SearchRequest): SearchResponse {
    return this.engine.search(req, (id) => this.text(id));
  }

  status(): SearchIndexStatus {
    return this.engine.status();
  }

  /** Resolves when pending index work (saves, merges) is done. */
  idle(): Promise<void> {
    return this.engine.idle();
  }

  async close(): Promise<void> {
    await this.engine.close();
    await this.release?.();
  }

  private text(id: string): { title: string; text: string } | undefined {
    const cached = this.textCache.get(id);
    if (cached) return cached;
    const a = this.library.articles.getSync(id);
    if (!a) return undefined;
    const entry = { title: a.title, text: a.text };
    if (this.textCache.size > 500) this.textCache.delete(this.textCache.keys().next().value!);
    this.textCache.set(id, entry);
    return entry;
  }
}

export function toIndexDoc(a: ArticleRecord, storyIds: string[]): IndexDoc {
  const doc: IndexDoc = { id: a.id, title: a.title, outlet: a.outlet, authors: a.authors, text: a.text, language: a.language, storyIds };
  if (a.published) doc.published = a.published;
  return doc;
}
