/**
 * The Markdown export: the story's title and articles (outlet, headline, date, authors, URL),
 * then the engine's own readable report (the same one `parallax compare --format md` prints),
 * then the user's row notes.
 */
import { renderComparisonMarkdown } from '../compare/markdown';
import { alignedRows, rowSummary } from './aligned-rows';
import type { ComparisonIndex } from './comparison-index';
import { noteForRow, type ExportMeta } from './export-meta';
import { truncate } from './facts-matrix';

export function comparisonMarkdown(ix: ComparisonIndex, meta: ExportMeta = {}): string {
  const c = ix.comparison;
  const out: string[] = [`# ${oneLine(meta.title || `Comparison of ${c.articles.length} articles`)}`, ''];
  if (meta.description) out.push(oneLine(meta.description), '');
  out.push(`_${c.articles.length} articles compared by Parallax (engine ${c.engine.version})${meta.generatedAt ? ` on ${meta.generatedAt.slice(0, 10)}` : ''}._`, '');
  out.push('## Articles', '', '| Outlet | Headline | Published | Authors | URL |', '|---|---|---|---|---|');
  for (const a of c.articles) {
    out.push(`| ${cell(ix.label(a.id))} | ${cell(a.title)} | ${cell(a.published?.slice(0, 10) ?? '')} | ${cell(a.authors.join(', '))} | ${a.url ? `<${a.url}>` : ''} |`);
  }
  out.push('');
  // The engine's report starts with its own H1; ours replaces it, its sections become ours.
  const report = renderComparisonMarkdown(c).replace(/^# [^\n]*\n+/, '');
  out.push(report.trimEnd(), '');
  const notes = notesSection(ix, meta);
  if (notes.length) out.push('## Notes', '', ...notes, '');
  return out.join('\n');
}

function notesSection(ix: ComparisonIndex, meta: ExportMeta): string[] {
  if (!meta.notes?.length) return [];
  const lines: string[] = [];
  for (const row of alignedRows(ix)) {
    const note = noteForRow(row, meta.notes);
    if (!note) continue;
    const first = [...row.cells.values()][0]!;
    lines.push(`- Row ${row.index + 1} (${rowSummary(row, ix.label)}: “${oneLine(truncate(first.text, 80))}”): ${oneLine(note.text)}`);
  }
  return lines;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const cell = (s: string) => oneLine(s).replace(/\|/g, '\\|');
