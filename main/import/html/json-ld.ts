import { decodeEntities } from './entities';

/**
 * Article facts from schema.org JSON-LD blocks: the most reliable metadata a news page
 * carries (it feeds search engines). Handles arrays, `@graph`, `mainEntity` nesting, and
 * the common sloppiness of real pages (comments, CDATA wrappers, trailing commas, raw
 * newlines inside strings).
 */
export interface JsonLdArticle {
  headline?: string;
  authors: string[];
  datePublished?: string;
  dateModified?: string;
  publisher?: string;
  url?: string;
  inLanguage?: string;
  articleBody?: string;
  description?: string;
}

const ARTICLE_TYPES = /^(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|TechArticle|ScholarlyArticle|SocialMediaPosting|Blog|OpinionNewsArticle|ReportageNewsArticle|AnalysisNewsArticle)$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

export function parseJsonLdBlocks(sources: string[]): JsonLdArticle | undefined {
  const objects: JsonObject[] = [];
  for (const src of sources) {
    const parsed = parseLenient(src);
    if (parsed !== undefined) collectObjects(parsed, objects);
  }
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  if (articles.length === 0) return undefined;
  // Prefer the article carrying a body, then the one with a headline (pages often add stubs for related stories).
  const best = [...articles].sort((a, b) => rank(b) - rank(a))[0]!;
  const byId = new Map(objects.filter((o) => typeof o['@id'] === 'string').map((o) => [o['@id'] as string, o]));
  return {
    headline: str(best['headline']) ?? str(best['name']),
    authors: names(best['author'] ?? best['creator'], byId),
    datePublished: str(best['datePublished']) ?? str(best['dateCreated']),
    dateModified: str(best['dateModified']),
    publisher: names(best['publisher'] ?? best['sourceOrganization'], byId)[0],
    url: str(best['url']) ?? idOf(best['mainEntityOfPage']),
    inLanguage: str(best['inLanguage']) ?? names(best['inLanguage'], byId)[0],
    articleBody: str(best['articleBody']) ?? str(best['text']),
    description: str(best['description']),
  };
}

function rank(o: JsonObject): number {
  return (typeof o['articleBody'] === 'string' ? 4 : 0) + (typeof o['headline'] === 'string' ? 2 : 0) + (o['datePublished'] ? 1 : 0);
}

function parseLenient(src: string): Json | undefined {
  const text = src.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '').trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    try {
      // Raw control characters inside strings and trailing commas are the usual faults.
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json;
    } catch {
      return undefined;
    }
  }
}

/** Every object reachable through arrays, `@graph` and `mainEntity`, iteratively. */
function collectObjects(root: Json, out: JsonObject[]): void {
  const stack: Json[] = [root];
  while (stack.length > 0 && out.length < 500) {
    const v = stack.pop()!;
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      out.push(v);
      for (const key of ['@graph', 'mainEntity', 'itemListElement']) if (v[key]) stack.push(v[key]!);
    }
  }
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(v: Json | undefined): string | undefined {
  // Pages often HTML-escape JSON-LD strings ("&#8216;", "&amp;").
  if (typeof v === 'string' && v.trim()) return decodeEntities(v.trim());
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

function idOf(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && !Array.isArray(v)) return str(v['@id']) ?? str(v['url']);
  return undefined;
}

/** Names from a string, a Person/Organization object, an `@id` reference, or an array of those. */
function names(v: Json | undefined, byId: Map<string, JsonObject>): string[] {
  const out: string[] = [];
  for (const item of Array.isArray(v) ? v : [v]) {
    if (typeof item === 'string' && item.trim()) out.push(item.trim());
    else if (item && typeof item === 'object' && !Array.isArray(item)) {
      const ref = typeof item['@id'] === 'string' ? byId.get(item['@id']) : undefined;
      const name = str(item['name']) ?? (ref ? str(ref['name']) : undefined);
      if (name) out.push(name);
    }
  }
  return out;
}
