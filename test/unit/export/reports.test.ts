import { describe, expect, it } from 'vitest';
import { comparisonHtml, comparisonMarkdown, exportComparison, fileBase, indexComparison } from '../../../shared/export/index';
import { bridgeComparison } from './fixture';

const meta = { title: 'Bridge <opening>', description: 'Three reports & one bridge', notes: [{ anchor: { articleId: 'a', start: 30, end: 63 }, text: 'Spelling <b>?</b>', updatedAt: '2026-01-07' }] };

describe('HTML report', () => {
  const html = comparisonHtml(indexComparison(bridgeComparison()), meta);

  it('is self-contained: no scripts, no stylesheets or images to fetch, no event handlers', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\bsrc\s*=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
  });

  it('escapes article text and the story title', () => {
    expect(html).toContain('<title>Bridge &lt;opening&gt;</title>');
    expect(html).toContain('Three reports &amp; one bridge');
    expect(html).toContain('=SUM(A1) said &quot;the mayor&quot;, loudly.');
    expect(html).toContain('Note: Spelling &lt;b&gt;?&lt;/b&gt;');
    expect(html).not.toContain('<b>?</b>');
  });

  it('shows rows side by side with gaps, unique marks and word-level marks', () => {
    const rows = html.slice(html.indexOf('<h2>Side by side</h2>'), html.indexOf('<h2>Facts</h2>'));
    expect(rows.match(/<tr><th class="row-head">/g)).toHaveLength(4);
    expect(rows).toContain('<td class="gap">not reported</td>'); // Gamma does not carry c2
    expect(rows).toContain('◆ only');
    expect(rows).toContain('The bridge opened <del>on</del>Monday.');
    expect(rows).toContain('<mark class="chg" title="others: Yury">Yuri</mark>');
  });

  it('links only http(s) article URLs', () => {
    const c = bridgeComparison();
    c.articles[0]!.url = 'javascript:alert(1)';
    const out = comparisonHtml(indexComparison(c));
    expect(out).not.toContain('href="javascript');
    expect(out).toContain('href="https://beta.example/b?x=1,2"');
  });
});

describe('Markdown report', () => {
  it('starts with the story, lists each article with date, authors and URL, and ends with the notes', () => {
    const md = comparisonMarkdown(indexComparison(bridgeComparison()), meta);
    expect(md.split('\n').slice(0, 3)).toEqual(['# Bridge <opening>', '', 'Three reports & one bridge']);
    expect(md).toContain('| Beta Times | New bridge opens to cheers | 2026-01-06 | Bo One, Cy Two | <https://beta.example/b?x=1,2> |');
    expect(md).toContain('## Coverage');
    expect(md.match(/^# /gm)).toHaveLength(1);
    expect(md).toMatch(/## Notes\n\n- Row 2 \(2 of 3: “Mayor Yury Petrov cut the ribbon\.”\): Spelling <b>\?<\/b>/);
  });
});

describe('export files', () => {
  it('names files after the story and sets their media type', () => {
    const c = bridgeComparison();
    expect(exportComparison('html', c, { title: 'Ostrel dam talks' })).toMatchObject({ fileName: 'ostrel-dam-talks.html', mediaType: 'text/html;charset=utf-8' });
    expect(exportComparison('claims-csv', c, {}).fileName).toBe('comparison-claims.csv');
    expect(fileBase('Çà & ça — Kyiv/Kiev')).toBe('ca-ca-kyiv-kiev');
  });
});
