/**
 * Per-language, process-wide token → term-id tables for highlighting: a word of a displayed
 * article goes through lunr's pipeline once, then is a hash lookup on every later query.
 */
import { TokenTable } from '../../shared/search/token-table';
import { getAnalyzer } from './analyzers';

/** A token the pipeline drops (stop word, punctuation). */
export const NO_TERM = -1;
const LIMIT = 500_000;

export class TermIds {
  private readonly ids = new Map<string, number>();
  /** Tokens whose pipeline output is several terms: value -2 - index. */
  private readonly multi: number[][] = [];
  table: TokenTable;

  constructor(private readonly analyzerKey: string) {
    this.table = this.newTable();
  }

  /** Id of an indexed term (interned on first use). */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = this.ids.size));
    return id;
  }

  /** Whether a table value stands for one of `termIds`. */
  matcher(termIds: Set<number>): (value: number) => boolean {
    return (value) => (value >= 0 ? termIds.has(value) : value !== NO_TERM && this.multi[-2 - value]!.some((t) => termIds.has(t)));
  }

  /** Drops the tables when they grow past a bound (a long session reading many articles). */
  trim(): void {
    if (this.table.size > LIMIT) this.table = this.newTable();
  }

  private newTable(): TokenTable {
    const analyzer = getAnalyzer(this.analyzerKey);
    return new TokenTable((token) => {
      const out = analyzer.indexTerm(token);
      if (out === undefined) return NO_TERM;
      if (typeof out === 'string') return this.idOf(out);
      this.multi.push(out.map((t) => this.idOf(t)));
      return -1 - this.multi.length;
    });
  }
}

const tables = new Map<string, TermIds>();

export function termIdsFor(analyzerKey: string): TermIds {
  let t = tables.get(analyzerKey);
  if (!t) tables.set(analyzerKey, (t = new TermIds(analyzerKey)));
  t.trim();
  return t;
}
