/**
 * The parts of lunr's query API that @types/lunr leaves out (clause presence, TokenSet.fromClause,
 * QueryParseError's positions), typed once here, plus parsing that never throws.
 */
import lunr from 'lunr';
import type { QuerySyntaxProblem } from '../../shared/model/search';

export interface LunrClause {
  term: string;
  fields: string[];
  boost: number;
  editDistance?: number;
  usePipeline: boolean;
  wildcard: number;
  /** lunr.Query.presence: OPTIONAL 1, REQUIRED 2, PROHIBITED 3. */
  presence: number;
}

export const PRESENCE = lunr.Query.presence as unknown as { OPTIONAL: number; REQUIRED: number; PROHIBITED: number };

export function tokenSetFromClause(clause: LunrClause): lunr.TokenSet {
  return (lunr.TokenSet as unknown as { fromClause(c: LunrClause): lunr.TokenSet }).fromClause(clause);
}

interface ParseError {
  name: string;
  message: string;
  start: number;
  end: number;
}

/** Parses with lunr's own QueryParser; a malformed query becomes a problem with lunr's positions. */
export function parseLunrQuery(query: string, fields: readonly string[]): { clauses: LunrClause[] } | { problem: QuerySyntaxProblem } {
  const q = new lunr.Query([...fields]);
  try {
    const Parser = (lunr as unknown as { QueryParser: new (str: string, query: lunr.Query) => { parse(): void } }).QueryParser;
    new Parser(query, q).parse();
  } catch (error) {
    const e = error as ParseError;
    if (e && e.name === 'QueryParseError') {
      // lunr points past the end when the query stops short ("ferry^"): underline the last character.
      const start = Math.max(0, Math.min(e.start, query.length - 1));
      const end = Math.min(query.length, Math.max(e.end, start + 1));
      return { problem: { message: friendlyMessage(e.message), start, end } };
    }
    return { problem: { message: `Could not read the query: ${String((error as Error)?.message ?? error)}`, start: 0, end: query.length } };
  }
  return { clauses: q.clauses as unknown as LunrClause[] };
}

/** lunr's messages are terse ("expecting term, found nothing"); say what to do. */
function friendlyMessage(message: string): string {
  if (message.startsWith('unrecognised field')) {
    return `${message.replace('unrecognised field', 'Unknown field')}. Fields you can search: title, outlet, authors, body.`;
  }
  if (message.includes('expecting term') || message.includes('expecting a field')) {
    return `${message[0]!.toUpperCase()}${message.slice(1)}: a search term must follow here.`;
  }
  if (message.includes('edit distance') || message.includes('boost')) {
    return `${message[0]!.toUpperCase()}${message.slice(1)}: use a whole number, e.g. term~1 or term^2.`;
  }
  return message[0]!.toUpperCase() + message.slice(1);
}
