/**
 * The article record: one saved report from one outlet, as stored in the library
 * (`articles/<id>.json`). Plain data only: it crosses IPC, HTTP and worker boundaries.
 *
 * `text` is the clean body. Paragraphs are separated by a blank line ("\n\n"); every
 * character offset elsewhere in Parallax (sentences, claims, search highlights) is a
 * `TextOffset` into this string, never into the original HTML.
 */
export const ARTICLE_SCHEMA_VERSION = 1 as const;

/** A UTF-16 code-unit offset into an article's clean `text`. Branded so it cannot be mixed with offsets into HTML or other strings. */
export type TextOffset = number & { readonly __brand: 'TextOffset' };
export const textOffset = (n: number): TextOffset => n as TextOffset;

/** What kind of input an article came from. */
export type SourceKind =
  | 'html'
  | 'mhtml'
  | 'text'
  | 'markdown'
  | 'pdf'
  | 'docx'
  | 'json'
  | 'nexis'
  | 'factiva'
  | 'paste'
  | 'sample';

/** Text the extractor took out of the body (page furniture). Kept so nothing is lost and the reader can show it. */
export interface RemovedText {
  text: string;
  /** Why it was removed, e.g. "advertisement", "newsletter prompt", "repeated in 3 articles of this outlet". */
  reason: string;
}

/** The exact original bytes, stored content-addressed in `originals/<sha256>`. */
export interface OriginalFileRef {
  sha256: string;
  fileName: string;
  mediaType: string;
  size: number;
  /** For multi-article files (Nexis, Factiva, NDJSON): which article of the file this is, 0-based. */
  part?: number;
}

/** Fields a user may edit afterwards; `edited` on the record lists which ones were. */
export const EDITABLE_ARTICLE_FIELDS = ['title', 'outlet', 'authors', 'published', 'url', 'language', 'lede'] as const;
export type EditableArticleField = (typeof EDITABLE_ARTICLE_FIELDS)[number];

export interface ArticleRecord {
  type: 'parallax-article';
  schemaVersion: typeof ARTICLE_SCHEMA_VERSION;
  id: string;
  title: string;
  /** Display name of the outlet ("Reuters"). */
  outlet: string;
  /** Registrable domain the outlet was derived from, when known ("reuters.com"). */
  outletDomain?: string;
  authors: string[];
  /** ISO 8601 date or date-time as published; absent when unknown. */
  published?: string;
  url?: string;
  /** ISO 639-1 code ("en", "ru", "uk") or "und" when undetermined. */
  language: string;
  /** Deck / standfirst line, when the source had one. */
  lede?: string;
  text: string;
  removed: RemovedText[];
  original?: OriginalFileRef;
  source: { kind: SourceKind; extractor: string; extractorVersion: number };
  /** sha256 of the normalised body text: identical content is a duplicate. */
  contentHash: string;
  /** When this is an updated version of an earlier article (same outlet and URL), the earlier article's id. */
  versionOf?: string;
  /** Articles from other outlets that share long verbatim runs with this one (wire copy, syndication). */
  sharesTextWith?: string[];
  wordCount: number;
  importedAt: string;
  updatedAt: string;
  edited?: EditableArticleField[];
  /** Set when moved to the trash; trashed articles are hidden from lists, search and comparisons. */
  trashedAt?: string;
}

/** What lists show: the record without its body. */
export type ArticleSummary = Pick<
  ArticleRecord,
  'id' | 'title' | 'outlet' | 'authors' | 'published' | 'url' | 'language' | 'wordCount' | 'importedAt' | 'trashedAt' | 'versionOf'
> & { storyIds: string[] };

/** Output of extraction, before it becomes a record: what `parallax extract --json` prints. */
export interface ExtractedArticle {
  title: string;
  outlet?: string;
  outletDomain?: string;
  authors: string[];
  published?: string;
  url?: string;
  language?: string;
  lede?: string;
  text: string;
  removed: RemovedText[];
}
