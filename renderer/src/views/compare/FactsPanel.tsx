import { useMemo, useState } from 'react';
import { factsMatrix, positionLabel, truncate, type ComparisonIndex, type FactRow } from '../../../../shared/export/index';

const GROUP_TITLES: Array<{ test: (f: FactRow) => boolean; title: string }> = [
  { test: (f) => f.kind === 'person', title: 'People' },
  { test: (f) => f.kind === 'organization', title: 'Organisations' },
  { test: (f) => f.kind === 'place', title: 'Places' },
  { test: (f) => f.kind === 'other', title: 'Other names' },
  { test: (f) => f.kind === 'number', title: 'Numbers' },
  { test: (f) => f.kind === 'quote', title: 'Quotes' },
];

/**
 * The facts matrix: names, numbers and quotes down, outlets across. Each cell shows what that
 * outlet writes; a cell that differs from the others carries "≠" and a dotted frame, an absent
 * one a dash. Clicking a cell jumps to the sentence in the side-by-side view.
 */
export function FactsPanel({ ix, visible, onJump }: { ix: ComparisonIndex; visible: string[]; onJump: (sentenceId: string, articleId: string) => void }) {
  const all = useMemo(() => factsMatrix(ix), [ix]);
  const [onlyDisagreements, setOnlyDisagreements] = useState(false);
  const [onlyShared, setOnlyShared] = useState(true);
  const shown = all.filter((f) => (!onlyDisagreements || f.disagreement) && (!onlyShared || f.cells.size >= 2 || f.disagreement));
  if (all.length === 0) return <p className="muted panel-empty">The engine found no names, numbers or quotes to compare.</p>;

  return (
    <section className="facts-panel" aria-label="Facts matrix">
      <div className="panel-tools">
        <label className="toggle">
          <input type="checkbox" checked={onlyDisagreements} onChange={(e) => setOnlyDisagreements(e.target.checked)} /> Only where outlets disagree
        </label>
        <label className="toggle">
          <input type="checkbox" checked={onlyShared} onChange={(e) => setOnlyShared(e.target.checked)} /> Hide facts only one outlet gives
        </label>
        <span className="muted">
          {shown.length} of {all.length} facts · <span className="differs-sample">≠ differs</span> · — not mentioned · click a cell to see the sentence
        </span>
      </div>
      <div className="matrix-scroll">
        <table className="table facts-matrix">
          <thead>
            <tr>
              <th scope="col">Fact</th>
              {visible.map((id) => (
                <th key={id} scope="col">{ix.label(id)}</th>
              ))}
            </tr>
          </thead>
          {GROUP_TITLES.map((g) => {
            const rows = shown.filter(g.test);
            if (rows.length === 0) return null;
            return (
              <tbody key={g.title}>
                <tr className="group-row">
                  <th colSpan={visible.length + 1} scope="colgroup">
                    {g.title} <span className="muted">({rows.length})</span>
                  </th>
                </tr>
                {rows.map((f) => (
                  <tr key={f.id} className={f.disagreement ? 'disagrees' : ''}>
                    <th scope="row">
                      {truncate(f.label, 80)}
                      {f.disagreement && <span className="badge badge-differs">≠ {f.disagreement}</span>}
                    </th>
                    {visible.map((id) => {
                      const cell = f.cells.get(id);
                      if (!cell) {
                        return (
                          <td key={id} className="absent">
                            <span aria-hidden>—</span>
                            <span className="sr-only">not mentioned by {ix.label(id)}</span>
                          </td>
                        );
                      }
                      const where = positionLabel(cell.mention.position, cell.mention.paragraph);
                      return (
                        <td key={id} className={cell.differs ? 'fact-differs' : ''}>
                          <button
                            className="fact-cell"
                            onClick={() => onJump(cell.mention.sentenceId, id)}
                            title={[cell.detail, `first in ${where}`].filter(Boolean).join(' · ')}
                            aria-label={`${ix.label(id)} writes “${cell.text}”${cell.differs ? ', which differs from the others' : ''}, ${where}. Show the sentence.`}
                          >
                            {cell.differs && <span aria-hidden>≠ </span>}
                            {f.group === 'quote' ? `“${truncate(cell.text, 90)}”` : cell.text}
                            <span className="fact-where">{where}</span>
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
    </section>
  );
}
