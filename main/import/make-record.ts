import { createHash } from 'node:crypto';
import { ARTICLE_SCHEMA_VERSION, type ArticleRecord, type ExtractedArticle, type OriginalFileRef, type SourceKind } from '../../shared/model/article';
import { outletFromDomain } from '../../shared/outlets/outlet-name';
import { detectLanguage } from './language';

/** Bumped whenever extraction changes enough that "re-extract" is worth offering. */
export const EXTRACTOR_VERSION = 1;

/**
 * An extracted article → a complete library record: outlet falls back to the URL's domain and
 * then to "Unknown outlet", language is detected when the source did not say, and the content
 * hash is taken over whitespace- and case-normalised text so trivial re-saves count as duplicates.
 */
export function makeRecord(
  a: ExtractedArticle,
  opts: { id: string; sourceKind: SourceKind; original?: OriginalFileRef; now: string },
): ArticleRecord {
  const fromUrl = a.url ? safeOutlet(a.url) : undefined;
  const record: ArticleRecord = {
    type: 'parallax-article',
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: opts.id,
    title: a.title.trim() || firstWords(a.text),
    outlet: a.outlet?.trim() || fromUrl?.name || 'Unknown outlet',
    authors: a.authors,
    language: a.language || detectLanguage(a.text),
    text: a.text,
    removed: a.removed,
    source: { kind: opts.sourceKind, extractor: 'parallax', extractorVersion: EXTRACTOR_VERSION },
    contentHash: contentHash(a.text),
    wordCount: countWords(a.text),
    importedAt: opts.now,
    updatedAt: opts.now,
  };
  const domain = a.outletDomain ?? fromUrl?.domain;
  if (domain) record.outletDomain = domain;
  if (a.published) record.published = a.published;
  if (a.url) record.url = a.url;
  if (a.lede) record.lede = a.lede;
  if (opts.original) record.original = opts.original;
  return record;
}

export function contentHash(text: string): string {
  const normalised = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).slice(0, 12).join(' ');
  return words ? `${words}…` : 'Untitled';
}

function safeOutlet(url: string): { name: string; domain: string } | undefined {
  try {
    return outletFromDomain(url);
  } catch {
    return undefined;
  }
}
