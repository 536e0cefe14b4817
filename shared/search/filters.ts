/** Filters and sort orders applied outside the lunr query, on per-article metadata. */
import type { SearchFilters, SearchRequest } from '../model/search';

/** What the engine keeps about each article besides its postings; changes without reindexing. */
export interface SearchDocMeta {
  outlet: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  storyIds: string[];
  language: string;
}

/** A compiled filter: built once per query, applied to every candidate. */
export type DocPredicate = (meta: SearchDocMeta) => boolean;

export function compileFilters(filters: SearchFilters | undefined): DocPredicate | undefined {
  if (!filters) return undefined;
  const checks: DocPredicate[] = [];
  if (filters.outlets && filters.outlets.length > 0) {
    const outlets = new Set(filters.outlets.map((o) => o.toLowerCase()));
    checks.push((m) => outlets.has(m.outlet.toLowerCase()));
  }
  // ISO dates compare as strings; comparing the date part makes `to` inclusive of the whole day.
  const from = filters.from?.slice(0, 10);
  const to = filters.to?.slice(0, 10);
  if (from) checks.push((m) => m.published !== undefined && m.published.slice(0, 10) >= from);
  if (to) checks.push((m) => m.published !== undefined && m.published.slice(0, 10) <= to);
  const storyId = filters.storyId;
  if (storyId) checks.push((m) => m.storyIds.includes(storyId));
  if (filters.notInStory) checks.push((m) => m.storyIds.length === 0);
  if (checks.length === 0) return undefined;
  return (m) => checks.every((check) => check(m));
}

/** Sort keys of the candidates, by candidate index. */
export interface RankKeys {
  scores: ArrayLike<number>;
  published(i: number): string | undefined;
  /**
   * Tie-breaker so equal keys keep a reproducible order. The engine passes index positions:
   * cheaper than ids, and lunr's weights are rounded to 3 decimals, so ties are common.
   */
  tieBreak: ArrayLike<number>;
}

/** Comparator for the requested order; undated articles go last in both date orders. */
export function rankComparator(sort: SearchRequest['sort'], keys: RankKeys): (a: number, b: number) => number {
  const { scores, tieBreak } = keys;
  switch (sort ?? 'relevance') {
    case 'relevance':
      return (a, b) => scores[b]! - scores[a]! || tieBreak[a]! - tieBreak[b]!;
    case 'date-desc':
      return (a, b) => compareStrings(keys.published(b) ?? '', keys.published(a) ?? '') || scores[b]! - scores[a]! || tieBreak[a]! - tieBreak[b]!;
    case 'date-asc':
      return (a, b) =>
        compareStrings(keys.published(a) ?? '\uffff', keys.published(b) ?? '\uffff') || scores[b]! - scores[a]! || tieBreak[a]! - tieBreak[b]!;
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
