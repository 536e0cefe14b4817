import type { ParallaxApi } from '../../shared/api/contract';
import type { ArticleRecord } from '../../shared/model/article';
import type { ImportFileResult } from '../../shared/model/import';
import { failureMessage } from '../import/extract-file';
import { makeRecord } from '../import/make-record';
import { importSources } from '../import/pipeline';
import { nowIso, type ServiceContext } from './context';

type ImportMethods = Pick<ParallaxApi, 'importFiles' | 'reextractArticles'>;

export function importApi(ctx: ServiceContext): ImportMethods {
  const index = async (records: ArticleRecord[]) => {
    await ctx.search.upsert(records);
    ctx.events.emit({ type: 'library-changed', what: 'articles' });
  };

  return {
    async importFiles({ jobId, sources }) {
      const job = ctx.jobs.start(jobId, 'import', sources.length);
      try {
        const report = await importSources(sources, { library: ctx.library, job, extractor: ctx.extractor, outletAliases: ctx.settings.get().outletAliases, onRecords: index });
        job.finish();
        return report;
      } catch (err) {
        job.finish('failed');
        throw err;
      }
    },

    async reextractArticles({ jobId, ids }) {
      const started = Date.now();
      const targets = (ids ?? ctx.library.articles.allSummaries().map((a) => a.id)).filter((id) => ctx.library.articles.has(id));
      const job = ctx.jobs.start(jobId, 'reextract', targets.length);
      const results: ImportFileResult[] = [];
      const changed: ArticleRecord[] = [];
      for (const id of targets) {
        if (job.cancelled) break;
        const article = await ctx.library.articles.get(id);
        if (!article) continue;
        const result = await ctx.library.write(() => reextractOne(ctx, article));
        results.push(result.line);
        if (result.record) changed.push(result.record);
        job.step(article.title);
      }
      await index(changed);
      job.finish();
      const count = (s: ImportFileResult['status']) => results.filter((r) => r.status === s).length;
      return {
        jobId,
        results,
        summary: { files: results.length, imported: count('imported'), articles: changed.length, duplicates: 0, failed: count('failed'), cancelled: targets.length - results.length },
        elapsedMs: Date.now() - started,
      };
    },
  };
}

/**
 * Runs the current extractor over an article's stored original. Keeps the record's identity,
 * import date, links and every field the user edited by hand.
 */
async function reextractOne(ctx: ServiceContext, article: ArticleRecord): Promise<{ line: ImportFileResult; record?: ArticleRecord }> {
  const file = article.original?.fileName ?? article.title;
  const line = (status: ImportFileResult['status'], message: string): ImportFileResult => ({ file, status, message, articles: [] });
  if (!article.original) return { line: line('failed', 'no original file kept (pasted text): nothing to re-extract') };
  const bytes = await ctx.library.originals.get(article.original.sha256);
  if (!bytes) return { line: line('failed', 'the original file is missing from the library') };
  try {
    const parts = await ctx.extractor.extract(bytes, article.original.fileName);
    const part = parts.find((p) => p.part === (article.original!.part ?? 0));
    if (!part) return { line: line('failed', `part ${article.original.part ?? 0} no longer found in the original`) };
    if (!part.ok) return { line: line('failed', part.reason) };
    const fresh = makeRecord(part.article, { id: article.id, sourceKind: part.sourceKind, original: article.original, now: nowIso() });
    const next: ArticleRecord = { ...fresh, importedAt: article.importedAt };
    next.outlet = ctx.settings.get().outletAliases[next.outlet.toLowerCase()] ?? next.outlet;
    for (const key of article.edited ?? []) (next as unknown as Record<string, unknown>)[key] = article[key];
    if (article.edited) next.edited = article.edited;
    if (article.versionOf) next.versionOf = article.versionOf;
    if (article.sharesTextWith) next.sharesTextWith = article.sharesTextWith;
    if (article.trashedAt) next.trashedAt = article.trashedAt;
    await ctx.library.articles.put(next);
    return {
      line: { file, status: 'imported', message: 're-extracted', articles: [{ id: next.id, title: next.title, outlet: next.outlet }] },
      record: next,
    };
  } catch (err) {
    return { line: line('failed', failureMessage(err)) };
  }
}
