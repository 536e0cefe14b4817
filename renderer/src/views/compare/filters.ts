/**
 * Which rows the side-by-side view shows. Filters look only at the visible columns, so hiding an
 * outlet also takes it out of "shared by all" and "only differences".
 */
import type { AlignedRow } from '../../../../shared/export/index';

export type RowFilterKind = 'all' | 'differences' | 'unique' | 'shared-by-all' | 'omitted';

export interface RowFilter {
  kind: RowFilterKind;
  /** For "unique" and "omitted": one outlet's article id, or '' for any. */
  articleId: string;
}

export const FILTER_LABELS: Record<RowFilterKind, string> = {
  all: 'Everything',
  differences: 'Only differences',
  unique: 'Unique to an outlet',
  'shared-by-all': 'Shared by all',
  omitted: 'Omitted by an outlet',
};

/** Cells of the row in the visible columns. */
const carriedIn = (row: AlignedRow, visible: readonly string[]) => visible.filter((id) => row.cells.has(id));

/** A row worth stopping at: wording differs, or some visible outlet does not carry it. */
export function isDifference(row: AlignedRow, visible: readonly string[]): boolean {
  const carried = carriedIn(row, visible);
  if (carried.length === 0) return false;
  if (carried.length < visible.length) return true;
  return carried.some((id) => row.cells.get(id)!.differs);
}

export function rowMatches(row: AlignedRow, filter: RowFilter, visible: readonly string[]): boolean {
  const carried = carriedIn(row, visible);
  if (carried.length === 0) return false;
  switch (filter.kind) {
    case 'all':
      return true;
    case 'differences':
      return isDifference(row, visible);
    case 'unique':
      return row.kind === 'unique' && (!filter.articleId || row.cells.has(filter.articleId));
    case 'shared-by-all':
      return row.kind === 'claim' && carried.length === visible.length;
    case 'omitted':
      if (row.kind !== 'claim' || carried.length < 2) return false;
      return filter.articleId ? visible.includes(filter.articleId) && !row.cells.has(filter.articleId) : carried.length < visible.length;
    default: {
      const never: never = filter.kind;
      return never;
    }
  }
}
