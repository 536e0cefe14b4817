import { useCallback, useMemo, useRef, useState } from 'react';
import { positionLabel, type ComparisonIndex } from '../../../../shared/export/index';
import type { ComparedSentence } from '../../../../shared/compare/types';
import { highlight } from './WordDiff';

interface Props {
  ix: ComparisonIndex;
  visible: string[];
  template: string;
  greyWire: boolean;
  find: string;
}

/**
 * Each article in its own order, one column each. Pointing at (or clicking, or focusing) a
 * sentence highlights its counterparts in the other columns and offers jump links to them;
 * with synchronized scrolling on, the other columns follow to the same claim.
 */
export function ReadingOrder({ ix, visible, template, greyWire, find }: Props) {
  const [hover, setHover] = useState<string>();
  const [selected, setSelected] = useState<string>();
  const [sync, setSync] = useState(true);
  const cols = useRef(new Map<string, HTMLElement>());
  const programmatic = useRef(new Map<string, number>());
  const activeClaim = (hover && ix.claimOfSentence.get(hover)) || (selected && ix.claimOfSentence.get(selected)) || undefined;

  const paragraphs = useMemo(() => {
    const out = new Map<string, ComparedSentence[][]>();
    for (const id of visible) {
      const ps: ComparedSentence[][] = [];
      for (const s of ix.sentencesOf.get(id) ?? []) (ps[s.paragraph] ??= []).push(s);
      out.set(id, ps.filter(Boolean));
    }
    return out;
  }, [ix, visible]);

  const scrollColumnTo = useCallback((articleId: string, sentenceId: string, offsetInView = 80) => {
    const col = cols.current.get(articleId);
    const el = col?.querySelector<HTMLElement>(`[data-sid="${CSS.escape(sentenceId)}"]`);
    if (!col || !el) return;
    programmatic.current.set(articleId, Date.now());
    col.scrollTop = el.offsetTop - offsetInView;
  }, []);

  const jump = (articleId: string, sentenceId: string) => {
    scrollColumnTo(articleId, sentenceId);
    setSelected(sentenceId);
    cols.current.get(articleId)?.querySelector<HTMLElement>(`[data-sid="${CSS.escape(sentenceId)}"]`)?.focus({ preventScroll: true });
  };

  /** Keeps the other columns on the claim at the top of the one being scrolled. */
  const onScroll = (articleId: string) => {
    if (!sync) return;
    if (Date.now() - (programmatic.current.get(articleId) ?? 0) < 150) return;
    const col = cols.current.get(articleId);
    if (!col) return;
    const anchor = [...col.querySelectorAll<HTMLElement>('[data-claim]')].find((el) => el.offsetTop + el.offsetHeight > col.scrollTop);
    if (!anchor) return;
    const claim = ix.claim.get(anchor.dataset.claim!);
    const offset = anchor.offsetTop - col.scrollTop;
    for (const m of claim?.members ?? []) if (m.articleId !== articleId && visible.includes(m.articleId)) scrollColumnTo(m.articleId, m.sentenceIds[0]!, offset);
  };

  const counterparts = (sentenceId: string) => {
    const claim = ix.claim.get(ix.claimOfSentence.get(sentenceId) ?? '');
    const self = ix.sentence.get(sentenceId)?.articleId;
    return (claim?.members ?? []).filter((m) => m.articleId !== self && visible.includes(m.articleId));
  };

  return (
    <div className="reading-order">
      <div className="panel-tools">
        <label className="toggle">
          <input type="checkbox" checked={sync} onChange={(e) => setSync(e.target.checked)} /> Synchronized scrolling
        </label>
        <span className="muted">
          Point at or click a sentence to see its counterparts. <span className="legend-unique">◆ only this outlet</span> · <span className="legend-shared">shared</span>
        </span>
      </div>
      <div className="reading-columns" style={{ gridTemplateColumns: template }}>
        {visible.map((id) => (
          <section
            key={id}
            className="reading-col"
            aria-label={`${ix.label(id)} in reading order`}
            ref={(el) => {
              if (el) cols.current.set(id, el);
              else cols.current.delete(id);
            }}
            onScroll={() => onScroll(id)}
          >
            <header className="reading-head">
              <strong>{ix.label(id)}</strong>
              <div className="reading-title">{ix.article.get(id)?.title}</div>
            </header>
            {(paragraphs.get(id) ?? []).map((ps, pi) => (
              <p key={pi} className="reading-para">
                {ps.map((s) => {
                  const claimId = ix.claimOfSentence.get(s.id);
                  const cls = ['sent', claimId ? 'shared' : 'unique', claimId && claimId === activeClaim ? 'counterpart' : '', selected === s.id ? 'selected' : '', s.sharedCopy && greyWire ? 'greyed' : '']
                    .filter(Boolean)
                    .join(' ');
                  const others = selected === s.id ? counterparts(s.id) : [];
                  return (
                    <span key={s.id}>
                      <span
                        className={cls}
                        data-sid={s.id}
                        data-claim={claimId}
                        tabIndex={0}
                        role="button"
                        aria-pressed={selected === s.id}
                        aria-label={claimId ? undefined : `Only ${ix.label(id)}: ${s.text}`}
                        onMouseEnter={() => setHover(s.id)}
                        onMouseLeave={() => setHover(undefined)}
                        onFocus={() => setHover(s.id)}
                        onBlur={() => setHover(undefined)}
                        onClick={() => setSelected(selected === s.id ? undefined : s.id)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter' || e.key === ' ') {
                            e.preventDefault();
                            setSelected(selected === s.id ? undefined : s.id);
                          }
                        }}
                      >
                        {!claimId && <span className="unique-mark" aria-hidden>◆</span>}
                        {highlight(s.text, find)}
                      </span>
                      {others.length > 0 && (
                        <span className="jump-links" role="group" aria-label="Counterparts in other outlets">
                          {others.map((m) => {
                            const first = ix.sentence.get(m.sentenceIds[0]!);
                            return (
                              <button key={m.articleId} className="tiny" onClick={() => jump(m.articleId, m.sentenceIds[0]!)}>
                                → {ix.label(m.articleId)} {first ? positionLabel(first.position, first.paragraph) : ''}
                              </button>
                            );
                          })}
                        </span>
                      )}{' '}
                    </span>
                  );
                })}
              </p>
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
