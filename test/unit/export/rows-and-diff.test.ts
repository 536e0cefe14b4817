import { describe, expect, it } from 'vitest';
import { alignedRows, diffSegments, factsMatrix, indexComparison, memberText, outletLabels, type DiffSegment } from '../../../shared/export/index';
import type { WordOp } from '../../../shared/compare/types';
import { bridgeComparison } from './fixture';

/** Renders segments the way jsdiff's tests do: readable, not opaque arrays. */
const render = (segs: DiffSegment[]) =>
  segs.map((s) => (s.kind === 'same' ? s.text : s.kind === 'added' ? `<ins>${s.text}</ins>` : s.kind === 'missing' ? `<del>${s.base}</del>` : `<mark ${s.base}>${s.text}</mark>`)).join('');

describe('aligned rows', () => {
  it('gives one row per claim or unique sentence, with a cell per carrying outlet', () => {
    const rows = alignedRows(indexComparison(bridgeComparison()));
    expect(rows.map((r) => `${r.kind}:${r.key}:${[...r.cells.keys()].join('')}`)).toEqual(['claim:c1:abc', 'claim:c2:ab', 'unique:b#2:b', 'unique:c#1:c']);
    expect(rows[0]!.cells.get('b')).toMatchObject({ differs: true, isBase: false, text: 'The bridge opened Monday.' });
    expect(rows[0]!.cells.get('a')).toMatchObject({ isBase: true, differs: false });
    expect(rows[1]).toMatchObject({ carriedBy: 2, of: 3, differs: true });
  });

  it('counts trivial changes as differences only when asked', () => {
    const c = bridgeComparison();
    for (const m of c.claims[0]!.members) m.ops = m.ops.map((o) => ({ ...o, trivial: o.op !== 'equal' }));
    expect(alignedRows(indexComparison(c))[0]!.differs).toBe(false);
    expect(alignedRows(indexComparison(c), { includeTrivial: true })[0]!.differs).toBe(true);
  });

  it('numbers outlets that appear twice', () => {
    const c = bridgeComparison();
    c.articles[2]!.outlet = 'Alpha Post';
    expect([...outletLabels(c.articles).values()]).toEqual(['Alpha Post (1)', 'Beta Times', 'Alpha Post (2)']);
  });

  it('rebuilds a two-sentence member with the gap between its sentences', () => {
    const ix = indexComparison(bridgeComparison());
    const [s0, s1] = ix.sentencesOf.get('a')!;
    expect(memberText(ix, { sentenceIds: [s0!.id, s1!.id], start: s0!.start, end: s1!.end })).toBe('The bridge opened on Monday.  Mayor Yury Petrov cut the ribbon.');
  });
});

describe('word-level marks', () => {
  it('marks missing and changed words in place, keeping punctuation between ops', () => {
    const ix = indexComparison(bridgeComparison());
    const [c1, c2] = alignedRows(ix);
    const b1 = c1!.cells.get('b')!;
    const b2 = c2!.cells.get('b')!;
    expect(render(diffSegments(b1.text, b1.start, b1.member!.ops, false))).toBe('The bridge opened <del>on</del>Monday.');
    expect(render(diffSegments(b2.text, b2.start, b2.member!.ops, false))).toBe('Mayor <mark Yury>Yuri</mark> Petrov cut the ribbon.');
  });

  it('shows trivial changes as plain text unless asked', () => {
    const ops: WordOp[] = [
      { op: 'replace', text: 'five', baseText: '5', start: 10, end: 14, trivial: true },
      { op: 'insert', text: 'long', baseText: '', start: 15, end: 19, trivial: false },
    ];
    expect(render(diffSegments('five long hours', 10, ops, false))).toBe('five <ins>long</ins> hours');
    expect(render(diffSegments('five long hours', 10, ops, true))).toBe('<mark 5>five</mark> <ins>long</ins> hours');
  });
});

describe('facts matrix', () => {
  it('keeps each outlet’s spelling and flags the one that differs', () => {
    const [row] = factsMatrix(indexComparison(bridgeComparison()));
    expect(row).toMatchObject({ group: 'entity', kind: 'person', label: 'Yury Petrov', disagreement: 'spelling differs' });
    expect(row!.cells.get('a')).toMatchObject({ text: 'Yury Petrov', differs: false });
    expect(row!.cells.get('b')).toMatchObject({ text: 'Yuri Petrov', differs: true });
    expect(row!.cells.has('c')).toBe(false);
  });
});
