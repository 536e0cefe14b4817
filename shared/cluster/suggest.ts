/**
 * suggestStories: for newly imported articles, propose the existing story they belong to, or
 * a new story for several of them that report one event. Nothing is grouped here: the caller
 * shows each suggestion and the user accepts, edits or dismisses it.
 *
 * The new articles are grouped among themselves first (as clusterEvents would), then each
 * group is matched to the story whose articles it is most like on average. Only story articles
 * inside the date window of a new article count toward that average: a story can run for
 * weeks, and the new report should match its recent part, not all of it.
 */
import { cohesionOf, prepareSet, round } from './cluster';
import { withinWindow } from './dates';
import { describeGroup } from './describe';
import { averageLinkage } from './linkage';
import { resolveOptions, type ClusterDoc, type ClusterOptions, type StorySuggestion } from './types';

export interface ExistingStory {
  storyId: string;
  title: string;
  docs: ClusterDoc[];
}

export function suggestStories(newDocs: ClusterDoc[], existing: ExistingStory[], opts?: ClusterOptions): StorySuggestion[] {
  const { windowDays, threshold } = resolveOptions(opts);
  // An article may sit in several stories; it is one document for the similarity.
  const storyDocs = new Map<string, ClusterDoc>();
  for (const s of existing) for (const d of s.docs) storyDocs.set(d.id, d);
  const fresh = newDocs.filter((d) => !storyDocs.has(d.id));
  if (fresh.length === 0) return [];
  const set = prepareSet([...fresh, ...storyDocs.values()], windowDays, threshold);
  const indexOf = new Map(set.docs.map((d, i) => [d.id, i]));
  const isNew = new Set(fresh.map((d) => indexOf.get(d.id)!));

  // Group the new articles among themselves (indexes in canonical order, so still order-independent).
  const newIndexes = [...isNew].sort((x, y) => x - y);
  const local = new Map(newIndexes.map((g, l) => [g, l]));
  const localEdges = set.edges.filter((e) => isNew.has(e.a) && isNew.has(e.b)).map((e) => ({ a: local.get(e.a)!, b: local.get(e.b)!, sim: e.sim }));
  const groups = averageLinkage(newIndexes.length, localEdges, threshold).map((m) => m.map((l) => newIndexes[l]!));

  const day = (i: number) => set.features[i]!.day;
  const suggestions: StorySuggestion[] = [];
  for (const group of groups) {
    let best: { story: ExistingStory; score: number; near: number[] } | undefined;
    for (const story of [...existing].sort((x, y) => (x.storyId < y.storyId ? -1 : 1))) {
      const members = [...new Set(story.docs.map((d) => indexOf.get(d.id)!))];
      let sum = 0;
      let pairs = 0;
      const near = new Set<number>();
      for (const a of group) {
        for (const b of members) {
          if (!withinWindow(day(a), day(b), windowDays)) continue;
          sum += set.sim(a, b);
          pairs++;
          near.add(b);
        }
      }
      const score = pairs > 0 ? sum / pairs : 0;
      if (score >= threshold && (!best || score > best.score)) best = { story, score, near: [...near].sort((x, y) => x - y) };
    }
    const articleIds = group.map((i) => set.docs[i]!.id);
    if (best) {
      const { evidence } = describeGroup([...group, ...best.near], set.features, set.weighted.vectors);
      suggestions.push({ articleIds, target: { kind: 'existing', storyId: best.story.storyId }, score: round(best.score), evidence });
    } else if (group.length >= 2) {
      const { label, evidence } = describeGroup(group, set.features, set.weighted.vectors);
      suggestions.push({ articleIds, target: { kind: 'new', title: centralTitle(group, set.docs, set.sim) || label }, score: round(cohesionOf(group, set.sim)), evidence });
    }
  }
  return suggestions.sort((x, y) => y.score - x.score || (x.articleIds[0]! < y.articleIds[0]! ? -1 : 1));
}

/** The headline of the member most like the others: the most representative report names the story. */
function centralTitle(group: readonly number[], docs: readonly ClusterDoc[], sim: (a: number, b: number) => number): string {
  let best = group[0]!;
  let bestSum = -1;
  for (const a of group) {
    const sum = group.reduce((s, b) => s + (a === b ? 0 : sim(a, b)), 0);
    if (sum > bestSum && docs[a]!.title.trim()) [best, bestSum] = [a, sum];
  }
  return docs[best]!.title.trim();
}
