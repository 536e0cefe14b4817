import { truncate, type ComparisonIndex } from '../../../../shared/export/index';
import type { Correction, RowNote, SentenceRef } from '../../../../shared/model/story';

interface Props {
  ix: ComparisonIndex;
  corrections: Correction[];
  notes: RowNote[];
  onRemoveCorrection: (index: number) => void;
  onRemoveNote: (index: number) => void;
  onJump: (sentenceId: string, articleId: string) => void;
}

/**
 * The user's corrections and notes in one list: what was linked or unlinked, what each note says,
 * with a way to undo each. They are kept with the story and re-applied on every recomputation.
 */
export function CorrectionsPanel({ ix, corrections, notes, onRemoveCorrection, onRemoveNote, onJump }: Props) {
  const find = (r: SentenceRef) => ix.sentencesOf.get(r.articleId)?.find((s) => s.start <= r.start && r.start < s.end);
  const describe = (r: SentenceRef) => {
    const s = find(r);
    return (
      <span className={s ? '' : 'stale'}>
        <strong>{ix.article.has(r.articleId) ? ix.label(r.articleId) : 'an article no longer in the story'}</strong>: {s ? `“${truncate(s.text, 90)}”` : '(sentence no longer found)'}
      </span>
    );
  };
  const stale = ix.comparison.staleCorrections;
  return (
    <section className="corrections-panel" aria-label="Corrections and notes">
      <h3>Corrections ({corrections.length})</h3>
      <p className="muted small-text">
        Link two sentences the engine missed with <em>⇄ Link</em> in a cell; take one out of a row with <em>✂ Unlink</em>. Corrections are saved with the story and re-applied
        whenever the comparison is recomputed.
      </p>
      {stale > 0 && (
        <p className="warning-line" role="status">
          ⚠ {stale} correction{stale === 1 ? '' : 's'} could not be applied: the sentences changed (an article was edited or re-extracted).
        </p>
      )}
      {corrections.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul className="correction-list">
          {corrections.map((c, i) => (
            <li key={`${c.createdAt}-${i}`}>
              <span className={`badge ${c.kind === 'link' ? 'badge-link' : 'badge-unlink'}`}>{c.kind === 'link' ? '⇄ linked' : '✂ unlinked'}</span> {describe(c.a)} <span aria-hidden>↔</span>
              <span className="sr-only">and</span> {describe(c.b)}{' '}
              <button className="link-button" onClick={() => onRemoveCorrection(i)}>
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Notes ({notes.length})</h3>
      {notes.length === 0 ? (
        <p className="muted">None yet. Add one to any row with ✎.</p>
      ) : (
        <ul className="correction-list">
          {notes.map((n, i) => {
            const s = find(n.anchor);
            return (
              <li key={`${n.updatedAt}-${i}`}>
                🗒 {n.text} <span className="muted">— on {describe(n.anchor)}</span>{' '}
                {s && (
                  <button className="link-button" onClick={() => onJump(s.id, s.articleId)}>
                    Show row
                  </button>
                )}{' '}
                <button className="link-button" onClick={() => onRemoveNote(i)}>
                  Delete
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
