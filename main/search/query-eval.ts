/**
 * lunr's `Index.prototype.query`, ported to run over segments. Same clause handling
 * (search pipeline, TokenSet expansion, required / prohibited sets per field, query vector
 * per field with summed boosts, negated queries) and the same score: for each matching
 * field, the dot product of the query vector with lunr's BM25 field vector (weights rounded
 * to 3 decimals, as lunr's builder stores them), divided by the query vector's magnitude.
 * The weights are computed here from term frequencies and field lengths, with statistics of
 * the whole language group, so scores equal a single lunr index over the same documents.
 */
import type { Analyzer } from './analyzers';
import { BM25_B, BM25_K1, FIELD_BOOSTS, FIELD_COUNT, FIELDS } from './index-schema';
import { PostingScratch, type Segment } from './segment';
import { PRESENCE, tokenSetFromClause, type LunrClause } from './lunr-query';
import { intersectSorted, needsExpansion } from './term-expansion';

/** Segments of one language, scored as one lunr index. */
export interface LanguageGroup {
  analyzer: Analyzer;
  segments: Array<{ segment: Segment; base: number }>;
}

/** Query-wide buffers indexed by global document ordinal (segment base + ordinal). */
export class QueryBuffers {
  readonly scores: Float64Array;
  readonly fieldDot: Float64Array;
  readonly requiredCount: Uint16Array;
  readonly clauseStamp: Int32Array;
  readonly fieldSeen: Int32Array;
  readonly prohibited: Uint8Array;
  readonly touched: Uint8Array;
  readonly scratch = new PostingScratch();
  stamp = 0;

  constructor(readonly size: number) {
    this.scores = new Float64Array(size);
    this.fieldDot = new Float64Array(size);
    this.requiredCount = new Uint16Array(size);
    this.clauseStamp = new Int32Array(size);
    this.fieldSeen = new Int32Array(size);
    this.prohibited = new Uint8Array(size);
    this.touched = new Uint8Array(size);
  }
}

export interface GroupResult {
  /** Global ordinals of matching documents. */
  docs: number[];
  /** lunr score of each entry of `docs`. */
  scores: Float64Array;
  /** Indexed terms that matched, per field index: for highlighting. */
  termsByField: Array<Set<string>>;
}

const FIELD_INDEX = new Map<string, number>(FIELDS.map((f, i) => [f, i]));
const { REQUIRED, PROHIBITED } = PRESENCE;

/** Index of a term in each segment's vocabulary (-1 where absent), looked up once per query. */
function termLocator(segments: LanguageGroup['segments']): (term: string) => Int32Array {
  const cache = new Map<string, Int32Array>();
  return (term) => {
    let at = cache.get(term);
    if (!at) {
      at = new Int32Array(segments.length);
      for (let s = 0; s < segments.length; s++) at[s] = segments[s]!.segment.findTerm(term);
      cache.set(term, at);
    }
    return at;
  };
}

/** lunr.idf, from the number of (document, field) postings of a term. */
function lunrIdf(documentsWithTerm: number, documentCount: number): number {
  const x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}

export function evaluateGroup(group: LanguageGroup, clauses: LunrClause[], buf: QueryBuffers): GroupResult {
  const { analyzer, segments } = group;
  const termsByField = FIELDS.map(() => new Set<string>());
  const empty: GroupResult = { docs: [], scores: new Float64Array(0), termsByField };
  let documentCount = 0;
  const lengthSums = new Float64Array(FIELD_COUNT);
  for (const { segment } of segments) {
    documentCount += segment.liveCount;
    for (let f = 0; f < FIELD_COUNT; f++) lengthSums[f]! += segment.liveFieldLengthSums[f]!;
  }
  if (documentCount === 0) return empty;

  const queryVectors = FIELDS.map(() => new Map<string, number>());
  const touchedDocs: number[] = [];
  const resetMarks: number[] = [];
  let requiredClauses = 0;
  let requiredFailed = false;

  const locate = termLocator(segments);
  /** Calls `visit` with (global ordinal, tf) for every live posting of term in field. */
  const eachPosting = (term: string, field: number, visit: (g: number, tf: number) => void): void => {
    const at = locate(term);
    for (let s = 0; s < segments.length; s++) {
      const { segment, base } = segments[s]!;
      const t = at[s]!;
      if (t < 0) continue;
      const n = segment.postings(t, field, buf.scratch);
      const { docs, tfs } = buf.scratch;
      for (let i = 0; i < n; i++) if (!segment.deleted[docs[i]!]) visit(base + docs[i]!, tfs[i]!);
    }
  };

  const expand = (clause: LunrClause): string[] => {
    const found = new Set<string>();
    if (needsExpansion(clause)) {
      const tokenSet = tokenSetFromClause(clause);
      for (const { segment } of segments) intersectSorted(tokenSet, segment.data.terms, found);
    } else if (locate(clause.term).some((t) => t >= 0)) {
      found.add(clause.term);
    }
    return [...found];
  };

  for (const original of clauses) {
    const clause = { ...original };
    const presence = clause.presence;
    const fields = (clause.fields ?? FIELDS).map((f) => FIELD_INDEX.get(f)!);
    const terms = (clause.usePipeline ? analyzer.searchTerms(clause.term, clause.fields ?? [...FIELDS]) : [clause.term]).filter(
      (t) => t.length > 0,
    );
    const stamp = ++buf.stamp;
    if (presence === REQUIRED) {
      requiredClauses++;
      // lunr would throw on a required clause whose pipeline drops every term; we treat it as unmatched.
      if (terms.length === 0) requiredFailed = true;
    }
    for (const term of terms) {
      clause.term = term;
      const expanded = expand(clause);
      if (expanded.length === 0 && presence === REQUIRED) {
        requiredFailed = true;
        break;
      }
      for (const expandedTerm of expanded) {
        for (const f of fields) {
          if (presence === REQUIRED) {
            eachPosting(expandedTerm, f, (g) => {
              if (buf.clauseStamp[g] === stamp) return;
              buf.clauseStamp[g] = stamp;
              if (buf.requiredCount[g]++ === 0) resetMarks.push(g);
            });
          } else if (presence === PROHIBITED) {
            eachPosting(expandedTerm, f, (g) => {
              if (buf.prohibited[g]) return;
              buf.prohibited[g] = 1;
              resetMarks.push(g);
            });
            continue;
          }
          const vector = queryVectors[f]!;
          vector.set(expandedTerm, (vector.get(expandedTerm) ?? 0) + (clause.boost ?? 1));
          termsByField[f]!.add(expandedTerm);
        }
      }
    }
  }

  const docs: number[] = [];
  if (!requiredFailed) {
    const negated = clauses.every((c) => c.presence === PROHIBITED);
    if (negated) {
      for (const { segment, base } of segments) {
        for (let d = 0; d < segment.docCount; d++) if (!segment.deleted[d] && !buf.prohibited[base + d]) docs.push(base + d);
      }
    } else {
      scoreFields(queryVectors, segments, documentCount, lengthSums, buf, touchedDocs, locate);
      for (const g of touchedDocs) {
        if (buf.requiredCount[g] === requiredClauses && !buf.prohibited[g]) docs.push(g);
      }
    }
  }
  const scores = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) scores[i] = buf.scores[docs[i]!]!;
  for (const g of touchedDocs) {
    buf.touched[g] = 0;
    buf.scores[g] = 0;
  }
  for (const g of resetMarks) {
    buf.requiredCount[g] = 0;
    buf.prohibited[g] = 0;
  }
  return { docs, scores, termsByField };
}

/** Adds, per matching field, (query vector · lunr field vector) / |query vector| to each document's score. */
function scoreFields(
  queryVectors: Array<Map<string, number>>,
  segments: LanguageGroup['segments'],
  documentCount: number,
  lengthSums: Float64Array,
  buf: QueryBuffers,
  touchedDocs: number[],
  locate: (term: string) => Int32Array,
): void {
  const counts = new Uint32Array(FIELD_COUNT);
  const idfOf = (term: string): number => {
    let withTerm = 0;
    const at = locate(term);
    for (let s = 0; s < segments.length; s++) {
      const segment = segments[s]!.segment;
      const t = at[s]!;
      if (t < 0) continue;
      segment.fieldCounts(t, counts);
      for (let f = 0; f < FIELD_COUNT; f++) withTerm += counts[f]!;
    }
    return lunrIdf(withTerm, documentCount);
  };
  const idfCache = new Map<string, number>();
  const { fieldDot, fieldSeen, scratch } = buf;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const vector = queryVectors[f]!;
    if (vector.size === 0) continue;
    let sumOfSquares = 0;
    for (const boost of vector.values()) sumOfSquares += boost * boost;
    const magnitude = Math.sqrt(sumOfSquares);
    const average = lengthSums[f]! / documentCount;
    const fieldBoost = FIELD_BOOSTS[f] || 1;
    const fieldDocs: number[] = [];
    const stamp = ++buf.stamp;
    for (const [term, boost] of vector) {
      let idf = idfCache.get(term);
      if (idf === undefined) idfCache.set(term, (idf = idfOf(term)));
      const at = locate(term);
      for (let s = 0; s < segments.length; s++) {
        const { segment, base } = segments[s]!;
        const t = at[s]!;
        if (t < 0) continue;
        const n = segment.postings(t, f, scratch);
        const { docs, tfs } = scratch;
        const lengths = segment.data.fieldLengths;
        for (let i = 0; i < n; i++) {
          const d = docs[i]!;
          if (segment.deleted[d]) continue;
          const tf = tfs[i]!;
          const fieldLength = lengths[d * FIELD_COUNT + f]!;
          // Same expression and rounding as lunr.Builder.prototype.createFieldVectors.
          let score = (idf * ((BM25_K1 + 1) * tf)) / (BM25_K1 * (1 - BM25_B + BM25_B * (fieldLength / average)) + tf);
          score *= fieldBoost;
          const weight = Math.round(score * 1000) / 1000;
          const g = base + d;
          if (fieldSeen[g] !== stamp) {
            fieldSeen[g] = stamp;
            fieldDocs.push(g);
          }
          fieldDot[g]! += boost * weight;
        }
      }
    }
    for (const g of fieldDocs) {
      buf.scores[g]! += fieldDot[g]! / magnitude || 0;
      fieldDot[g] = 0;
      if (!buf.touched[g]) {
        buf.touched[g] = 1;
        touchedDocs.push(g);
      }
    }
  }
}
