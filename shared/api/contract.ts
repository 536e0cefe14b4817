import { z } from 'zod';
import { EDITABLE_ARTICLE_FIELDS, type ArticleRecord, type ArticleSummary } from '../model/article';
import type { ImportReport } from '../model/import';
import type { SearchIndexStatus, SearchResponse } from '../model/search';
import type { Settings } from '../model/settings';
import type { StoryRecord, StorySummary } from '../model/story';
import type { Comparison } from '../compare/types';
import type { AppInfo, ArticleOriginalView, OutletCount, StorySuggestionView } from './contract-types';

/**
 * THE API contract: every operation the UI can ask of the services, with its argument
 * schema (validated at the boundary, in main and in the web server) and its result type.
 *
 * One source of truth for three transports:
 *  - Electron: the preload exposes one function per method name; main registers one handler per
 *    method through `registerHandlers` (a missing handler is a compile error there).
 *  - Browser mode: POST /api/<method> with the JSON arguments.
 *  - In-process (CLI, tests): the service object itself implements `ParallaxApi`.
 * Every method takes exactly one plain-data argument object and resolves to plain data.
 */

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'ids are letters, digits, "_" and "-"');
const ids = z.array(id).max(100_000);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'dates are ISO 8601 (YYYY-MM-DD…)');
const jobId = z.string().min(1).max(100);
const shortText = z.string().max(2_000);

const importSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4_096) }),
  z.object({ kind: z.literal('bytes'), name: z.string().min(1).max(1_000), base64: z.string() }),
  z.object({ kind: z.literal('text'), text: z.string().min(1), name: z.string().max(1_000).optional() }),
]);

const sentenceRef = z.object({ articleId: id, start: z.number().int().min(0), end: z.number().int().min(0) }).strict();
const correction = z
  .object({ kind: z.enum(['link', 'unlink']), a: sentenceRef, b: sentenceRef, createdAt: z.string().max(40) })
  .strict();
const rowNote = z.object({ anchor: sentenceRef, text: z.string().max(10_000), updatedAt: z.string().max(40) }).strict();

const articleFilters = z.object({
  outlets: z.array(shortText).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  storyId: id.optional(),
  notInStory: z.boolean().optional(),
  text: shortText.optional(),
});

const articlePatch = z
  .object({
    title: z.string().min(1).max(2_000),
    outlet: z.string().min(1).max(500),
    authors: z.array(z.string().max(500)).max(100),
    published: z.union([isoDate, z.literal('')]),
    url: z.union([z.url(), z.literal('')]),
    language: z.string().regex(/^([a-z]{2,3}|und)$/, 'language is an ISO 639-1 code such as "en", or "und"'),
    lede: z.string().max(5_000),
  })
  .partial()
  .strict() satisfies z.ZodType<Partial<Record<(typeof EDITABLE_ARTICLE_FIELDS)[number], unknown>>>;

const settingsPatch = z
  .object({
    theme: z.enum(['system', 'light', 'dark']),
    windowState: z.object({
      x: z.number().optional(),
      y: z.number().optional(),
      width: z.number().min(400),
      height: z.number().min(300),
      maximized: z.boolean(),
    }),
    recentStories: z.array(id).max(20),
    aliases: z.array(z.array(z.string().min(1).max(200)).min(2).max(50)).max(5_000),
    libraryPath: z.string().min(1).nullable(),
    groupingWindowDays: z.number().int().min(0).max(60),
    outletAliases: z.record(z.string().max(500), z.string().min(1).max(500)),
  })
  .partial()
  .strict();

/** Phantom marker that carries a method's result type without a runtime value. */
const returns = <T>() => undefined as unknown as T;
const method = <A extends z.ZodType, R>(args: A, result: R) => ({ args, result });

export const apiMethods = {
  // App and settings
  getAppInfo: method(z.object({}).strict(), returns<AppInfo>()),
  getSettings: method(z.object({}).strict(), returns<Settings>()),
  updateSettings: method(z.object({ patch: settingsPatch }).strict(), returns<Settings>()),

  // Library
  listArticles: method(
    z.object({ filters: articleFilters.optional(), trashed: z.boolean().optional() }).strict(),
    returns<ArticleSummary[]>(),
  ),
  getArticle: method(z.object({ id }).strict(), returns<ArticleRecord>()),
  updateArticle: method(z.object({ id, patch: articlePatch }).strict(), returns<ArticleRecord>()),
  trashArticles: method(z.object({ ids }).strict(), returns<{ count: number }>()),
  restoreArticles: method(z.object({ ids }).strict(), returns<{ count: number }>()),
  emptyTrash: method(z.object({}).strict(), returns<{ count: number }>()),
  getOriginal: method(z.object({ id }).strict(), returns<ArticleOriginalView>()),
  listOutlets: method(z.object({}).strict(), returns<OutletCount[]>()),
  /** Treats several outlet names as one ("reuters.com" and "Reuters"): renames the articles and remembers the alias for later imports. */
  mergeOutlets: method(
    z.object({ from: z.array(z.string().min(1).max(500)).min(1).max(100), into: z.string().trim().min(1).max(500) }).strict(),
    returns<{ articles: number }>(),
  ),

  // Import
  importFiles: method(z.object({ jobId, sources: z.array(importSource).min(1).max(100_000) }).strict(), returns<ImportReport>()),
  reextractArticles: method(z.object({ jobId, ids: ids.optional() }).strict(), returns<ImportReport>()),
  cancelJob: method(z.object({ jobId }).strict(), returns<{ cancelled: boolean }>()),

  // Search
  search: method(
    z
      .object({
        query: z.string().max(2_000),
        filters: articleFilters.omit({ text: true }).optional(),
        sort: z.enum(['relevance', 'date-desc', 'date-asc']).optional(),
        limit: z.number().int().min(1).max(1_000).optional(),
        offset: z.number().int().min(0).optional(),
      })
      .strict(),
    returns<SearchResponse>(),
  ),
  getSearchStatus: method(z.object({}).strict(), returns<SearchIndexStatus>()),

  // Stories
  listStories: method(z.object({}).strict(), returns<StorySummary[]>()),
  getStory: method(z.object({ id }).strict(), returns<StoryRecord>()),
  createStory: method(
    z.object({ title: z.string().min(1).max(500), description: z.string().max(5_000).optional(), articleIds: ids.optional() }).strict(),
    returns<StoryRecord>(),
  ),
  updateStory: method(
    z
      .object({ id, patch: z.object({ title: z.string().min(1).max(500), description: z.string().max(5_000) }).partial().strict() })
      .strict(),
    returns<StoryRecord>(),
  ),
  deleteStory: method(z.object({ id }).strict(), returns<{ deleted: boolean }>()),
  setStoryArticles: method(z.object({ id, add: ids.optional(), remove: ids.optional() }).strict(), returns<StoryRecord>()),
  /** Replaces the story's alignment corrections (links/unlinks the user made); they are re-applied on every comparison. */
  setStoryCorrections: method(z.object({ id, corrections: z.array(correction).max(10_000) }).strict(), returns<StoryRecord>()),
  /** Replaces the story's row notes. */
  setStoryNotes: method(z.object({ id, notes: z.array(rowNote).max(10_000) }).strict(), returns<StoryRecord>()),
  /** Proposes stories for the articles that are in none: an existing story they belong to, or a new one grouping several. */
  suggestStories: method(z.object({ windowDays: z.number().int().min(0).max(60).optional() }).strict(), returns<StorySuggestionView[]>()),
  /** Hides a suggestion for good (it is not proposed again). */
  dismissSuggestion: method(z.object({ key: z.string().min(1).max(20_000) }).strict(), returns<{ dismissed: boolean }>()),
  /** Adds the bundled sample story (fictional outlets, one fictional event) to the library. */
  installSampleStory: method(z.object({}).strict(), returns<StoryRecord>()),
  /** Removes the sample story and its articles. */
  removeSampleStory: method(z.object({}).strict(), returns<{ removed: number }>()),

  // Compare
  /** Compares the story's articles, applying its corrections and the user's alias table. */
  compareStory: method(
    z.object({ id, jobId: jobId.optional(), includeTrivialDifferences: z.boolean().optional() }).strict(),
    returns<Comparison>(),
  ),
  /** Compares any 2–50 articles of the library. */
  compareArticles: method(
    z.object({ articleIds: z.array(id).min(2).max(50), jobId: jobId.optional(), includeTrivialDifferences: z.boolean().optional() }).strict(),
    returns<Comparison>(),
  ),
};

export type ApiMethods = typeof apiMethods;
export type MethodName = keyof ApiMethods;
export type ArgsOf<M extends MethodName> = z.input<ApiMethods[M]['args']>;
export type ResultOf<M extends MethodName> = ApiMethods[M]['result'];

/** The whole API as the renderer (and every transport) sees it. */
export type ParallaxApi = { [M in MethodName]: (args: ArgsOf<M>) => Promise<ResultOf<M>> };

export const methodNames = Object.keys(apiMethods) as MethodName[];

/** Largest accepted JSON body per method in browser mode (bytes). Uploads are large; everything else is small. */
export function maxBodyBytes(name: MethodName): number {
  return name === 'importFiles' ? 256 * 1024 * 1024 : 1024 * 1024;
}
