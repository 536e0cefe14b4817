/**
 * What a group of articles has in common, for a person deciding whether to accept it: the
 * names, numbers and words most members share, and a short label built from them.
 */
import type { DocFeatures, FeatureKind } from './features';
import type { ClusterEvidence } from './types';
import type { DocVector } from './vectors';

const MAX_TERMS = 8;
const MAX_ENTITIES = 6;
const MAX_NUMBERS = 5;
const LABEL_PARTS = 3;

interface Shared {
  key: string;
  /** Members having the feature. */
  count: number;
  /** Summed weight over members: how telling the feature is. */
  weight: number;
}

export function describeGroup(members: readonly number[], features: readonly DocFeatures[], vectors: readonly DocVector[]): { label: string; evidence: ClusterEvidence } {
  const byKey = new Map<string, Shared>();
  const written = new Map<string, Map<string, number>>();
  for (const i of members) {
    for (const [key, w] of vectors[i]!.weights) {
      const s = byKey.get(key) ?? { key, count: 0, weight: 0 };
      s.count++;
      s.weight += w;
      byKey.set(key, s);
      const form = features[i]!.surface.get(key) ?? key.slice(2);
      const forms = written.get(key) ?? new Map<string, number>();
      forms.set(form, (forms.get(form) ?? 0) + 1);
      written.set(key, forms);
    }
  }
  // In a group, evidence is what at least half the members (and at least two) share; alone, an article's strongest features.
  const need = members.length === 1 ? 1 : Math.max(2, Math.ceil(members.length / 2));
  const ranked = [...byKey.values()]
    .filter((s) => s.count >= need)
    .sort((x, y) => y.count - x.count || y.weight - x.weight || (x.key < y.key ? -1 : 1));
  const formOf = (key: string) => [...written.get(key)!].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length || (x[0] < y[0] ? -1 : 1))[0]![0];
  const pick = (kind: FeatureKind, max: number) => ranked.filter((s) => s.key[0] === kind).slice(0, max).map((s) => formOf(s.key));

  const entities = dedupe(pick('e', MAX_ENTITIES));
  const numbers = dedupe(pick('n', MAX_NUMBERS));
  // A word already inside a shared name adds nothing ("steele" beside "Michael Steele").
  const nameWords = new Set(entities.flatMap((e) => e.toLowerCase().split(/[\s-]+/)));
  const terms = dedupe(pick('t', MAX_TERMS + nameWords.size).filter((t) => !nameWords.has(t))).slice(0, MAX_TERMS);
  const label = [...entities.slice(0, LABEL_PARTS), ...terms].slice(0, LABEL_PARTS).join(' · ');
  return { label, evidence: { terms, entities, numbers } };
}

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => !seen.has(x.toLowerCase()) && seen.add(x.toLowerCase()));
}
