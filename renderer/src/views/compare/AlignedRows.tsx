import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { noteForRow, rowSummary, type AlignedRow, type ComparisonIndex } from '../../../../shared/export/index';
import type { RowNote } from '../../../../shared/model/story';
import { NoteEditor } from './NoteEditor';
import { RowCell, type CellActions } from './RowCell';
import type { VirtualRows } from './useVirtualRows';

export interface RowsProps {
  ix: ComparisonIndex;
  rows: AlignedRow[];
  visible: string[];
  pinLeft: (articleId: string) => number | undefined;
  template: string;
  includeTrivial: boolean;
  greyWire: boolean;
  find: string;
  linkFrom?: string;
  /** Row key and article to highlight briefly after a jump. */
  flash?: { key: string; articleId?: string };
  activeKey?: string;
  notes: RowNote[];
  editingNote?: string;
  onEditNote: (key: string | undefined) => void;
  onSaveNote: (row: AlignedRow, text: string) => void;
  actions: CellActions;
  virtual: VirtualRows;
  bodyRef: RefObject<HTMLDivElement | null>;
  header: ReactNode;
  onFocusRow: (key: string) => void;
}

/** The side-by-side table: sticky column heads, then one row per claim or unique sentence. */
export function AlignedRows(p: RowsProps) {
  const [hover, setHoverNow] = useState<{ key: string; articleId: string }>();
  // Show other outlets' wording after a short pause, so moving the mouse across rows does not flicker popovers.
  const timer = useRef(0);
  const setHover = useCallback((h: { key: string; articleId: string } | undefined) => {
    clearTimeout(timer.current);
    if (!h) setHoverNow(undefined);
    else timer.current = window.setTimeout(() => setHoverNow(h), 450);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  const { start, end, padTop, padBottom, measure } = p.virtual;
  return (
    <div role="table" className="cmp-grid" aria-label="Sentences aligned by claim, one column per outlet" aria-rowcount={p.rows.length + 1} style={{ ['--cmp-cols' as string]: p.template, ['--cmp-cols-print' as string]: `56px repeat(${p.visible.length}, minmax(0, 1fr))` }}>
      <div role="rowgroup" className="cmp-head">
        {p.header}
      </div>
      <div role="rowgroup" ref={p.bodyRef} className="cmp-body">
        <div style={{ height: padTop }} aria-hidden />
        {p.rows.slice(start, end).map((row, k) => {
          const index = start + k;
          const note = noteForRow(row, p.notes);
          return (
            <Row
              key={row.key}
              index={index}
              measure={measure}
              ix={p.ix}
              visible={p.visible}
              pinLeft={p.pinLeft}
              includeTrivial={p.includeTrivial}
              greyWire={p.greyWire}
              find={p.find}
              linkFrom={p.linkFrom}
              onEditNote={p.onEditNote}
              onSaveNote={p.onSaveNote}
              actions={p.actions}
              onFocusRow={p.onFocusRow}
              row={row}
              note={note}
              editing={p.editingNote === row.key}
              active={p.activeKey === row.key}
              flashArticle={p.flash?.key === row.key ? (p.flash.articleId ?? '*') : undefined}
              hoverArticle={hover?.key === row.key ? hover.articleId : undefined}
              setHover={setHover}
            />
          );
        })}
        <div style={{ height: padBottom }} aria-hidden />
      </div>
    </div>
  );
}

type Shared = 'ix' | 'visible' | 'pinLeft' | 'includeTrivial' | 'greyWire' | 'find' | 'linkFrom' | 'onEditNote' | 'onSaveNote' | 'actions' | 'onFocusRow';
interface RowProps extends Pick<RowsProps, Shared> {
  row: AlignedRow;
  index: number;
  measure: VirtualRows['measure'];
  note?: RowNote;
  editing: boolean;
  active: boolean;
  flashArticle?: string;
  hoverArticle?: string;
  setHover: (h: { key: string; articleId: string } | undefined) => void;
}

const Row = memo(function Row(p: RowProps) {
  const { row, ix } = p;
  const rowRef = useMemo(() => p.measure(p.index), [p.measure, p.index]);
  const onHover = useCallback((articleId: string | undefined) => p.setHover(articleId ? { key: row.key, articleId } : undefined), [p.setHover, row.key]);
  const summary = rowSummary(row, ix.label);
  const classes = ['cmp-row', row.kind, row.differs ? 'row-differs' : '', p.active ? 'active' : '', p.flashArticle === '*' ? 'flash' : ''].filter(Boolean).join(' ');
  return (
    <div role="row" ref={rowRef} className={classes} data-row-key={row.key} aria-rowindex={row.index + 2}>
      <div role="rowheader" className="cmp-rowhead">
        <button className="row-number" onFocus={() => p.onFocusRow(row.key)} onClick={() => p.onFocusRow(row.key)} aria-label={`Row ${row.index + 1}: ${summary}${row.differs ? ', worded differently' : ''}`}>
          {row.index + 1}
        </button>
        <span className={`row-summary ${row.kind === 'unique' ? 'is-unique' : row.carriedBy === row.of ? 'is-all' : 'is-some'}`}>
          {row.kind === 'unique' ? '◆ unique' : row.carriedBy === row.of ? `● all ${row.of}` : `◐ ${row.carriedBy}/${row.of}`}
        </span>
        {row.differs && <span className="row-differs-mark" title="Worded differently">≠</span>}
        <button className="tiny note-button" aria-label={note(p.note, row.index)} title={p.note ? 'Edit the note' : 'Add a note'} onClick={() => p.onEditNote(p.editing ? undefined : row.key)}>
          {p.note ? '🗒' : '✎'}
        </button>
      </div>
      {p.visible.map((id) => (
        <RowCell
          key={id}
          ix={ix}
          row={row}
          articleId={id}
          includeTrivial={p.includeTrivial}
          greyWire={p.greyWire}
          find={p.find}
          linkFrom={p.linkFrom}
          flash={p.flashArticle === id}
          pinLeft={p.pinLeft(id)}
          showOthers={p.hoverArticle === id}
          actions={p.actions}
          onHover={onHover}
        />
      ))}
      {(p.note || p.editing) && (
        <div className="row-note" role="note">
          {p.editing ? (
            <NoteEditor initial={p.note?.text ?? ''} onSave={(text) => p.onSaveNote(row, text)} onCancel={() => p.onEditNote(undefined)} />
          ) : (
            <>
              <span aria-hidden>🗒 </span>
              <span className="sr-only">Note: </span>
              {p.note!.text}
            </>
          )}
        </div>
      )}
    </div>
  );
});

const note = (n: RowNote | undefined, index: number) => (n ? `Edit the note on row ${index + 1}` : `Add a note to row ${index + 1}`);
