import type { ComparisonIndex } from '../../../../shared/export/index';

interface Props {
  ix: ComparisonIndex;
  visible: string[];
  aliases: string[][];
  onAddAlias: (terms: string[]) => void;
  onRemoveAlias: (index: number) => void;
}

/**
 * Word choice: where outlets write different words for the same thing (found in aligned claims
 * or given by the user's alias table), with counts per outlet, and the words most distinctive of
 * each outlet across the set.
 */
export function WordChoicePanel({ ix, visible, aliases, onAddAlias, onRemoveAlias }: Props) {
  const { contrasts, distinctive } = ix.comparison.wordChoice;
  const inTable = (terms: string[]) => aliases.some((g) => terms.every((t) => g.some((x) => x.toLowerCase() === t.toLowerCase())));
  return (
    <section className="word-choice" aria-label="Word choice">
      <h3>Different words for the same thing</h3>
      {contrasts.length === 0 ? (
        <p className="muted">No contrasts found in the aligned claims. Add your own pairs to the alias table (Kiev / Kyiv, conflict / war) to count them.</p>
      ) : (
        <div className="matrix-scroll">
          <table className="table contrasts">
            <thead>
              <tr>
                <th scope="col">Terms</th>
                {visible.map((id) => (
                  <th key={id} scope="col">{ix.label(id)}</th>
                ))}
                <th scope="col"><span className="sr-only">Alias table</span></th>
              </tr>
            </thead>
            <tbody>
              {contrasts.map((w) => (
                <tr key={w.terms.join('|')}>
                  <th scope="row">
                    {w.terms.join(' / ')}
                    <span className="badge" title={w.source === 'alias' ? 'From your alias table' : w.source === 'both' ? 'Found in the text and in your alias table' : 'Found where aligned sentences differ'}>
                      {w.source === 'aligned' ? 'found in text' : w.source === 'alias' ? 'alias table' : 'text + alias table'}
                    </span>
                  </th>
                  {visible.map((id) => {
                    const used = w.counts.filter((k) => k.articleId === id);
                    return <td key={id}>{used.length ? used.map((k) => `${k.term} ×${k.count}`).join(', ') : <span className="muted" aria-label="not used">—</span>}</td>;
                  })}
                  <td>
                    {inTable(w.terms) ? (
                      <span className="muted">✓ in alias table</span>
                    ) : (
                      <button className="small" onClick={() => onAddAlias(w.terms)} aria-label={`Add ${w.terms.join(' / ')} to the alias table`}>
                        + Alias table
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>Words distinctive of each outlet</h3>
      <p className="muted small-text">Words an outlet uses more than the others (log-odds ratio with an informative prior; higher z is more distinctive).</p>
      <div className="distinctive">
        {visible.map((id) => {
          const d = distinctive.find((x) => x.articleId === id);
          return (
            <div key={id} className="distinctive-outlet">
              <strong>{ix.label(id)}</strong>
              {d && d.words.length ? (
                <ol>
                  {d.words.slice(0, 12).map((w) => (
                    <li key={w.word}>
                      {w.word} <span className="muted">×{w.count} · z {w.z.toFixed(1)}</span>
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="muted">Nothing stands out (too little text to tell).</p>
              )}
            </div>
          );
        })}
      </div>

      <h3>Your alias table</h3>
      {aliases.length === 0 ? (
        <p className="muted">Empty. Groups you add here are counted as one contrast in every comparison.</p>
      ) : (
        <ul className="alias-list">
          {aliases.map((g, i) => (
            <li key={g.join('|')}>
              {g.join(' / ')}{' '}
              <button className="link-button" onClick={() => onRemoveAlias(i)} aria-label={`Remove ${g.join(' / ')} from the alias table`}>
                remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
