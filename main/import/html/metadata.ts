import { parseJsonLdBlocks, type JsonLdArticle } from './json-ld';
import { normaliseLanguageTag } from '../language';
import { normaliseOutletName } from '../../../shared/outlets/outlet-name';
import { splitAuthors } from './authors';
import { decodeEntities } from './entities';

/**
 * Page metadata, each field from the most reliable source that has it:
 * JSON-LD → OpenGraph / article:* → parsely / Dublin Core / plain meta → markup (<time>,
 * rel=author, byline elements) → <title>. Read before Readability runs, because
 * Readability rewrites the document.
 */
export interface PageMetadata {
  title?: string;
  authors: string[];
  published?: string;
  url?: string;
  /** JSON-LD publisher name: the outlet as the page's own structured data names it. */
  publisher?: string;
  /** og:site_name and similar: often right, sometimes a section ("U.S.") or a platform ("Blogger"). */
  siteName?: string;
  language?: string;
  description?: string;
  /** JSON-LD articleBody: a second opinion on the body. */
  jsonLdBody?: string;
}

// Plain tag lookups use getElementsByTagName: in linkedom a selector query costs several times more.
export function readPageMetadata(document: Document, rawHead: string): PageMetadata {
  const meta = metaMap(document);
  const ld: JsonLdArticle | undefined = parseJsonLdBlocks(
    Array.from(document.getElementsByTagName('script'))
      .filter((s) => (s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json')
      .map((s) => s.textContent ?? ''),
  );
  const pick = (...keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v && v.trim());

  const title = ld?.headline ?? pick('og:title', 'parsely-title', 'twitter:title', 'dc.title', 'dcterms.title', 'sailthru.title') ?? documentTitle(document);

  // Sources in order of trust; the markup scan (several tree walks) runs only when the data had no author.
  const authorSources: Array<() => string[]> = [
    () => ld?.authors ?? [],
    () => [pick('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'citation_author') ?? ''],
    () => markupAuthors(document),
  ];
  let authors: string[] = [];
  for (const source of authorSources) {
    authors = splitAuthors(source().join(', '));
    if (authors.length > 0) break;
  }

  const published = normaliseDate(
    ld?.datePublished ??
      pick('article:published_time', 'og:article:published_time', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'dcterms.date', 'dc.date.issued', 'dcterms.created', 'date', 'pubdate', 'publishdate', 'publish-date', 'datepublished', 'article.published', 'citation_publication_date') ??
      timeElementDate(document) ??
      ld?.dateModified,
  );

  const canonical = Array.from(document.getElementsByTagName('link'))
    .find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''))
    ?.getAttribute('href') ?? undefined;
  const url = absoluteUrl(canonical) ?? absoluteUrl(pick('og:url', 'twitter:url', 'parsely-link')) ?? absoluteUrl(ld?.url) ?? savedFromUrl(rawHead);

  const publisher = usableSiteName(ld?.publisher);
  const siteName = usableSiteName(pick('og:site_name', 'application-name', 'dc.publisher', 'dcterms.publisher', 'twitter:site')?.replace(/^@/, ''));

  const language =
    normaliseLanguageTag(document.documentElement?.getAttribute('lang')) ??
    normaliseLanguageTag(document.documentElement?.getAttribute('xml:lang')) ??
    normaliseLanguageTag(pick('content-language', 'dc.language', 'language')) ??
    normaliseLanguageTag(ld?.inLanguage) ??
    normaliseLanguageTag(pick('og:locale'));

  return {
    title: stripSiteSuffix(title, publisher ?? siteName),
    authors,
    published,
    url,
    publisher,
    siteName,
    language,
    description: ld?.description ?? pick('og:description', 'description', 'twitter:description'),
    jsonLdBody: ld?.articleBody,
  };
}

/** Hosting platforms and section names that pages put where their own name belongs. */
const NOT_AN_OUTLET = /^(?:blogger|blogspot|wordpress|wordpress\.com|medium|substack|tumblr|wix|squarespace|ghost|u\.?s\.?|uk|world|news|home|politics|business|opinion|sport|sports|tech|technology|entertainment|lifestyle|local)$/i;

/** A site name from page data, tidied ("Autoracing | F1 | Indy" → "Autoracing"), or undefined when it names no outlet. */
function usableSiteName(raw: string | undefined): string | undefined {
  const first = raw?.split(/\s+[|•·]\s+/)[0]?.replace(/[_\s]+$/, '');
  const name = normaliseOutletName(first);
  return name && !NOT_AN_OUTLET.test(name) ? name : undefined;
}

/** "Headline | Site Name" → "Headline" when the suffix is the outlet's name. */
function stripSiteSuffix(title: string | undefined, siteName: string | undefined): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  if (!siteName) return t;
  const m = /^(.{10,}?)\s+[|–—·:-]\s+(.+)$/.exec(t);
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return m && norm(m[2] ?? '') === norm(siteName) ? m[1] : t;
}

/** All <meta> values by lower-cased name / property / itemprop / http-equiv (first one wins). */
function metaMap(document: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of Array.from(document.getElementsByTagName('meta'))) {
    const content = m.getAttribute('content');
    if (content == null) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, decodeEntities(content.trim()));
    }
  }
  // parsely-page / parsely-metadata carry JSON with the same facts on some sites.
  const parsely = map.get('parsely-page');
  if (parsely) {
    try {
      const p = JSON.parse(parsely) as Record<string, unknown>;
      if (typeof p['title'] === 'string' && !map.has('parsely-title')) map.set('parsely-title', p['title']);
      if (typeof p['pub_date'] === 'string' && !map.has('parsely-pub-date')) map.set('parsely-pub-date', p['pub_date']);
      if (Array.isArray(p['authors']) && !map.has('parsely-author')) map.set('parsely-author', p['authors'].join(', '));
    } catch {
      // Not JSON: ignore, other sources remain.
    }
  }
  return map;
}

function documentTitle(document: Document): string | undefined {
  const h1s = document.getElementsByTagName('h1');
  if (h1s.length === 1) {
    const t = h1s[0]!.textContent?.trim();
    if (t) return t;
  }
  const raw = document.getElementsByTagName('title')[0]?.textContent?.trim();
  // "Headline | Site name" / "Headline - Site": drop the site part when the headline stays substantial.
  const m = raw ? /^(.{15,}?)\s+[|–—·:-]\s+[^|–—·]{2,60}$/.exec(raw) : null;
  return m?.[1] ?? raw ?? undefined;
}

function markupAuthors(document: Document): string[] {
  const selectors = ['[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', 'a[rel="author"]', '.byline__name', '.author-name', '.byline-name', '.byline', '.author'];
  for (const sel of selectors) {
    const found = Array.from(document.querySelectorAll(sel))
      .map((e) => (e.getAttribute('content') ?? e.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((t) => t.length > 1 && t.length < 100);
    if (found.length > 0) return [...new Set(found)];
  }
  return [];
}

function timeElementDate(document: Document): string | undefined {
  const el =
    document.querySelector('[itemprop="datePublished"]') ??
    document.querySelector('article time[datetime]') ??
    document.querySelector('time[datetime]');
  return el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? undefined;
}

/** An ISO 8601 date or date-time; keeps the page's own ISO form (and its offset) when it has one. */
export function normaliseDate(raw: string | undefined): string | undefined {
  const s = raw?.trim();
  if (!s) return undefined;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) {
    // "0001-01-01T00:00:00Z" is a CMS's empty date, not a publication date.
    return Number(s.slice(0, 4)) > 1900 ? s.replace(' ', 'T') : undefined;
  }
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return undefined;
  const year = new Date(ms).getUTCFullYear();
  return year > 1900 && year < 2200 ? new Date(ms).toISOString() : undefined;
}

function absoluteUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** The address browsers and SingleFile write into a saved page's leading comment. */
function savedFromUrl(rawHead: string): string | undefined {
  const m = /<!--\s*saved from url=\(\d+\)(\S+)\s*-->/i.exec(rawHead) ?? /Page saved with SingleFile[\s\S]{0,40}?url:\s*(\S+)/i.exec(rawHead);
  return absoluteUrl(m?.[1]);
}
