/**
 * Step 8a (omissions): claims and facts that most articles carry and some do not:
 * "reported by 7 of 8 — not by X". "Most" means more than half, so two articles never
 * produce omissions (one of two is not most) and three produce them for claims two carry.
 */
import { cmp } from './entities';
import type { Claim, ComparedArticle, Comparison, Omission } from './types';

export interface OmissionSource {
  kind: Omission['kind'];
  refId: string;
  label: string;
  articleIds: readonly string[];
}

export function findOmissions(sources: readonly OmissionSource[], articles: readonly ComparedArticle[]): Omission[] {
  const n = articles.length;
  const outlet = new Map(articles.map((a) => [a.id, a.outlet]));
  const out: Omission[] = [];
  for (const s of sources) {
    const carried = new Set(s.articleIds);
    if (carried.size * 2 <= n || carried.size >= n) continue;
    const missingFrom = articles.map((a) => a.id).filter((id) => !carried.has(id)).sort(cmp);
    out.push({
      kind: s.kind,
      refId: s.refId,
      label: s.label,
      carriedBy: [...carried].sort(cmp),
      missingFrom,
      summary: `reported by ${carried.size} of ${n} — not by ${missingFrom.map((id) => outlet.get(id) ?? id).join(', ')}`,
    });
  }
  return out;
}

/** Omission sources from claims and facts. Entities only count when named in two or more articles' bodies. */
export function omissionSources(claims: readonly Claim[], facts: Comparison['facts'], claimLabel: (c: Claim) => string): OmissionSource[] {
  return [
    ...claims.map((c) => ({ kind: 'claim' as const, refId: c.id, label: claimLabel(c), articleIds: c.members.map((m) => m.articleId) })),
    ...facts.entities.map((e) => ({
      kind: 'entity' as const,
      refId: e.id,
      label: e.label,
      articleIds: [...new Set(e.mentions.filter((m) => m.field === 'text').map((m) => m.articleId))],
    })),
    ...facts.numbers.filter((f) => f.unit).map((f) => ({ kind: 'number' as const, refId: f.id, label: `${f.values[0]!.text} ${f.what}`.trim(), articleIds: f.articleIds })),
    ...facts.quotes.map((q) => ({ kind: 'quote' as const, refId: q.id, label: `“${q.versions[0]!.text}”`, articleIds: q.articleIds })),
  ];
}
