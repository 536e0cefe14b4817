/**
 * The self-contained HTML report: one file with its stylesheet inlined, no scripts and nothing
 * to fetch, that opens in any browser and prints cleanly (the PDF route outside the app).
 * Sections: articles, coverage, the side-by-side rows with word-level marks, facts, omissions,
 * word choice, notes. Every piece of article text is escaped.
 */
import { alignedRows, positionLabel, rowSummary, type AlignedRow, type RowCell } from './aligned-rows';
import type { ComparisonIndex } from './comparison-index';
import { diffSegments } from './diff-segments';
import { noteForRow, type ExportMeta } from './export-meta';
import { factsMatrix } from './facts-matrix';
import { esc, safeHref } from './html-escape';
import { REPORT_CSS } from './html-report-style';

export function comparisonHtml(ix: ComparisonIndex, meta: ExportMeta = {}): string {
  const c = ix.comparison;
  const title = meta.title || `Comparison of ${c.articles.length} articles`;
  const body = [
    `<h1>${esc(title)}</h1>`,
    meta.description ? `<p>${esc(meta.description)}</p>` : '',
    `<p class="muted">${c.articles.length} articles compared by Parallax (engine ${c.engine.version})${meta.generatedAt ? ` on ${esc(meta.generatedAt.slice(0, 10))}` : ''}. ` +
      `Marks: <ins>added</ins> <del>missing</del> <mark class="chg">changed</mark> against the most common wording; “◆ only” = unique to one outlet.</p>`,
    articlesSection(ix),
    coverageSection(ix),
    rowsSection(ix, meta),
    factsSection(ix),
    omissionsSection(ix),
    wordChoiceSection(ix),
  ].join('\n');
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(title)}</title>\n<style>${REPORT_CSS}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

function articlesSection(ix: ComparisonIndex): string {
  const rows = ix.comparison.articles.map((a) => {
    const href = safeHref(a.url);
    const url = a.url ? (href ? `<a href="${esc(href)}" rel="noreferrer">${esc(a.url)}</a>` : esc(a.url)) : '';
    return `<tr><td>${esc(ix.label(a.id))}</td><td>${esc(a.title)}</td><td>${esc(a.published?.slice(0, 10) ?? '')}</td><td>${esc(a.authors.join(', '))}</td><td>${url}</td></tr>`;
  });
  return `<h2>Articles</h2>\n<table><thead><tr><th>Outlet</th><th>Headline</th><th>Published</th><th>Authors</th><th>URL</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function coverageSection(ix: ComparisonIndex): string {
  const cov = ix.comparison.coverage;
  const total = Math.max(1, cov.totalUnits);
  const bars = cov.articles.map((a) => {
    const shared = (a.sharedClaims / total) * 100;
    const uniq = (a.unique / total) * 100;
    return (
      `<tr><td>${esc(ix.label(a.articleId))}</td><td><div class="bar" role="img" aria-label="${a.sharedClaims} shared, ${a.unique} unique of ${cov.totalUnits}">` +
      `<span class="shared" style="width:${shared.toFixed(1)}%"></span><span class="uniq" style="width:${uniq.toFixed(1)}%"></span></div></td>` +
      `<td>${a.sharedClaims}</td><td>${a.unique}</td><td>${a.omissions}</td><td>${Math.round(a.share * 100)}%</td></tr>`
    );
  });
  const ids = ix.comparison.articles.map((a) => a.id);
  const overlap = new Map(cov.overlap.map((o) => [`${o.a}|${o.b}`, o]));
  const head = ids.map((id) => `<th>${esc(ix.label(id))}</th>`).join('');
  const matrix = ids.map((a) => {
    const cells = ids.map((b) => {
      if (a === b) return '<td class="muted">—</td>';
      const o = overlap.get(`${a}|${b}`) ?? overlap.get(`${b}|${a}`);
      return `<td>${o ? `${o.sharedClaims} (${Math.round(o.overlap * 100)}%)` : '0'}</td>`;
    });
    return `<tr><th>${esc(ix.label(a))}</th>${cells.join('')}</tr>`;
  });
  return (
    `<h2>Coverage</h2>\n<p>${ix.comparison.claims.length} claims shared by two or more outlets, ${ix.comparison.unique.length} sentences unique to one.</p>` +
    `<table><thead><tr><th>Outlet</th><th>Shared ▮ / unique ▨</th><th>Shared claims</th><th>Unique</th><th>Omissions</th><th>Share</th></tr></thead><tbody>${bars.join('')}</tbody></table>` +
    `<h3>Claims shared by each pair (share of the smaller article’s claims)</h3><table><thead><tr><th></th>${head}</tr></thead><tbody>${matrix.join('')}</tbody></table>`
  );
}

function rowsSection(ix: ComparisonIndex, meta: ExportMeta): string {
  const articles = ix.comparison.articles;
  const head = `<tr><th>#</th>${articles.map((a) => `<th>${esc(ix.label(a.id))}</th>`).join('')}</tr>`;
  const body = alignedRows(ix).map((row) => {
    const note = noteForRow(row, meta.notes ?? []);
    const cells = articles.map((a) => cellHtml(row, row.cells.get(a.id))).join('');
    const noteHtml = note ? `<div class="note">Note: ${esc(note.text)}</div>` : '';
    return `<tr><th class="row-head">${row.index + 1}<br><span class="badge">${esc(rowSummary(row, ix.label))}</span>${row.sharedCopy ? '<br><span class="badge">wire copy</span>' : ''}${noteHtml}</th>${cells}</tr>`;
  });
  return `<h2>Side by side</h2>\n<table class="rows"><thead>${head}</thead><tbody>${body.join('\n')}</tbody></table>`;
}

function cellHtml(row: AlignedRow, cell: RowCell | undefined): string {
  if (!cell) return row.kind === 'claim' ? '<td class="gap">not reported</td>' : '<td class="gap"></td>';
  const cls = [row.kind === 'unique' ? 'unique' : '', cell.sharedCopy ? 'wire' : ''].filter(Boolean).join(' ');
  const where = `<span class="badge">${esc(positionLabel(cell.position, cell.paragraph))}</span>`;
  const tag = row.kind === 'unique' ? '<span class="badge">◆ only</span>' : cell.isBase && row.differs ? '<span class="badge">base wording</span>' : '';
  const text = cell.member && !cell.isBase ? segmentsHtml(cell) : esc(cell.text);
  return `<td${cls ? ` class="${cls}"` : ''}>${where}${tag}${text}</td>`;
}

function segmentsHtml(cell: RowCell): string {
  return diffSegments(cell.text, cell.start, cell.member!.ops, false)
    .map((s) => {
      switch (s.kind) {
        case 'same':
          return esc(s.text);
        case 'added':
          return `<ins>${esc(s.text)}</ins>`;
        case 'missing':
          return `<del>${esc(s.base)}</del>`;
        case 'changed':
          return `<mark class="chg" title="others: ${esc(s.base)}">${esc(s.text)}</mark>`;
        default: {
          const never: never = s;
          return never;
        }
      }
    })
    .join('');
}

function factsSection(ix: ComparisonIndex): string {
  const articles = ix.comparison.articles;
  const rows = factsMatrix(ix).map((f) => {
    const cells = articles.map((a) => {
      const cell = f.cells.get(a.id);
      if (!cell) return '<td class="muted">—</td>';
      return `<td${cell.differs ? ' class="differs"' : ''}>${esc(cell.text)}</td>`;
    });
    return `<tr><td>${esc(f.kind)}</td><td>${esc(f.label)}${f.disagreement ? ` <span class="badge">${esc(f.disagreement)}</span>` : ''}</td>${cells.join('')}</tr>`;
  });
  return `<h2>Facts</h2>\n<table><thead><tr><th>Kind</th><th>Fact</th>${articles.map((a) => `<th>${esc(ix.label(a.id))}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function omissionsSection(ix: ComparisonIndex): string {
  const items = ix.comparison.omissions.map((o) => `<li><strong>${esc(o.kind)}</strong> ${esc(o.label)} — ${esc(o.summary)}</li>`);
  return `<h2>Omissions</h2>\n${items.length ? `<ul>${items.join('')}</ul>` : '<p class="muted">None: no outlet leaves out what most others carry.</p>'}`;
}

function wordChoiceSection(ix: ComparisonIndex): string {
  const articles = ix.comparison.articles;
  const rows = ix.comparison.wordChoice.contrasts.map((w) => {
    const cells = articles.map((a) => {
      const used = w.counts.filter((k) => k.articleId === a.id).map((k) => `${k.term} ×${k.count}`);
      return `<td>${esc(used.join(', ')) || '<span class="muted">—</span>'}</td>`;
    });
    return `<tr><td>${esc(w.terms.join(' / '))}</td>${cells.join('')}</tr>`;
  });
  const distinctive = ix.comparison.wordChoice.distinctive
    .filter((d) => d.words.length)
    .map((d) => `<li><strong>${esc(ix.label(d.articleId))}</strong>: ${esc(d.words.slice(0, 10).map((w) => `${w.word} (${w.count})`).join(', '))}</li>`);
  return (
    `<h2>Word choice</h2>\n<table><thead><tr><th>Terms</th>${articles.map((a) => `<th>${esc(ix.label(a.id))}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>` +
    (distinctive.length ? `<h3>Distinctive words</h3><ul>${distinctive.join('')}</ul>` : '')
  );
}
