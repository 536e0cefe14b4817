import { describe, expect, it } from 'vitest';
import { alignedRows, indexComparison } from '../../../shared/export/index';
import { moveColumn, reconcileColumns, toggleHidden, togglePinned, visibleColumns } from '../../../renderer/src/views/compare/columns';
import { addLink, addUnlink, upsertNote } from '../../../renderer/src/views/compare/corrections';
import { isDifference, rowMatches } from '../../../renderer/src/views/compare/filters';
import { bridgeComparison } from './fixture';

/** The comparison view's pure logic (filters, columns, corrections), on the hand-made bridge comparison. */
const ix = indexComparison(bridgeComparison());
const rows = alignedRows(ix);
const keys = (filter: Parameters<typeof rowMatches>[1], visible = ['a', 'b', 'c']) => rows.filter((r) => rowMatches(r, filter, visible)).map((r) => r.key);

describe('row filters', () => {
  it('pick differences, unique rows, rows shared by all and omissions', () => {
    expect(keys({ kind: 'all', articleId: '' })).toEqual(['c1', 'c2', 'b#2', 'c#1']);
    expect(keys({ kind: 'shared-by-all', articleId: '' })).toEqual(['c1']);
    expect(keys({ kind: 'unique', articleId: 'c' })).toEqual(['c#1']);
    expect(keys({ kind: 'omitted', articleId: 'c' })).toEqual(['c2']);
    expect(keys({ kind: 'omitted', articleId: 'a' })).toEqual([]);
    expect(keys({ kind: 'differences', articleId: '' })).toEqual(['c1', 'c2', 'b#2', 'c#1']);
  });

  it('look only at visible columns: hiding Gamma makes c2 shared by all, and hides its unique row', () => {
    expect(keys({ kind: 'shared-by-all', articleId: '' }, ['a', 'b'])).toEqual(['c1', 'c2']);
    expect(keys({ kind: 'all', articleId: '' }, ['a', 'b'])).toEqual(['c1', 'c2', 'b#2']);
    // With only Alpha and Gamma visible, c1 is worded the same: not a difference.
    expect(isDifference(rows[0]!, ['a', 'c'])).toBe(false);
  });
});

describe('columns', () => {
  const base = reconcileColumns(undefined, ['a', 'b', 'c']);
  it('reorders, pins (pinned first) and hides, never below two columns', () => {
    expect(visibleColumns(moveColumn(base, 'c', -1))).toEqual(['a', 'c', 'b']);
    expect(visibleColumns(togglePinned(base, 'c'))).toEqual(['c', 'a', 'b']);
    const hidden = toggleHidden(base, 'b');
    expect(visibleColumns(hidden)).toEqual(['a', 'c']);
    expect(visibleColumns(toggleHidden(hidden, 'a'))).toEqual(['a', 'c']);
  });
  it('keeps a saved layout when articles are added or removed', () => {
    expect(reconcileColumns({ order: ['c', 'x', 'a'], hidden: ['x'], pinned: ['a'] }, ['a', 'b', 'c'])).toEqual({ order: ['c', 'a', 'b'], hidden: [], pinned: ['a'] });
  });
});

describe('corrections and notes', () => {
  const a = { articleId: 'a', start: 30, end: 63 };
  const b = { articleId: 'b', start: 51, end: 66 };
  it('a link replaces an earlier unlink of the same pair (either way round)', () => {
    const unlinked = [{ kind: 'unlink' as const, a: b, b: a, createdAt: 't0' }];
    expect(addLink(unlinked, a, b, 't1')).toEqual([{ kind: 'link', a, b, createdAt: 't1' }]);
  });
  it('unlinking a member forbids each of its sentences from every other member', () => {
    const [c1] = rows;
    const beta = c1!.cells.get('b')!;
    const others = [c1!.cells.get('a')!, c1!.cells.get('c')!];
    const out = addUnlink([], ix, beta, others, 't');
    expect(out.map((c) => `${c.kind} ${c.a.articleId}:${c.a.start} ${c.b.articleId}:${c.b.start}`)).toEqual(['unlink b:0 a:0', 'unlink b:0 c:0']);
  });
  it('a note is set, replaced and removed by its anchor', () => {
    const one = upsertNote([], a, ' check ', 't1');
    expect(one).toEqual([{ anchor: a, text: 'check', updatedAt: 't1' }]);
    expect(upsertNote(one, a, 'again', 't2')).toEqual([{ anchor: a, text: 'again', updatedAt: 't2' }]);
    expect(upsertNote(one, a, '  ', 't3')).toEqual([]);
  });
});
