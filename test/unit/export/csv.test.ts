import { describe, expect, it } from 'vitest';
import { claimsCsv, csvField, factsMatrixCsv, indexComparison, toCsv } from '../../../shared/export/index';
import { bridgeComparison } from './fixture';

/** Splits CSV into records the way a spreadsheet does (quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(3)).toBe('3');
    expect(csvField(undefined)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-12.5')).toBe('-12.5');
  });

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b'], ['1', '2']])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });
});

describe('claims CSV', () => {
  it('has outlet, URL, authors and date on every line, one line per outlet’s sentence', () => {
    const rows = parseCsv(claimsCsv(indexComparison(bridgeComparison())));
    const [header, ...lines] = rows;
    const col = (name: string) => header!.indexOf(name);
    expect(lines).toHaveLength(7); // c1 ×3, c2 ×2, two unique sentences
    const beta = lines.filter((l) => l[col('outlet')] === 'Beta Times');
    expect(beta).toHaveLength(3);
    for (const l of beta) {
      expect(l[col('url')]).toBe('https://beta.example/b?x=1,2');
      expect(l[col('authors')]).toBe('Bo One; Cy Two');
      expect(l[col('published')]).toBe('2026-01-06T09:00:00Z');
    }
    expect(beta.map((l) => l[col('wording')])).toEqual(['differs', 'differs', 'unique']);
    const gamma = lines.find((l) => l[col('row_type')] === 'unique' && l[col('outlet')] === 'Gamma, Inc.')!;
    expect(gamma[col('text')]).toBe('\'=SUM(A1) said "the mayor", loudly.');
    expect(gamma[col('summary')]).toBe('only Gamma, Inc.');
  });

  it('carries the user’s note on the row it is anchored to', () => {
    const notes = [{ anchor: { articleId: 'b', start: 27, end: 60 }, text: 'Check the spelling', updatedAt: '2026-01-07' }];
    const rows = parseCsv(claimsCsv(indexComparison(bridgeComparison()), { notes }));
    const col = rows[0]!.indexOf('note');
    expect(rows.slice(1).filter((l) => l[col] === 'Check the spelling').map((l) => l[0])).toEqual(['2', '2']);
  });
});

describe('facts matrix CSV', () => {
  it('has one column per outlet with what each writes, empty when absent', () => {
    const rows = parseCsv(factsMatrixCsv(indexComparison(bridgeComparison())));
    expect(rows[0]).toEqual(['group', 'kind', 'fact', 'disagreement', 'carried_by', 'Alpha Post', 'Beta Times', 'Gamma, Inc.']);
    expect(rows[1]).toEqual(['entity', 'person', 'Yury Petrov', 'spelling differs', '2', 'Yury Petrov', 'Yuri Petrov', '']);
  });
});
