/**
 * CSV exports (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * quote or line break, quotes doubled). A UTF-8 byte-order mark leads the file so spreadsheet
 * programs read accents and curly quotes correctly. Text that a spreadsheet would run as a
 * formula (= + - @ at the start) is prefixed with an apostrophe, a common guard against CSV
 * injection, since article text is untrusted.
 */
import { alignedRows, positionLabel, rowSummary } from './aligned-rows';
import type { ComparisonIndex } from './comparison-index';
import { factsMatrix } from './facts-matrix';
import type { ExportMeta } from './export-meta';
import { noteForRow } from './export-meta';

export const CSV_BOM = '\uFEFF';

export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | undefined>>): string {
  return CSV_BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One line per fact, one column per outlet: what each writes, empty when it does not carry the fact. */
export function factsMatrixCsv(ix: ComparisonIndex): string {
  const articles = ix.comparison.articles;
  const header = ['group', 'kind', 'fact', 'disagreement', 'carried_by', ...articles.map((a) => ix.label(a.id))];
  const lines = factsMatrix(ix).map((f) => [f.group, f.kind, f.label, f.disagreement, f.cells.size, ...articles.map((a) => f.cells.get(a.id)?.text ?? '')]);
  return toCsv([header, ...lines]);
}

/**
 * One line per sentence-or-claim member, with its outlet, URL, authors and date on every line so
 * a filtered spreadsheet still says where each line came from.
 */
export function claimsCsv(ix: ComparisonIndex, meta: ExportMeta = {}): string {
  const header = [
    'row', 'row_type', 'claim_id', 'carried_by', 'of', 'summary', 'outlet', 'headline', 'url', 'authors', 'published',
    'position', 'start', 'end', 'wording', 'shared_copy', 'text', 'note',
  ];
  const lines: Array<Array<string | number | boolean | undefined>> = [];
  for (const row of alignedRows(ix)) {
    const note = noteForRow(row, meta.notes ?? [])?.text ?? '';
    for (const a of ix.comparison.articles) {
      const cell = row.cells.get(a.id);
      if (!cell) continue;
      lines.push([
        row.index + 1,
        row.kind === 'claim' ? 'shared' : 'unique',
        row.claim?.id ?? '',
        row.carriedBy,
        row.of,
        rowSummary(row, ix.label),
        ix.label(a.id),
        a.title,
        a.url ?? '',
        a.authors.join('; '),
        a.published ?? '',
        positionLabel(cell.position, cell.paragraph),
        cell.start,
        cell.end,
        row.kind === 'unique' ? 'unique' : cell.isBase ? 'base' : cell.differs ? 'differs' : 'same',
        cell.sharedCopy,
        cell.text,
        note,
      ]);
    }
  }
  return toCsv([header, ...lines]);
}
