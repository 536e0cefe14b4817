import { useRef, type RefObject } from 'react';
import type { ComparisonIndex, ExportFormat } from '../../../../shared/export/index';
import { toggleHidden, type ColumnState } from './columns';
import { FILTER_LABELS, type RowFilter, type RowFilterKind } from './filters';

export interface ToolbarProps {
  ix: ComparisonIndex;
  columns: ColumnState;
  updateColumns: (f: (s: ColumnState) => ColumnState) => void;
  filter: RowFilter;
  setFilter: (f: RowFilter) => void;
  includeTrivial: boolean;
  setIncludeTrivial: (v: boolean) => void;
  greyWire: boolean;
  setGreyWire: (v: boolean) => void;
  narrow: boolean;
  setNarrow: (v: boolean) => void;
  find: string;
  setFind: (v: string) => void;
  findRef: RefObject<HTMLInputElement | null>;
  findStatus: string;
  onFindStep: (delta: 1 | -1) => void;
  onDifference: (delta: 1 | -1) => void;
  shownRows: number;
  totalRows: number;
  onExport: (format: ExportFormat | 'print') => void;
  /** The desktop app writes the PDF itself; the browser goes through its print dialog. */
  savesPdf: boolean;
  showRowTools: boolean;
}

const EXPORTS: Array<{ format: ExportFormat | 'print'; label: string }> = [
  { format: 'html', label: 'HTML report (one self-contained file)' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'claims-csv', label: 'CSV: claims (outlet, URL, author, date per row)' },
  { format: 'facts-csv', label: 'CSV: facts matrix' },
  { format: 'print', label: 'Print / save as PDF…' },
];

/** Filters, display toggles, columns, find, difference navigation and export, above the rows. */
export function Toolbar(p: ToolbarProps) {
  const exportMenu = useRef<HTMLDetailsElement>(null);
  const needsOutlet = p.filter.kind === 'unique' || p.filter.kind === 'omitted';
  return (
    <div className="cmp-toolbar" role="toolbar" aria-label="Comparison tools">
      {p.showRowTools && (
        <>
          <label className="tool">
            <span>Show</span>
            <select value={p.filter.kind} onChange={(e) => p.setFilter({ kind: e.target.value as RowFilterKind, articleId: p.filter.articleId })} aria-label="Which rows to show">
              {Object.entries(FILTER_LABELS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          {needsOutlet && (
            <select value={p.filter.articleId} onChange={(e) => p.setFilter({ ...p.filter, articleId: e.target.value })} aria-label="Which outlet">
              <option value="">any outlet</option>
              {p.ix.comparison.articles.map((a) => (
                <option key={a.id} value={a.id}>
                  {p.ix.label(a.id)}
                </option>
              ))}
            </select>
          )}
          <span className="muted row-count" aria-live="polite">
            {p.shownRows === p.totalRows ? `${p.totalRows} rows` : `${p.shownRows} of ${p.totalRows} rows`}
          </span>
          <span className="tool-group" role="group" aria-label="Differences">
            <button className="small" onClick={() => p.onDifference(-1)} title="Previous difference (Alt+↑)" aria-label="Previous difference (Alt+Up)">
              ↑ diff
            </button>
            <button className="small" onClick={() => p.onDifference(1)} title="Next difference (Alt+↓)" aria-label="Next difference (Alt+Down)">
              ↓ diff
            </button>
          </span>
        </>
      )}
      <span className="tool-group find" role="search">
        <input
          ref={p.findRef}
          type="search"
          value={p.find}
          placeholder="Find in comparison (Ctrl+F)"
          aria-label="Find in comparison"
          onChange={(e) => p.setFind(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') p.onFindStep(e.shiftKey ? -1 : 1);
            if (e.key === 'Escape') p.setFind('');
          }}
        />
        {p.find && (
          <>
            <span className="muted find-status" aria-live="polite">
              {p.findStatus}
            </span>
            <button className="tiny" onClick={() => p.onFindStep(-1)} aria-label="Previous match">
              ↑
            </button>
            <button className="tiny" onClick={() => p.onFindStep(1)} aria-label="Next match">
              ↓
            </button>
          </>
        )}
      </span>
      <details className="menu">
        <summary>View ▾</summary>
        <div className="menu-body">
          <label className="toggle">
            <input type="checkbox" checked={p.includeTrivial} onChange={(e) => p.setIncludeTrivial(e.target.checked)} /> Show trivial differences (case, punctuation, quote style, “5”/“five”)
          </label>
          <label className="toggle">
            <input type="checkbox" checked={p.greyWire} onChange={(e) => p.setGreyWire(e.target.checked)} /> Grey out wire copy, so what each outlet added stands out
          </label>
          <label className="toggle">
            <input type="checkbox" checked={p.narrow} onChange={(e) => p.setNarrow(e.target.checked)} /> Narrow columns (fit more outlets on screen)
          </label>
          <fieldset>
            <legend>Columns</legend>
            {p.columns.order.map((id) => (
              <label key={id} className="toggle">
                <input type="checkbox" checked={!p.columns.hidden.includes(id)} onChange={() => p.updateColumns((s) => toggleHidden(s, id))} /> {p.ix.label(id)}
              </label>
            ))}
          </fieldset>
        </div>
      </details>
      <details className="menu" ref={exportMenu}>
        <summary>Export ▾</summary>
        <div className="menu-body menu-right">
          {EXPORTS.map((x) => (
            <button
              key={x.format}
              className="menu-item"
              onClick={() => {
                exportMenu.current?.removeAttribute('open');
                p.onExport(x.format);
              }}
            >
              {x.format === 'print' && p.savesPdf ? 'PDF (saved to a file you choose)…' : x.label}
            </button>
          ))}
        </div>
      </details>
    </div>
  );
}
