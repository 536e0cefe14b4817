import { useState } from 'react';
import { positionLabel, truncate, type ComparisonIndex } from '../../../../shared/export/index';

/**
 * What each outlet carries at a glance: a bar per outlet (shared claims solid, unique sentences
 * hatched, with the numbers written out), a pairwise overlap heat map (the percentage printed in
 * every cell), the headlines side by side and where each key fact first appears.
 */
export function CoverageSummary({ ix, visible, onJump }: { ix: ComparisonIndex; visible: string[]; onJump: (sentenceId: string, articleId: string) => void }) {
  const cov = ix.comparison.coverage;
  const total = Math.max(1, cov.totalUnits);
  const byId = new Map(cov.articles.map((a) => [a.articleId, a]));
  const overlap = new Map(cov.overlap.flatMap((o) => [[`${o.a}|${o.b}`, o] as const, [`${o.b}|${o.a}`, o] as const]));
  const [allFacts, setAllFacts] = useState(false);
  const facts = allFacts ? cov.firstAppearance : cov.firstAppearance.slice(0, 6);

  return (
    <section className="coverage" aria-label="Coverage summary">
      <div className="coverage-block bars">
        <h3>What each outlet carries</h3>
        <p className="muted small-text">
          Of {cov.totalUnits} claims and unique sentences: <span className="legend-swatch shared" aria-hidden /> shared with others,{' '}
          <span className="legend-swatch uniq" aria-hidden /> only this outlet.
        </p>
        <ul className="coverage-bars">
          {visible.map((id) => {
            const a = byId.get(id);
            if (!a) return null;
            return (
              <li key={id}>
                <span className="bar-label">{ix.label(id)}</span>
                <span className="bar" role="img" aria-label={`${ix.label(id)}: ${a.sharedClaims} shared claims, ${a.unique} unique sentences, ${a.omissions} omissions`}>
                  <span className="bar-shared" style={{ width: `${(a.sharedClaims / total) * 100}%` }} />
                  <span className="bar-unique" style={{ width: `${(a.unique / total) * 100}%` }} />
                </span>
                <span className="bar-numbers">
                  {a.sharedClaims} shared · {a.unique} unique · {a.omissions > 0 ? <strong>{a.omissions} omitted</strong> : '0 omitted'}
                </span>
              </li>
            );
          })}
        </ul>
      </div>

      {visible.length > 1 && (
        <div className="coverage-block overlap">
          <h3>Overlap between outlets</h3>
          <table className="heatmap" aria-label="Claims shared by each pair of outlets, as a share of the smaller one">
            <thead>
              <tr>
                <td />
                {visible.map((id) => (
                  <th key={id} scope="col" title={ix.label(id)}>
                    {abbrev(ix.label(id))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {visible.map((a) => (
                <tr key={a}>
                  <th scope="row" title={ix.label(a)}>{abbrev(ix.label(a))}</th>
                  {visible.map((b) => {
                    if (a === b) return <td key={b} className="heat-self" aria-label="same outlet">—</td>;
                    const o = overlap.get(`${a}|${b}`);
                    const pct = Math.round((o?.overlap ?? 0) * 100);
                    return (
                      <td key={b} style={{ ['--heat' as string]: `${pct}%` }} className="heat" title={`${ix.label(a)} / ${ix.label(b)}: ${o?.sharedClaims ?? 0} shared claims`}>
                        {pct}%
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div className="coverage-block heads">
        <h3>Headlines</h3>
        <ul className="headlines">
          {visible.map((id) => (
            <li key={id} title={ix.article.get(id)?.title}>
              <span className="muted">{ix.label(id)}</span> <q>{ix.article.get(id)?.title}</q>
            </li>
          ))}
        </ul>
      </div>

      {cov.firstAppearance.length > 0 && (
        <details className="coverage-block wide first-appearance-details">
          <summary>
            Where key facts first appear (headline, lede, paragraph) — {cov.firstAppearance.length} facts
          </summary>
          <table className="table first-appearance">
            <thead>
              <tr>
                <th scope="col">Fact</th>
                {visible.map((id) => (
                  <th key={id} scope="col">{ix.label(id)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {facts.map((f) => (
                <tr key={f.refId}>
                  <th scope="row">{truncate(f.label, 48)}</th>
                  {visible.map((id) => {
                    const m = f.mentions.find((x) => x.articleId === id);
                    return (
                      <td key={id}>
                        {m ? (
                          <button className="link-button" onClick={() => onJump(m.sentenceId, id)} aria-label={`${f.label} first appears in ${ix.label(id)}: ${positionLabel(m.position, m.paragraph)}`}>
                            {positionLabel(m.position, m.paragraph)}
                          </button>
                        ) : (
                          <span className="muted" aria-label="not mentioned">—</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {cov.firstAppearance.length > 6 && (
            <button className="link-button" onClick={() => setAllFacts((v) => !v)}>
              {allFacts ? 'Show fewer' : `Show all ${cov.firstAppearance.length} facts`}
            </button>
          )}
        </details>
      )}
    </section>
  );
}

/** Initials for a heat-map heading ("Kestrel News Network" → "KNN"), the full name in its tooltip. */
export function abbrev(name: string): string {
  const words = name.replace(/^The\s+/i, '').split(/\s+/).filter(Boolean);
  if (words.length === 1) return words[0]!.slice(0, 4);
  return words.map((w) => w[0]!.toUpperCase()).join('').slice(0, 4) + (name.match(/\(\d+\)$/)?.[0] ?? '');
}
