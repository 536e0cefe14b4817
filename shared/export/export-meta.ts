/** What the exporters know besides the Comparison: the story's title, description and the user's row notes. */
import type { RowNote } from '../model/story';
import type { AlignedRow } from './aligned-rows';

export interface ExportMeta {
  title?: string;
  description?: string;
  /** ISO date-time the export was made; the reports print it. Left out, no date is printed (stable output for tests). */
  generatedAt?: string;
  notes?: RowNote[];
}

/** The note anchored to one of the row's sentences (a note survives recomputation because it names a sentence, not a row). */
export function noteForRow(row: AlignedRow, notes: readonly RowNote[]): RowNote | undefined {
  for (const n of notes) {
    const cell = row.cells.get(n.anchor.articleId);
    if (cell && n.anchor.start >= cell.start && n.anchor.end <= cell.end) return n;
  }
  return undefined;
}
