import type { RawDocument } from '../raw-document';
import { findDate } from './dates';
import { splitByline } from './export-article';
import { languageCode } from './languages';

type TextMeta = Extract<RawDocument, { kind: 'text' }>['meta'];

/**
 * The field names article datasets and scrapers use (news-please, NewsAPI, AllSides, BASIL, our
 * own export, schema.org), first match wins. Keys are compared lower-cased with "-" and "_" removed.
 */
const FIELDS = {
  title: ['title', 'headline', 'heading'],
  outlet: ['outlet', 'source', 'publisher', 'publication', 'sitename', 'sourcename', 'sourcedomain', 'newspaper', 'site'],
  published: ['published', 'datepublished', 'datepublish', 'publishedat', 'publicationdate', 'pubdate', 'date', 'datetime', 'created', 'createdat'],
  url: ['url', 'link', 'uri', 'canonicalurl', 'permalink', 'href'],
  authors: ['authors', 'author', 'byline', 'creator', 'creators', 'by'],
  body: ['body', 'text', 'content', 'articlebody', 'article', 'fulltext', 'maintext', 'bodyparagraphs', 'paragraphs', 'bodytext', 'story'],
  html: ['html', 'rawhtml', 'bodyhtml', 'contenthtml'],
  lede: ['lede', 'description', 'summary', 'subtitle', 'dek', 'standfirst', 'abstract'],
  language: ['language', 'lang', 'inlanguage'],
} as const;

type Field = keyof typeof FIELDS;
const key = (k: string): string => k.toLowerCase().replace(/[-_\s]/g, '');

export function pickField(record: Record<string, unknown>, field: Field): unknown {
  const wanted: readonly string[] = FIELDS[field];
  let best: { rank: number; value: unknown } | undefined;
  for (const [k, value] of Object.entries(record)) {
    const rank = wanted.indexOf(key(k));
    if (rank !== -1 && value != null && value !== '' && (!best || rank < best.rank)) best = { rank, value };
  }
  return best?.value;
}

/** Metadata of a record; values of the wrong shape are ignored rather than failing the record. */
export function recordMeta(record: Record<string, unknown>): TextMeta {
  const meta: TextMeta = { authors: authorsOf(pickField(record, 'authors')) };
  const title = text(pickField(record, 'title'));
  const outlet = nameOf(pickField(record, 'outlet'));
  const published = dateOf(pickField(record, 'published'));
  const url = text(pickField(record, 'url'));
  const lede = text(pickField(record, 'lede'));
  const language = text(pickField(record, 'language'));
  if (title) meta.title = title;
  if (outlet) meta.outlet = outlet;
  if (published) meta.published = published;
  if (url && /^https?:\/\//i.test(url)) meta.url = url;
  if (lede) meta.lede = lede;
  if (language && language.length <= 12) meta.language = languageCode(language) ?? language.toLowerCase();
  return meta;
}

/** Body text: a string, a list of paragraphs, or (BASIL) a list of paragraphs that are lists of sentences. */
export function bodyOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (!Array.isArray(value)) return '';
  return value
    .map((p) => (Array.isArray(p) ? p.filter((s) => typeof s === 'string').join(' ') : typeof p === 'string' ? p : ''))
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** "Reuters", { name: "Reuters" } (NewsAPI, schema.org publisher). */
function nameOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) return text((value as Record<string, unknown>).name);
  return text(value);
}

function authorsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(nameOf).filter((a): a is string => a !== undefined);
  if (value && typeof value === 'object') return [nameOf(value)].filter((a): a is string => a !== undefined);
  return splitByline(text(value));
}

/** ISO strings pass through; epoch seconds/milliseconds and written dates ("Jan 5, 2020") are converted. */
function dateOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value < 1e11 ? value * 1000 : value;
    return new Date(ms).toISOString();
  }
  const s = text(value);
  if (!s) return undefined;
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return s.replace(' ', 'T');
  const written = findDate(s);
  if (written) return written;
  const parsed = Date.parse(s);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}
