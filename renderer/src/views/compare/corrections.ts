/**
 * The user's fixes to the alignment, as story data: links and unlinks between sentences (by
 * article and character range, so they survive recomputation) and notes anchored to a sentence.
 */
import type { ComparisonIndex, RowCell } from '../../../../shared/export/index';
import type { Correction, RowNote, SentenceRef } from '../../../../shared/model/story';

export function sentenceRef(ix: ComparisonIndex, sentenceId: string): SentenceRef | undefined {
  const s = ix.sentence.get(sentenceId);
  return s && s.field === 'text' ? { articleId: s.articleId, start: s.start, end: s.end } : undefined;
}

const sameRef = (a: SentenceRef, b: SentenceRef) => a.articleId === b.articleId && a.start === b.start && a.end === b.end;
const samePair = (c: Correction, a: SentenceRef, b: SentenceRef) => (sameRef(c.a, a) && sameRef(c.b, b)) || (sameRef(c.a, b) && sameRef(c.b, a));

/** Adds a link between two sentences, replacing an earlier unlink of the same pair. */
export function addLink(list: readonly Correction[], a: SentenceRef, b: SentenceRef, now: string): Correction[] {
  return [...list.filter((c) => !samePair(c, a, b)), { kind: 'link', a, b, createdAt: now }];
}

/**
 * Takes a member out of its claim: unlinks each of its sentences from every sentence of the
 * other members (the engine forbids unlinked sentences from ever sharing a claim), and drops
 * earlier links between those pairs.
 */
export function addUnlink(list: readonly Correction[], ix: ComparisonIndex, cell: RowCell, others: readonly RowCell[], now: string): Correction[] {
  const mine = cell.sentenceIds.map((id) => sentenceRef(ix, id)).filter((r): r is SentenceRef => !!r);
  const theirs = others.flatMap((o) => o.sentenceIds.map((id) => sentenceRef(ix, id))).filter((r): r is SentenceRef => !!r);
  let out = [...list];
  for (const a of mine) {
    for (const b of theirs) {
      out = out.filter((c) => !samePair(c, a, b));
      out.push({ kind: 'unlink', a, b, createdAt: now });
    }
  }
  return out;
}

/** Sets, replaces or (with empty text) removes the note anchored to `anchor`. */
export function upsertNote(list: readonly RowNote[], anchor: SentenceRef, text: string, now: string): RowNote[] {
  const rest = list.filter((n) => !sameRef(n.anchor, anchor));
  return text.trim() ? [...rest, { anchor, text: text.trim(), updatedAt: now }] : rest;
}

/** The sentence a row's note is anchored to: the first cell's first sentence. */
export function rowAnchor(ix: ComparisonIndex, cells: readonly RowCell[]): SentenceRef | undefined {
  const first = cells[0];
  return first ? sentenceRef(ix, first.sentenceIds[0]!) : undefined;
}
