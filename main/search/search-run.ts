/**
 * One search: phrases lifted out, lunr's parser on the rest, lunr's query evaluation per
 * language group, then filters, phrase verification against the stored text, sorting,
 * paging and snippets. Never throws on user input: a malformed query becomes `problem`.
 */
import type { SearchHit, SearchRequest, SearchResponse } from '../../shared/model/search';
import { compileFilters, rankComparator, type SearchDocMeta } from '../../shared/search/filters';
import { containsPhraseWords, extractPhrases, findPhrase, phraseRegExp, type PhraseQuery } from '../../shared/search/query-phrases';
import type { HighlightRange } from '../../shared/model/search';
import { buildSnippets, highlightTokens } from '../../shared/search/snippets';
import { topK } from '../../shared/search/top-k';
import type { Analyzer } from './analyzers';
import { FIELDS } from './index-schema';
import { PRESENCE, parseLunrQuery, type LunrClause } from './lunr-query';
import { termIdsFor } from './term-ids';
import { evaluateGroup, type GroupResult, type LanguageGroup, type QueryBuffers } from './query-eval';

export type GetText = (id: string) => { title: string; text: string } | undefined;

/** What a search reads from the engine: a consistent snapshot. */
export interface SearchView {
  groups: LanguageGroup[];
  buffers: QueryBuffers;
  docId(global: number): string;
  metaAt(global: number): SearchDocMeta | undefined;
}

const TITLE = FIELDS.indexOf('title');
const BODY = FIELDS.indexOf('body');
const DEFAULT_LIMIT = 50;
type Highlighter = (text: string, extra: HighlightRange[]) => HighlightRange[];
/** Phrase checks beyond the page: enough to estimate how many candidates contain the phrase. */
const PHRASE_SAMPLE = 200;

/** Required clauses for a phrase's words, as the group's index pipeline turns them into terms. */
function phraseClauses(phrase: PhraseQuery, analyzer: Analyzer): LunrClause[] {
  const fields = phrase.field ? [phrase.field] : ['title', 'body'];
  const clauses: LunrClause[] = [];
  for (const word of phrase.words) {
    const out = analyzer.indexTerm(word);
    for (const term of out === undefined ? [] : typeof out === 'string' ? [out] : out) {
      clauses.push({ term, fields, boost: 1, usePipeline: false, wildcard: 0, presence: PRESENCE.REQUIRED });
    }
  }
  return clauses;
}

function containsPhrase(doc: { title: string; text: string }, phrase: PhraseQuery): boolean {
  const inTitle = phrase.field !== 'body' && containsPhraseWords(doc.title, phrase.words);
  return inTitle || (phrase.field !== 'title' && containsPhraseWords(doc.text, phrase.words));
}

export interface RunOptions {
  /** false: hits without title, highlights or snippets (no stored text read except to check phrases). */
  snippets?: boolean;
}

export function runSearch(view: SearchView, req: SearchRequest, getText: GetText, options: RunOptions = {}): SearchResponse {
  const started = performance.now();
  const done = (partial: Omit<SearchResponse, 'tookMs'>): SearchResponse => ({ ...partial, tookMs: performance.now() - started });
  const extracted = extractPhrases(req.query);
  if (extracted.problem) return done({ hits: [], total: 0, problem: extracted.problem });
  const parsed = parseLunrQuery(extracted.rest, FIELDS);
  if ('problem' in parsed) return done({ hits: [], total: 0, problem: parsed.problem });
  const positive = extracted.phrases.filter((p) => !p.prohibited);
  const negative = extracted.phrases.filter((p) => p.prohibited);
  if (parsed.clauses.length === 0 && extracted.phrases.length === 0) return done({ hits: [], total: 0 });

  const predicate = compileFilters(req.filters);
  // Candidates as parallel typed arrays: a common word matches thousands of articles.
  const results: GroupResult[] = [];
  const termsByGroup: Array<Array<Set<string>>> = [];
  const mayHaveExcluded = new Set<number>();
  const excludedAreStopWords = negative.some((p) => view.groups.some((g) => phraseClauses(p, g.analyzer).length === 0));
  view.groups.forEach((group, groupIndex) => {
    // With only excluded phrases the clause list is empty: lunr's negated query, every article.
    const clauses = [...parsed.clauses, ...positive.flatMap((p) => phraseClauses(p, group.analyzer))];
    const result = evaluateGroup(group, clauses, view.buffers);
    // An excluded phrase can only occur in articles that have all its words: check just those.
    for (const phrase of negative) {
      const wordClauses = phraseClauses(phrase, group.analyzer);
      if (wordClauses.length === 0) continue;
      for (const g of evaluateGroup(group, wordClauses, view.buffers).docs) mayHaveExcluded.add(g);
    }
    termsByGroup[groupIndex] = result.termsByField;
    results.push(result);
  });
  const capacity = results.reduce((sum, r) => sum + r.docs.length, 0);
  const ords = new Int32Array(capacity);
  const scores = new Float64Array(capacity);
  const groupOf = new Uint16Array(capacity);
  let n = 0;
  results.forEach((result, groupIndex) => {
    for (let i = 0; i < result.docs.length; i++) {
      const g = result.docs[i]!;
      if (predicate) {
        const meta = view.metaAt(g);
        if (!meta || !predicate(meta)) continue;
      }
      ords[n] = g;
      scores[n] = result.scores[i]!;
      groupOf[n++] = groupIndex;
    }
  });
  const compare = rankComparator(req.sort, { scores, published: (i) => view.metaAt(ords[i]!)?.published, tieBreak: ords });
  const offset = Math.max(0, req.offset ?? 0);
  const limit = Math.max(0, req.limit ?? DEFAULT_LIMIT);
  // Highlighters per (group, field): the group's token table and the ids of the terms that matched.
  const highlighters = new Map<string, Highlighter>();
  const highlighter = (group: number, field: number): Highlighter => {
    const key = `${group}/${field}`;
    let h = highlighters.get(key);
    if (!h) {
      const ids = termIdsFor(view.groups[group]!.analyzer.key);
      const matches = ids.matcher(new Set([...termsByGroup[group]![field]!].map((t) => ids.idOf(t))));
      h = (text, extra) => highlightTokens(text, ids.table, matches, extra);
      highlighters.set(key, h);
    }
    return h;
  };
  const toHits = (page: number[]) =>
    page.map((i) => {
      const g = ords[i]!;
      const id = view.docId(g);
      const meta = view.metaAt(g)!;
      if (options.snippets === false) return bareHit(id, scores[i]!, meta);
      return toHit(id, scores[i]!, meta, getText(id), positive, highlighter(groupOf[i]!, TITLE), highlighter(groupOf[i]!, BODY));
    });
  if (extracted.phrases.length === 0) {
    return done({ hits: toHits(topK(n, offset + limit, compare).slice(offset)), total: n });
  }

  // Phrases are checked in the stored text, in result order, after the cheap filters; we stop
  // once the page is full and enough candidates were checked to estimate the total.
  const passes = (i: number): boolean => {
    const g = ords[i]!;
    const checkExcluded = negative.length > 0 && (excludedAreStopWords || mayHaveExcluded.has(g));
    if (positive.length === 0 && !checkExcluded) return true;
    const doc = getText(view.docId(g));
    if (!doc) return positive.length === 0;
    if (!positive.every((p) => containsPhrase(doc, p))) return false;
    return !(checkExcluded && negative.some((p) => containsPhrase(doc, p)));
  };
  let ordered = topK(n, Math.min(n, 2 * Math.max(offset + limit, PHRASE_SAMPLE)), compare);
  const kept: number[] = [];
  let checked = 0;
  while (checked < n) {
    if (kept.length >= offset + limit && checked >= PHRASE_SAMPLE) break;
    if (checked === ordered.length) ordered = topK(n, n, compare); // the first slice ran out: order them all
    const i = ordered[checked++]!;
    if (passes(i)) kept.push(i);
  }
  const hits = toHits(kept.slice(offset, offset + limit));
  if (checked === n) return done({ hits, total: kept.length });
  return done({ hits, total: Math.round((kept.length / checked) * n), totalIsEstimate: true });
}

function bareHit(id: string, score: number, meta: SearchDocMeta): SearchHit {
  const hit: SearchHit = { id, score, title: '', titleHighlights: [], outlet: meta.outlet, language: meta.language, snippets: [] };
  if (meta.published) hit.published = meta.published;
  return hit;
}

function toHit(
  id: string,
  score: number,
  meta: SearchDocMeta,
  stored: { title: string; text: string } | undefined,
  phrases: PhraseQuery[],
  highlightTitle: Highlighter,
  highlightBody: Highlighter,
): SearchHit {
  const doc = stored ?? { title: '', text: '' };
  const phraseRanges = (text: string, field: 'title' | 'body') =>
    phrases.filter((p) => !p.field || p.field === field).flatMap((p) => findPhrase(text, phraseRegExp(p.words)));
  const hit: SearchHit = {
    id,
    score,
    title: doc.title,
    titleHighlights: highlightTitle(doc.title, phraseRanges(doc.title, 'title')),
    outlet: meta.outlet,
    language: meta.language,
    snippets: buildSnippets(doc.text, highlightBody(doc.text, phraseRanges(doc.text, 'body'))),
  };
  if (meta.published) hit.published = meta.published;
  return hit;
}
