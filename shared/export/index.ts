/**
 * Exports of a comparison: pure functions from a Comparison (plus the story's title and notes) to
 * file contents. The view downloads them; the CLI or tests can write them anywhere.
 */
import type { Comparison } from '../compare/types';
import { indexComparison, type ComparisonIndex } from './comparison-index';
import { claimsCsv, factsMatrixCsv } from './csv';
import type { ExportMeta } from './export-meta';
import { comparisonHtml } from './html-report';
import { comparisonMarkdown } from './markdown';

export type ExportFormat = 'html' | 'markdown' | 'facts-csv' | 'claims-csv';

export interface ExportFile {
  fileName: string;
  mediaType: string;
  content: string;
}

/** Builds one export. `ix` may be passed when the caller already indexed the comparison. */
export function exportComparison(format: ExportFormat, comparison: Comparison, meta: ExportMeta = {}, ix: ComparisonIndex = indexComparison(comparison)): ExportFile {
  const base = fileBase(meta.title || 'comparison');
  switch (format) {
    case 'html':
      return { fileName: `${base}.html`, mediaType: 'text/html;charset=utf-8', content: comparisonHtml(ix, meta) };
    case 'markdown':
      return { fileName: `${base}.md`, mediaType: 'text/markdown;charset=utf-8', content: comparisonMarkdown(ix, meta) };
    case 'facts-csv':
      return { fileName: `${base}-facts.csv`, mediaType: 'text/csv;charset=utf-8', content: factsMatrixCsv(ix) };
    case 'claims-csv':
      return { fileName: `${base}-claims.csv`, mediaType: 'text/csv;charset=utf-8', content: claimsCsv(ix, meta) };
    default: {
      const never: never = format;
      throw new Error(`unknown export format: ${String(never)}`);
    }
  }
}

/** A file name from a story title: letters, digits and dashes, at most 60 characters. */
export function fileBase(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'comparison';
}

export { alignedRows, memberDiffers, positionLabel, rowSummary, type AlignedRow, type RowCell } from './aligned-rows';
export { indexComparison, memberText, outletLabels, type ComparisonIndex } from './comparison-index';
export { claimsCsv, csvField, factsMatrixCsv, toCsv } from './csv';
export { diffSegments, type DiffSegment } from './diff-segments';
export { noteForRow, type ExportMeta } from './export-meta';
export { factsMatrix, truncate, type FactCell, type FactGroup, type FactRow } from './facts-matrix';
export { comparisonHtml } from './html-report';
export { comparisonMarkdown } from './markdown';
