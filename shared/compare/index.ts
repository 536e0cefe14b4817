/**
 * The comparison engine: which claims, names, numbers, quotes and words each outlet carries,
 * changes or leaves out. Pure TypeScript (no Node, no DOM): the same code runs in main, in a
 * worker, in the CLI and in tests.
 *
 * Steps, each in its own file: segment + normalise (prepare) → candidates → score → align →
 * group → claims (with word diffs) → facts (entities, numbers, quotes, shared copy) → report
 * (omissions, word choice, coverage, rows). Articles are processed in id order, so the result
 * does not depend on the order they are given in (only `articles` keeps the given order).
 */
import type { Correction } from '../model/story';
import { align } from './align';
import { candidatePairs } from './candidates';
import { buildClaim } from './claims';
import { coverage } from './coverage';
import { cmp, extractEntities } from './entities';
import { groupLinks, type GroupLink } from './group';
import { buildIdf } from './idf';
import { findNumbers, groupNumbers } from './numbers';
import { findOmissions, omissionSources } from './omissions';
import { prepareArticle, type WorkArticle, type WorkSentence } from './prepare';
import { findQuotes, groupQuotes } from './quotes';
import { orderRows } from './rows';
import { PairScores } from './pair-scores';
import { SAME_CLAIM_THRESHOLD, withVectors } from './score';
import { findSharedCopy } from './shared-copy';
import { COMPARISON_SCHEMA_VERSION, type Claim, type Comparison } from './types';
import { unitVectors, type UnitVectors, type WordVectors } from './vectors';
import { distinctiveWords, wordContrasts } from './word-choice';

export { renderComparisonMarkdown } from './markdown';
export type * from './types';
export { COMPARISON_SCHEMA_VERSION } from './types';
export type { WordVectors } from './vectors';

export interface CompareInput {
  id: string;
  outlet: string;
  title: string;
  /** Paragraphs separated by "\n\n". */
  text: string;
  language?: string;
  published?: string;
  url?: string;
  authors?: string[];
  lede?: string;
}

export interface CompareOptions {
  /** The user's term-alias groups, e.g. [["Kiev","Kyiv"]]. */
  aliases?: string[][];
  /** User links/unlinks, re-applied. */
  corrections?: Correction[];
  /** Count case, punctuation, quote style, hyphenation and numeral-vs-word changes as differences. Default false. */
  includeTrivialDifferences?: boolean;
  /** Link score (0..1) above which two sentences are one claim. Default SAME_CLAIM_THRESHOLD (0.5). */
  similarityThreshold?: number;
  /**
   * English word vectors (main/compare/word-vectors.ts loads them in Node). With them, sentences
   * that say the same thing in other words link more often; without them the lexical model scores.
   */
  wordVectors?: WordVectors;
}

export type CompareProgress = (p: { stage: string; done: number; total: number }) => void;

/** Bump when the method changes enough that saved comparisons should be recomputed. */
export const ENGINE_VERSION = 2;

export function compareArticles(articles: CompareInput[], options: CompareOptions = {}, onProgress?: CompareProgress): Comparison {
  const ids = new Set<string>();
  for (const a of articles) {
    if (ids.has(a.id)) throw new Error(`compareArticles: article id "${a.id}" is given twice; pass each article once.`);
    ids.add(a.id);
  }
  const includeTrivial = options.includeTrivialDifferences ?? false;
  const threshold = options.similarityThreshold ?? SAME_CLAIM_THRESHOLD;
  const progress = (stage: string, done: number, total: number) => onProgress?.({ stage, done, total });

  // 1. Segment and normalise, in id order.
  const canonical = [...articles].sort((a, b) => cmp(a.id, b.id));
  const work: WorkArticle[] = canonical.map((a, i) => {
    progress('segment', i, canonical.length);
    return prepareArticle(a, i);
  });
  progress('segment', work.length, work.length);
  const sentences: WorkSentence[] = work.flatMap((a) => a.sentences);
  // The vectors are English: a set with an article in another language is scored lexically throughout.
  const english = work.every((a) => a.record.stemmer === 'lunr-en');
  const vectors = english && options.wordVectors ? unitVectorsOf(options.wordVectors) : undefined;
  const idf = withVectors(buildIdf(sentences.map((s) => s.stems)), vectors);
  const scores = new PairScores(idf);

  // 2. Candidates, scores, one-to-one alignment per article pair.
  progress('align', 0, 1);
  const candidates = candidatePairs(sentences, idf);
  const aligned = align(
    sentences.map((s) => ({ article: s.article, index: s.record.index, tokens: s.tokens, key: s.key })),
    candidates,
    scores,
    threshold,
  );
  progress('align', 1, 1);

  // 3. Corrections, then grouping across outlets.
  const indexOf = new Map(sentences.map((s, i) => [`${s.record.articleId}\u0000${s.record.start}\u0000${s.record.end}`, i]));
  const locate = (r: { articleId: string; start: number; end: number }) =>
    indexOf.get(`${r.articleId}\u0000${r.start}\u0000${r.end}`) ??
    sentences.findIndex((s) => s.record.articleId === r.articleId && s.record.start <= r.start && r.start < s.record.end);
  const forced: GroupLink[] = [];
  const forbidden: Array<[number, number]> = [];
  let stale = 0;
  for (const c of options.corrections ?? []) {
    const a = locate(c.a);
    const b = locate(c.b);
    if (a < 0 || b < 0 || a === b) {
      stale++;
      continue;
    }
    if (c.kind === 'link') forced.push({ a: Math.min(a, b), b: Math.max(a, b), score: 1, forced: true });
    else forbidden.push([a, b]);
  }
  const forbiddenKeys = new Set(forbidden.map(([a, b]) => `${Math.min(a, b)}:${Math.max(a, b)}`));
  const links = [...forced, ...aligned.links.filter((l) => !forbiddenKeys.has(`${l.a}:${l.b}`))];
  const groups = groupLinks(sentences.map((s) => ({ article: s.article, index: s.record.index })), links, forbidden);

  // 4. Claims with their word diffs, numbered in row order.
  const built = groups.map((g, i) => {
    progress('diff', i, groups.length);
    return buildClaim(g, sentences, work, scores, includeTrivial);
  });
  const inClaim = new Set(built.flatMap((b) => b.claim.members.flatMap((m) => m.sentenceIds)));
  built.forEach((b, i) => (b.claim.id = `t${i}`));
  const rows = orderRows(built.map((b) => b.claim), work.map((a) => a.sentences.map((s) => s.record.id)));
  const rename = new Map<string, string>();
  for (const r of rows) if (r.kind === 'claim') rename.set(r.claimId, `c${rename.size + 1}`);
  for (const r of rows) if (r.kind === 'claim') r.claimId = rename.get(r.claimId)!;
  built.forEach((b) => (b.claim.id = rename.get(b.claim.id)!));
  const claims: Claim[] = built.map((b) => b.claim).sort((x, y) => Number(x.id.slice(1)) - Number(y.id.slice(1)));
  const claimOf = new Map<string, string>();
  for (const c of claims) for (const m of c.members) for (const id of m.sentenceIds) claimOf.set(id, c.id);

  // 5. Facts.
  progress('facts', 0, 4);
  const copy = findSharedCopy(work.map((a) => ({ id: a.record.id, text: a.input.text, words: a.sentences.flatMap((s) => s.tokens.filter((t) => t.kind !== 'punct')) })));
  markSharedCopy(sentences, copy, claims);
  progress('facts', 1, 4);
  const commonWords = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (t.kind === 'word' && !t.capitalized) commonWords.add(t.norm);
  const entityTable = extractEntities(work, commonWords);
  const entities = entityTable.entities;
  addEntityEvidence(claims, entities);
  progress('facts', 2, 4);
  const numbers = groupNumbers(
    work.flatMap((a) => [a.headline, ...a.sentences].flatMap((s) => findNumbers(s, s.record.field === 'title' ? a.input.title : a.input.text))),
    claimOf,
  );
  progress('facts', 3, 4);
  const people = entities.filter((e) => e.kind === 'person');
  const label = new Map(entities.map((e) => [e.id, e.label]));
  const quotes = groupQuotes(work.flatMap((a) => findQuotes(a, entityTable, people)), claimOf, scores, includeTrivial, (id) => label.get(id));
  progress('facts', 4, 4);
  const facts = { entities, numbers, quotes };

  // 6. Report: omissions, word choice, coverage.
  progress('report', 0, 1);
  const byId = new Map(sentences.map((s) => [s.record.id, s]));
  const claimLabel = (c: Claim) => {
    const base = c.members.find((m) => m.articleId === c.baseArticleId)!;
    return base.sentenceIds.map((id) => byId.get(id)!.record.text).join(' ');
  };
  const records = work.map((a) => a.record);
  const omissions = findOmissions(omissionSources(claims, facts, claimLabel), records);
  const choiceArticles = work.map((a) => ({ id: a.record.id, words: [a.headline, ...a.sentences].flatMap((s) => s.tokens.filter((t) => t.kind !== 'punct')) }));
  const unique = sentences.filter((s) => !inClaim.has(s.record.id)).map((s) => s.record.id);
  const uniqueByArticle = new Map<string, number>();
  for (const id of unique) {
    const a = byId.get(id)!.record.articleId;
    uniqueByArticle.set(a, (uniqueByArticle.get(a) ?? 0) + 1);
  }
  const inputOrder = new Map(articles.map((a, i) => [a.id, i]));
  const articleRecords = [...records].sort((x, y) => inputOrder.get(x.id)! - inputOrder.get(y.id)!);
  const result: Comparison = {
    type: 'parallax-comparison',
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    engine: { version: ENGINE_VERSION, threshold, includeTrivialDifferences: includeTrivial },
    articles: articleRecords,
    sentences: work.flatMap((a) => [a.headline, ...a.sentences].map((s) => s.record)),
    claims,
    unique,
    rows,
    facts,
    omissions,
    wordChoice: { contrasts: wordContrasts(claims, choiceArticles, options.aliases ?? []), distinctive: distinctiveWords(choiceArticles) },
    sharedCopy: copy,
    coverage: coverage(articleRecords, claims, uniqueByArticle, omissions, facts),
    staleCorrections: stale,
  };
  progress('report', 1, 1);
  return result;
}

/**
 * One unit-vector cache per vector source, kept across comparisons: the engine worker compares
 * story after story with the same vectors, and the words of news reports recur. Bounded: past
 * MAX_CACHED_UNIT_WORDS words the cache starts again (at 400 bytes a word, about 20 MB).
 */
const unitCaches = new WeakMap<WordVectors, UnitVectors>();
const MAX_CACHED_UNIT_WORDS = 50_000;

function unitVectorsOf(source: WordVectors): UnitVectors {
  let cached = unitCaches.get(source);
  if (!cached || cached.size > MAX_CACHED_UNIT_WORDS) unitCaches.set(source, (cached = unitVectors(source)));
  return cached;
}

/** A sentence is shared copy when a verbatim run covers most of it; a claim when all its members are. */
function markSharedCopy(sentences: readonly WorkSentence[], copy: Comparison['sharedCopy'], claims: Claim[]): void {
  const byArticle = new Map<string, Array<{ start: number; end: number }>>();
  for (const c of copy) for (const p of c.passages) byArticle.set(p.articleId, [...(byArticle.get(p.articleId) ?? []), p]);
  const flagged = new Set<string>();
  for (const s of sentences) {
    const ps = byArticle.get(s.record.articleId);
    if (!ps) continue;
    let covered = 0;
    for (const p of ps) covered += Math.max(0, Math.min(p.end, s.record.end) - Math.max(p.start, s.record.start));
    if (covered >= 0.8 * (s.record.end - s.record.start)) {
      s.record.sharedCopy = true;
      flagged.add(s.record.id);
    }
  }
  for (const c of claims) {
    for (const m of c.members) m.sharedCopy = m.sentenceIds.every((id) => flagged.has(id));
    c.sharedCopy = c.members.every((m) => m.sharedCopy);
  }
}

/** Entities named in at least two members of a claim. */
function addEntityEvidence(claims: Claim[], entities: Comparison['facts']['entities']): void {
  const bySentence = new Map<string, Set<string>>();
  for (const e of entities) for (const m of e.mentions) bySentence.set(m.sentenceId, (bySentence.get(m.sentenceId) ?? new Set()).add(e.id));
  for (const c of claims) {
    const count = new Map<string, number>();
    for (const m of c.members) {
      const ids = new Set(m.sentenceIds.flatMap((id) => [...(bySentence.get(id) ?? [])]));
      for (const id of ids) count.set(id, (count.get(id) ?? 0) + 1);
    }
    c.evidence.entities = [...count].filter(([, n]) => n >= 2).map(([id]) => id).sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
  }
}
