/**
 * The facts panel as data: one row per person, organisation, place, number or quote, one cell
 * per article: what that article writes (its spelling, its number, its wording of the quote),
 * or nothing when it does not carry the fact. Cells that disagree with the others are flagged
 * so the view and the reports can mark them with more than colour.
 */
import type { EntityKind, FactMention } from '../compare/types';
import type { ComparisonIndex } from './comparison-index';

export type FactGroup = 'entity' | 'number' | 'quote';

export interface FactCell {
  /** What the article writes: its spelling, its number as written, its wording of the quote. */
  text: string;
  /** Extra detail for a tooltip or a report: other spellings, mention counts, the speaker. */
  detail: string;
  /** Where to jump to. */
  mention: FactMention;
  /** Differs from the other articles (spelling, value, hedging, wording). */
  differs: boolean;
}

export interface FactRow {
  group: FactGroup;
  /** person / organization / place / other for entities; "number" or "quote" otherwise. */
  kind: EntityKind | 'number' | 'quote';
  id: string;
  label: string;
  /** Why the row is flagged, or empty: "spelling differs", "values differ", "hedged differently", "worded differently". */
  disagreement: string;
  cells: Map<string, FactCell>;
}

const ENTITY_ORDER: Record<EntityKind, number> = { person: 0, organization: 1, place: 2, other: 3 };

export function factsMatrix(ix: ComparisonIndex): FactRow[] {
  const { facts } = ix.comparison;
  const rows: FactRow[] = [];
  const entities = [...facts.entities].sort((a, b) => ENTITY_ORDER[a.kind] - ENTITY_ORDER[b.kind] || b.articleIds.length - a.articleIds.length);
  for (const e of entities) {
    const cells = new Map<string, FactCell>();
    for (const articleId of e.articleIds) {
      const spellings = e.variants.filter((v) => v.articleId === articleId).sort((a, b) => b.spelling.length - a.spelling.length || b.count - a.count);
      const mention = e.mentions.find((m) => m.articleId === articleId);
      if (!mention || spellings.length === 0) continue;
      const count = spellings.reduce((n, v) => n + v.count, 0);
      // An article "differs" when none of its spellings is the one most articles use.
      const differs = e.spellingDiffers && !spellings.some((v) => v.spelling === e.label);
      cells.set(articleId, {
        text: spellings[0]!.spelling,
        detail: `${count} mention${count === 1 ? '' : 's'}${spellings.length > 1 ? `: ${spellings.map((v) => `${v.spelling} ×${v.count}`).join(', ')}` : ''}`,
        mention,
        differs,
      });
    }
    rows.push({ group: 'entity', kind: e.kind, id: e.id, label: e.label, disagreement: e.spellingDiffers ? 'spelling differs' : '', cells });
  }
  for (const n of facts.numbers) {
    if (n.articleIds.length < 2 && n.disagreement === 'none') continue; // a number only one article gives is not a comparison
    const cells = new Map<string, FactCell>();
    const usual = mode(n.values.map((v) => `${v.value}|${v.qualifier}`));
    for (const v of n.values) {
      if (cells.has(v.articleId)) continue;
      cells.set(v.articleId, { text: v.text, detail: v.qualifier ? `qualified: “${v.qualifier}”` : '', mention: v.mention, differs: n.disagreement !== 'none' && `${v.value}|${v.qualifier}` !== usual });
    }
    const disagreement = n.disagreement === 'value' ? 'values differ' : n.disagreement === 'qualifier' ? 'hedged differently' : '';
    rows.push({ group: 'number', kind: 'number', id: n.id, label: n.what || n.unit || 'number', disagreement, cells });
  }
  for (const q of facts.quotes) {
    const cells = new Map<string, FactCell>();
    for (const v of q.versions) {
      if (cells.has(v.articleId)) continue;
      const changed = v.ops.some((op) => op.op !== 'equal' && !op.trivial);
      cells.set(v.articleId, { text: v.text, detail: v.speakerText ? `attributed to ${v.speakerText}` : '', mention: v.mention, differs: q.wordingDiffers && changed });
    }
    const first = q.versions[0]?.text ?? '';
    rows.push({ group: 'quote', kind: 'quote', id: q.id, label: `${q.speaker ? `${q.speaker}: ` : ''}“${truncate(first, 60)}”`, disagreement: q.wordingDiffers ? 'worded differently' : '', cells });
  }
  return rows;
}

function mode(values: string[]): string {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
