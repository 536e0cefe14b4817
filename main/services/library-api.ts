import type { ArgsOf, ParallaxApi } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { ArticleRecord, ArticleSummary, EditableArticleField } from '../../shared/model/article';
import type { ArticleMeta } from '../library/library';
import { nowIso, type ServiceContext } from './context';
import { viewOriginal } from './original-view';

type LibraryMethods = Pick<
  ParallaxApi,
  'listArticles' | 'getArticle' | 'updateArticle' | 'trashArticles' | 'restoreArticles' | 'emptyTrash' | 'getOriginal' | 'listOutlets' | 'mergeOutlets'
>;

export function libraryApi(ctx: ServiceContext): LibraryMethods {
  const { library, events } = ctx;
  const changed = () => events.emit({ type: 'library-changed', what: 'articles' });

  return {
    async listArticles({ filters, trashed }) {
      await library.sync();
      const storyIndex = library.storiesByArticle();
      const all = library.articles.allSummaries().filter((a) => Boolean(a.trashedAt) === Boolean(trashed));
      return all
        .filter((a) => matchesFilters(a, filters, storyIndex))
        .sort((a, b) => (b.published ?? b.importedAt).localeCompare(a.published ?? a.importedAt))
        .map((a) => toSummary(a, storyIndex));
    },

    async getArticle({ id }) {
      return requireArticle(ctx, id);
    },

    async updateArticle({ id, patch }) {
      return library.write(() => updateArticle(ctx, id, patch));
    },

    async trashArticles({ ids }) {
      const count = await library.write(() => setTrashed(ctx, ids, nowIso()));
      changed();
      return { count };
    },

    async restoreArticles({ ids }) {
      const count = await library.write(() => setTrashed(ctx, ids, undefined));
      changed();
      return { count };
    },

    async emptyTrash() {
      const count = await library.write(async () => {
        const trashed = library.articles.allSummaries().filter((a) => a.trashedAt);
        for (const a of trashed) await library.articles.delete(a.id);
        return trashed.length;
      });
      // Originals stay: they are content-addressed and may be shared; a later "compact" can sweep them.
      changed();
      return { count };
    },

    async getOriginal({ id }) {
      const article = await requireArticle(ctx, id);
      if (!article.original) throw new ApiError('not-found', `"${article.title}" has no original file (it was pasted or created by Parallax)`);
      const bytes = await library.originals.get(article.original.sha256);
      if (!bytes) {
        throw new ApiError('not-found', `the original file of "${article.title}" is missing from the library`, 'Re-import the file to restore it.');
      }
      return viewOriginal(article.original, bytes);
    },

    async listOutlets() {
      await library.sync();
      const counts = new Map<string, number>();
      for (const a of library.articles.allSummaries()) if (!a.trashedAt) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
      return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    },

    async mergeOutlets({ from, into }) {
      const changedRecords = await library.write(() => mergeOutlets(ctx, from, into));
      if (changedRecords > 0) changed();
      return { articles: changedRecords };
    },
  };
}

async function updateArticle(ctx: ServiceContext, id: string, patch: ArgsOf<'updateArticle'>['patch']): Promise<ArticleRecord> {
  const article = await requireArticle(ctx, id);
  const edited = new Set<EditableArticleField>(article.edited ?? []);
  const next: ArticleRecord = { ...article, updatedAt: nowIso() };
  for (const [key, value] of Object.entries(patch) as [EditableArticleField, unknown][]) {
    edited.add(key);
    // An emptied optional field is removed rather than stored as "".
    if (value === '' && (key === 'published' || key === 'url' || key === 'lede')) delete next[key];
    else (next as unknown as Record<string, unknown>)[key] = value;
  }
  next.edited = [...edited];
  await ctx.library.articles.put(next);
  await ctx.search.upsert([next]);
  ctx.events.emit({ type: 'library-changed', what: 'articles' });
  return next;
}

async function mergeOutlets(ctx: ServiceContext, from: string[], into: string): Promise<number> {
  const { library } = ctx;
  const names = new Set(from.map((f) => f.toLowerCase()));
  const changed: ArticleRecord[] = [];
  for (const meta of library.articles.allSummaries()) {
    if (!names.has(meta.outlet.toLowerCase()) || meta.outlet === into) continue;
    const a = await library.articles.get(meta.id);
    if (!a) continue;
    const next: ArticleRecord = { ...a, outlet: into, edited: [...new Set([...(a.edited ?? []), 'outlet' as const])], updatedAt: nowIso() };
    await library.articles.put(next);
    changed.push(next);
  }
  const aliases = { ...ctx.settings.get().outletAliases };
  for (const name of names) if (name !== into.toLowerCase()) aliases[name] = into;
  // An alias that pointed at a merged name now points at the new one.
  for (const [k, v] of Object.entries(aliases)) if (names.has(v.toLowerCase())) aliases[k] = into;
  ctx.settings.update({ outletAliases: aliases });
  await ctx.search.upsert(changed);
  return changed.length;
}

export async function requireArticle(ctx: ServiceContext, id: string): Promise<ArticleRecord> {
  const article = await ctx.library.articles.get(id);
  if (!article) throw new ApiError('not-found', `no article with id "${id}" in this library`);
  return article;
}

async function setTrashed(ctx: ServiceContext, ids: string[], trashedAt: string | undefined): Promise<number> {
  let count = 0;
  for (const id of ids) {
    const article = await ctx.library.articles.get(id);
    if (!article || Boolean(article.trashedAt) === Boolean(trashedAt)) continue;
    const next = { ...article, updatedAt: nowIso() };
    if (trashedAt) next.trashedAt = trashedAt;
    else delete next.trashedAt;
    await ctx.library.articles.put(next);
    count++;
  }
  if (trashedAt) await ctx.search.remove(ids);
  else {
    const restored = await Promise.all(ids.map((id) => ctx.library.articles.get(id)));
    await ctx.search.upsert(restored.filter((a): a is ArticleRecord => a !== undefined));
  }
  return count;
}

function toSummary(a: ArticleMeta, storyIndex: Map<string, string[]>): ArticleSummary {
  const { contentHash: _hash, sourceKind: _kind, ...rest } = a;
  return { ...rest, storyIds: storyIndex.get(a.id) ?? [] };
}

function matchesFilters(a: ArticleMeta, f: ArgsOf<'listArticles'>['filters'], storyIndex: Map<string, string[]>): boolean {
  if (!f) return true;
  if (f.outlets && f.outlets.length > 0 && !f.outlets.includes(a.outlet)) return false;
  const day = a.published?.slice(0, 10);
  if (f.from && (!day || day < f.from)) return false;
  if (f.to && (!day || day > f.to.slice(0, 10))) return false;
  const stories = storyIndex.get(a.id) ?? [];
  if (f.storyId && !stories.includes(f.storyId)) return false;
  if (f.notInStory && stories.length > 0) return false;
  if (f.text) {
    const needle = f.text.toLowerCase();
    if (!a.title.toLowerCase().includes(needle) && !a.outlet.toLowerCase().includes(needle)) return false;
  }
  return true;
}
