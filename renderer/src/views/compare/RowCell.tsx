import { memo } from 'react';
import { diffSegments, positionLabel, type AlignedRow, type ComparisonIndex, type RowCell as Cell } from '../../../../shared/export/index';
import { highlight, WordDiff } from './WordDiff';

export interface CellActions {
  startLink: (cell: Cell) => void;
  completeLink: (cell: Cell) => void;
  unlink: (row: AlignedRow, cell: Cell) => void;
  openArticle: (cell: Cell) => void;
}

interface Props {
  ix: ComparisonIndex;
  row: AlignedRow;
  articleId: string;
  includeTrivial: boolean;
  greyWire: boolean;
  find: string;
  /** The article a link is being made from, when the user is linking. */
  linkFrom?: string;
  flash: boolean;
  /** Sticky offset when the column is pinned. */
  pinLeft?: number;
  showOthers: boolean;
  actions: CellActions;
  onHover: (articleId: string | undefined) => void;
}

/** One outlet's sentence(s) in one row: wording marks, badges, actions; or a quiet gap. */
export const RowCell = memo(function RowCell({ ix, row, articleId, includeTrivial, greyWire, find, linkFrom, flash, pinLeft, showOthers, actions, onHover }: Props) {
  const cell = row.cells.get(articleId);
  const outlet = ix.label(articleId);
  const style = pinLeft !== undefined ? { left: pinLeft } : undefined;
  const pinned = pinLeft !== undefined ? ' pinned' : '';
  if (!cell) {
    // A claim others carry and this outlet does not: a quiet, labelled gap. Unique rows leave other columns empty.
    return row.kind === 'claim' ? (
      <div role="cell" className={`cmp-cell gap${pinned}`} style={style} aria-label={`${outlet}: not reported`}>
        <span aria-hidden>— not reported</span>
      </div>
    ) : (
      <div role="cell" className={`cmp-cell empty${pinned}`} style={style} aria-label={`${outlet}: nothing here`} />
    );
  }
  const wire = cell.sharedCopy;
  const classes = ['cmp-cell', row.kind === 'unique' ? 'unique' : '', cell.differs ? 'differs' : '', wire ? 'wire' : '', wire && greyWire ? 'greyed' : '', flash ? 'flash' : '', pinned.trim()]
    .filter(Boolean)
    .join(' ');
  const showDiff = cell.member && !cell.isBase;
  const others = showOthers && row.kind === 'claim' ? [...row.cells.values()].filter((c) => c.articleId !== articleId) : [];
  return (
    <div
      role="cell"
      className={classes}
      style={style}
      data-article={articleId}
      onMouseEnter={() => onHover(articleId)}
      onMouseLeave={() => onHover(undefined)}
      onFocus={() => onHover(articleId)}
    >
      <div className="cell-meta">
        <span className="badge" title="Where in the article">{positionLabel(cell.position, cell.paragraph)}</span>
        {row.kind === 'unique' && <span className="badge badge-unique" title={`Only ${outlet} reports this`}>◆ only here</span>}
        {row.kind === 'claim' && cell.differs && <span className="badge badge-differs" title="Worded differently from the base wording">≠ differs</span>}
        {row.kind === 'claim' && cell.isBase && row.differs && <span className="badge" title="The most common wording: the others are compared with it">base wording</span>}
        {wire && <span className="badge badge-wire" title="Verbatim copy shared with another outlet (wire copy, syndication)">⇉ wire copy</span>}
      </div>
      <div className="cell-text" lang={ix.article.get(articleId)?.language}>
        {showDiff ? <WordDiff segments={diffSegments(cell.text, cell.start, cell.member!.ops, includeTrivial)} find={find} /> : highlight(cell.text, find)}
      </div>
      <div className="cell-actions">
        {linkFrom && linkFrom !== articleId ? (
          <button className="small primary" onClick={() => actions.completeLink(cell)}>
            Link here
          </button>
        ) : (
          <>
            <button className="small" onClick={() => actions.startLink(cell)} disabled={!!linkFrom} aria-label={`Link this ${outlet} sentence with another outlet’s`}>
              ⇄ Link
            </button>
            {row.kind === 'claim' && (
              <button className="small" onClick={() => actions.unlink(row, cell)} aria-label={`Unlink ${outlet} from this row`}>
                ✂ Unlink
              </button>
            )}
            <button className="small" onClick={() => actions.openArticle(cell)} aria-label={`Open the ${outlet} article at this sentence`}>
              Open ↗
            </button>
          </>
        )}
      </div>
      {others.length > 0 && (
        <div className="others-popover" role="tooltip">
          {others.map((o) => (
            <div key={o.articleId} className="other-wording">
              <strong>{ix.label(o.articleId)}:</strong> {o.text}
            </div>
          ))}
        </div>
      )}
    </div>
  );
});
