/**
 * clusterEvents: every document in exactly one group of reports on the same event.
 *
 * features (per document) → tf-idf vectors (per set) → candidate pairs inside the date window
 * (inverted index of rare features) → exact cosine → average linkage at the threshold →
 * label and evidence per group.
 */
import { scoredPairs, type Edge } from './candidates';
import { describeGroup } from './describe';
import { extractFeatures, type DocFeatures } from './features';
import { averageLinkage } from './linkage';
import { resolveOptions, type ClusterDoc, type ClusterOptions, type EventCluster } from './types';
import { weightFeatures, type WeightedSet } from './vectors';

/** Edges this much weaker than the threshold still count toward a group's average; weaker ones count as 0. */
const EDGE_FLOOR_RATIO = 0.25;

/** Everything computed about a set of documents, in canonical (id-sorted) order. */
export interface PreparedSet {
  docs: ClusterDoc[];
  features: DocFeatures[];
  weighted: WeightedSet;
  edges: Edge[];
  /** Similarity of two indexes (0 when no edge). */
  sim(a: number, b: number): number;
}

export function prepareSet(docs: readonly ClusterDoc[], windowDays: number, threshold: number, featureCache?: Map<string, DocFeatures>): PreparedSet {
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.id)) throw new Error(`clusterEvents: document id "${d.id}" is given twice; pass each document once.`);
    seen.add(d.id);
  }
  const canonical = [...docs].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const features = canonical.map((d) => featureCache?.get(d.id) ?? extractFeatures(d));
  const weighted = weightFeatures(features);
  const edges = scoredPairs(weighted, features.map((f) => f.day), windowDays, threshold * EDGE_FLOOR_RATIO);
  const n = canonical.length;
  const byPair = new Map<number, number>(edges.map((e) => [e.a * n + e.b, e.sim]));
  const sim = (a: number, b: number) => (a === b ? 1 : byPair.get(Math.min(a, b) * n + Math.max(a, b)) ?? 0);
  return { docs: canonical, features, weighted, edges, sim };
}

/** Mean pairwise similarity of a group (1 for one document). */
export function cohesionOf(members: readonly number[], sim: (a: number, b: number) => number): number {
  if (members.length < 2) return 1;
  let sum = 0;
  for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) sum += sim(members[x]!, members[y]!);
  return sum / ((members.length * (members.length - 1)) / 2);
}

export function clusterEvents(docs: ClusterDoc[], opts?: ClusterOptions): EventCluster[] {
  const { windowDays, threshold } = resolveOptions(opts);
  const set = prepareSet(docs, windowDays, threshold);
  const groups = averageLinkage(set.docs.length, set.edges, threshold);
  const clusters = groups.map((members) => ({
    ids: members.map((i) => set.docs[i]!.id),
    ...describeGroup(members, set.features, set.weighted.vectors),
    cohesion: round(cohesionOf(members, set.sim)),
  }));
  // Biggest groups first, then the tightest: what a person should look at first.
  return clusters
    .map(({ ids, label, cohesion, evidence }) => ({ ids, label, cohesion, evidence }))
    .sort((x, y) => y.ids.length - x.ids.length || y.cohesion - x.cohesion || (x.ids[0]! < y.ids[0]! ? -1 : 1));
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
