/**
 * Word-level marks for one member of a claim: its own text cut into runs that are the same as
 * the base wording, added, changed (with the base's words) or missing (the base's words this
 * version leaves out). The view renders them as <ins>/<mark>/<del>; the reports do too.
 */
import type { WordOp } from '../compare/types';

export type DiffSegment =
  | { kind: 'same'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'changed'; text: string; base: string }
  | { kind: 'missing'; base: string };

/**
 * `text` is the member's text, beginning at article offset `offset`. Ops are placed by their
 * offsets (not their `text`) so punctuation and spacing between ops are kept exactly. Trivial
 * ops (case, punctuation, quote style, "5"/"five") count as the same unless `includeTrivial`.
 */
export function diffSegments(text: string, offset: number, ops: readonly WordOp[], includeTrivial: boolean): DiffSegment[] {
  const out: DiffSegment[] = [];
  const push = (seg: DiffSegment) => {
    const last = out[out.length - 1];
    if (last && last.kind === seg.kind && (seg.kind === 'same' || seg.kind === 'added')) (last as { text: string }).text += seg.text;
    else out.push(seg);
  };
  let cursor = 0;
  const sorted = [...ops].sort((a, b) => a.start - b.start || rank(a) - rank(b));
  for (const op of sorted) {
    const from = clamp(op.start - offset, cursor, text.length);
    const to = clamp(op.end - offset, from, text.length);
    if (from > cursor) push({ kind: 'same', text: text.slice(cursor, from) });
    const own = text.slice(from, to);
    const counts = op.op !== 'equal' && (includeTrivial || !op.trivial);
    if (!counts || op.op === 'equal') {
      if (own) push({ kind: 'same', text: own });
    } else if (op.op === 'insert') {
      if (own) push({ kind: 'added', text: own });
    } else if (op.op === 'delete') {
      push({ kind: 'missing', base: op.baseText });
    } else {
      push({ kind: 'changed', text: own, base: op.baseText });
    }
    cursor = Math.max(cursor, to);
  }
  if (cursor < text.length) push({ kind: 'same', text: text.slice(cursor) });
  return out;
}

/** Deletions sit at a point; put them before the op that starts there. */
const rank = (op: WordOp) => (op.op === 'delete' ? 0 : 1);
const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);
