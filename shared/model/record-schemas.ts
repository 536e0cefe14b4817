import { z } from 'zod';
import { ARTICLE_SCHEMA_VERSION, type ArticleRecord } from './article';
import { STORY_SCHEMA_VERSION, type StoryRecord } from './story';

/**
 * Validation of records read from disk. Every record passes through `restore*` on load:
 * current-version records are checked, older versions migrated, anything else rejected with
 * a message that names the bad field (the store then quarantines the file and tells the user).
 */

const sourceKind = z.enum(['html', 'mhtml', 'text', 'markdown', 'pdf', 'docx', 'json', 'nexis', 'factiva', 'paste', 'sample']);
const sentenceRef = z.object({ articleId: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) });

const articleSchema = z.object({
  type: z.literal('parallax-article'),
  schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
  id: z.string().min(1),
  title: z.string(),
  outlet: z.string(),
  outletDomain: z.string().optional(),
  authors: z.array(z.string()),
  published: z.string().optional(),
  url: z.string().optional(),
  language: z.string(),
  lede: z.string().optional(),
  text: z.string(),
  removed: z.array(z.object({ text: z.string(), reason: z.string() })),
  original: z
    .object({ sha256: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number(), part: z.number().optional() })
    .optional(),
  source: z.object({ kind: sourceKind, extractor: z.string(), extractorVersion: z.number() }),
  contentHash: z.string(),
  versionOf: z.string().optional(),
  sharesTextWith: z.array(z.string()).optional(),
  wordCount: z.number(),
  importedAt: z.string(),
  updatedAt: z.string(),
  edited: z.array(z.enum(['title', 'outlet', 'authors', 'published', 'url', 'language', 'lede'])).optional(),
  trashedAt: z.string().optional(),
});

const storySchema = z.object({
  type: z.literal('parallax-story'),
  schemaVersion: z.literal(STORY_SCHEMA_VERSION),
  id: z.string().min(1),
  title: z.string(),
  description: z.string(),
  articleIds: z.array(z.string()),
  corrections: z.array(
    z.object({ kind: z.enum(['link', 'unlink']), a: sentenceRef, b: sentenceRef, createdAt: z.string() }),
  ),
  notes: z.array(z.object({ anchor: sentenceRef, text: z.string(), updatedAt: z.string() })),
  sample: z.boolean().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type RestoreResult<T> = { ok: true; record: T } | { ok: false; problem: string };

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid record';
}

export function restoreArticle(raw: unknown): RestoreResult<ArticleRecord> {
  // Version 1 is the first version: nothing to migrate yet. A migration goes here, keyed on
  // `schemaVersion`, before validation.
  const parsed = articleSchema.safeParse(raw);
  return parsed.success ? { ok: true, record: parsed.data as ArticleRecord } : { ok: false, problem: describe(parsed.error) };
}

export function restoreStory(raw: unknown): RestoreResult<StoryRecord> {
  const parsed = storySchema.safeParse(raw);
  return parsed.success ? { ok: true, record: parsed.data as StoryRecord } : { ok: false, problem: describe(parsed.error) };
}
