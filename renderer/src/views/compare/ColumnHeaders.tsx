import { memo } from 'react';
import type { ComparisonIndex } from '../../../../shared/export/index';
import { hrefOf } from '../../app/router';
import type { ColumnState } from './columns';
import { moveColumn, toggleHidden, togglePinned } from './columns';

interface Props {
  ix: ComparisonIndex;
  visible: string[];
  state: ColumnState;
  update: (f: (s: ColumnState) => ColumnState) => void;
  pinLeft: (articleId: string) => number | undefined;
}

/** One formatter for every head: creating an Intl formatter per call is slow, and heads re-render. */
const DATE = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const formatDate = (iso?: string) => {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE.format(d);
};

/** Sticky column heads: outlet, headline, date and byline, with move / pin / hide controls. */
export const ColumnHeaders = memo(function ColumnHeaders({ ix, visible, state, update, pinLeft }: Props) {
  return (
    <div role="row" className="cmp-row cmp-header-row">
      <div role="columnheader" className="cmp-rowhead">
        <span className="muted">Row</span>
      </div>
      {visible.map((id, i) => {
        const a = ix.article.get(id)!;
        const outlet = ix.label(id);
        const pinned = state.pinned.includes(id);
        const left = pinLeft(id);
        return (
          <div role="columnheader" key={id} className={`cmp-colhead${left !== undefined ? ' pinned' : ''}`} style={left !== undefined ? { left } : undefined} data-article={id}>
            <div className="colhead-top">
              <strong className="colhead-outlet">{outlet}</strong>
              <span className="colhead-tools">
                <button className="tiny" onClick={() => update((s) => moveColumn(s, id, -1))} disabled={i === 0} aria-label={`Move ${outlet} left`} title="Move left">
                  ◀
                </button>
                <button className="tiny" onClick={() => update((s) => moveColumn(s, id, 1))} disabled={i === visible.length - 1} aria-label={`Move ${outlet} right`} title="Move right">
                  ▶
                </button>
                <button className="tiny" onClick={() => update((s) => togglePinned(s, id))} aria-pressed={pinned} aria-label={`${pinned ? 'Unpin' : 'Pin'} ${outlet}`} title={pinned ? 'Unpin' : 'Pin to the left'}>
                  ⚲
                </button>
                <button className="tiny" onClick={() => update((s) => toggleHidden(s, id))} disabled={visible.length <= 2} aria-label={`Hide ${outlet}`} title="Hide (show it again from Columns)">
                  ✕
                </button>
              </span>
            </div>
            <a className="colhead-title" href={hrefOf({ view: 'article', id })} title={a.title}>
              {a.title}
            </a>
            <div className="colhead-meta muted">
              {formatDate(a.published)}
              {a.authors.length > 0 && <> · {a.authors.join(', ')}</>}
              {a.url && /^https?:/i.test(a.url) && (
                <>
                  {' · '}
                  <a href={a.url} target="_blank" rel="noreferrer noopener" aria-label={`Original ${outlet} page`}>
                    original ↗
                  </a>
                </>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
});
