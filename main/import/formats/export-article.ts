import type { SourceKind } from '../../../shared/model/article';
import type { RawDocument } from '../raw-document';

/** One article as a research export (Nexis, Factiva) describes it, before it becomes a RawDocument. */
export interface ExportArticle {
  title?: string;
  outlet?: string;
  published?: string;
  authors: string[];
  language?: string;
  lede?: string;
  url?: string;
  body: string[];
}

/**
 * An article with body text becomes a text document whose metadata wins over guessing (the export
 * already knows headline, outlet and date); one without becomes a `failed` part that names it, so
 * the user sees which of the file's articles did not come through.
 */
export function exportArticleToRaw(article: ExportArticle, part: number, sourceKind: SourceKind, label: string): RawDocument {
  const body = article.body.filter((p) => p.trim() !== '');
  if (body.length === 0) {
    const name = article.title ? ` ("${truncate(article.title, 80)}")` : '';
    return { kind: 'failed', part, sourceKind, reason: `${label} article ${part + 1}${name} has no body text in the export` };
  }
  const meta: Extract<RawDocument, { kind: 'text' }>['meta'] = { authors: article.authors };
  if (article.title) meta.title = article.title;
  if (article.outlet) meta.outlet = article.outlet;
  if (article.published) meta.published = article.published;
  if (article.language) meta.language = article.language;
  if (article.lede) meta.lede = article.lede;
  if (article.url) meta.url = article.url;
  return { kind: 'text', text: body.join('\n\n'), meta, parseHeaderLines: false, sourceKind, part };
}

/**
 * "By Jane Doe and John Roe; Staff" → ["Jane Doe", "John Roe", "Staff"]. A comma list is split only
 * when every part looks like a personal name: "Jim Vandehei, Mike Allen" is two people, while
 * "Jane Doe, Washington Correspondent" and "Jane Doe, Reuters" are one credit.
 */
export function splitByline(byline: string | undefined): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*(by|von|par|door|por|di|av)\s+/i, '')
    .split(/\s+and\s+|\s+&\s+|\s*;\s*|\s+und\s+|\s+et\s+/i)
    .flatMap((credit) => {
      const parts = credit.split(/\s*,\s*/);
      return parts.length > 1 && parts.every(looksLikeName) ? parts : [credit];
    })
    .map((a) => a.replace(/^\s*(by|von|par)\s+/i, '').replace(/^["'“]+|["'”]+$/g, '').trim())
    .filter((a) => a !== '');
}

const ROLE = /\b(correspondent|reporter|editor|writer|staff|bureau|contributor|columnist|press|news|times|post|agency|desk|service|wire|chief|senior|special|political|foreign|washington|london)\b/i;

function looksLikeName(part: string): boolean {
  const words = part.replace(/^["'“]+|["'”]+$/g, '').split(/\s+/);
  return words.length >= 2 && words.length <= 5 && !ROLE.test(part) && words.every((w) => /^(\p{Lu}|\p{Lu}\.|(de|da|del|van|von|der|den|di|le|la|al|bin|ibn)$)/u.test(w));
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
