/**
 * The side-by-side table as data: one row per claim or unique sentence (in the engine's row
 * order), one cell per article that carries it. The view, the HTML and Markdown reports and the
 * claims CSV all read this, so they show the same rows.
 */
import type { Claim, ClaimMember, ComparedSentence } from '../compare/types';
import { memberText, type ComparisonIndex } from './comparison-index';

export interface RowCell {
  articleId: string;
  sentenceIds: string[];
  /** Range in the article's text. */
  start: number;
  end: number;
  text: string;
  /** Set for claim rows. */
  member?: ClaimMember;
  /** This cell is the wording the others are compared with. */
  isBase: boolean;
  /** Wording differs from the base (counting trivial changes only when asked). */
  differs: boolean;
  sharedCopy: boolean;
  /** Of the cell's first sentence. */
  position: ComparedSentence['position'];
  paragraph: number;
}

export interface AlignedRow {
  /** 0-based position in the row order. */
  index: number;
  kind: 'claim' | 'unique';
  /** Claim id or sentence id: stable across re-renders of the same comparison. */
  key: string;
  claim?: Claim;
  cells: Map<string, RowCell>;
  /** Articles carrying the row. */
  carriedBy: number;
  /** Articles compared. */
  of: number;
  /** Some member's wording differs from the base. */
  differs: boolean;
  /** Every cell is verbatim shared copy (wire copy, syndication). */
  sharedCopy: boolean;
}

/** Does this member differ from the base, given whether trivial changes count? */
export function memberDiffers(member: ClaimMember, includeTrivial: boolean): boolean {
  return member.ops.some((op) => op.op !== 'equal' && (includeTrivial || !op.trivial));
}

export function alignedRows(ix: ComparisonIndex, opts: { includeTrivial?: boolean } = {}): AlignedRow[] {
  const includeTrivial = opts.includeTrivial ?? ix.comparison.engine.includeTrivialDifferences;
  const of = ix.comparison.articles.length;
  const rows: AlignedRow[] = [];
  for (const r of ix.comparison.rows) {
    if (r.kind === 'claim') {
      const claim = ix.claim.get(r.claimId);
      if (!claim) continue;
      const cells = new Map<string, RowCell>();
      for (const m of claim.members) {
        const first = ix.sentence.get(m.sentenceIds[0] ?? '');
        cells.set(m.articleId, {
          articleId: m.articleId,
          sentenceIds: m.sentenceIds,
          start: m.start,
          end: m.end,
          text: memberText(ix, m),
          member: m,
          isBase: m.articleId === claim.baseArticleId,
          differs: memberDiffers(m, includeTrivial),
          sharedCopy: m.sharedCopy,
          position: first?.position ?? 'paragraph',
          paragraph: first?.paragraph ?? 0,
        });
      }
      const differs = [...cells.values()].some((c) => c.differs);
      rows.push({ index: rows.length, kind: 'claim', key: claim.id, claim, cells, carriedBy: cells.size, of, differs, sharedCopy: claim.sharedCopy });
    } else {
      const s = ix.sentence.get(r.sentenceId);
      if (!s) continue;
      const cell: RowCell = {
        articleId: s.articleId,
        sentenceIds: [s.id],
        start: s.start,
        end: s.end,
        text: s.text,
        isBase: true,
        differs: false,
        sharedCopy: s.sharedCopy,
        position: s.position,
        paragraph: s.paragraph,
      };
      rows.push({ index: rows.length, kind: 'unique', key: s.id, cells: new Map([[s.articleId, cell]]), carriedBy: 1, of, differs: false, sharedCopy: s.sharedCopy });
    }
  }
  return rows;
}

/** "headline", "lede", "¶3" (1-based paragraph numbers, as a reader counts them). */
export function positionLabel(position: ComparedSentence['position'], paragraph: number): string {
  if (position === 'headline') return 'headline';
  if (position === 'lede') return 'lede';
  return `¶${paragraph + 1}`;
}

/** A short description of what a row is: "shared by all 4", "3 of 4", "only The Courier". */
export function rowSummary(row: AlignedRow, label: (articleId: string) => string): string {
  if (row.kind === 'unique') return `only ${label([...row.cells.keys()][0]!)}`;
  if (row.carriedBy === row.of) return `shared by all ${row.of}`;
  return `${row.carriedBy} of ${row.of}`;
}
