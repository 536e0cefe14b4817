/**
 * When to merge segments (a much simplified Lucene TieredMergePolicy): each import adds a
 * small segment; once a language has too many, the smallest are merged, so big segments
 * are rarely rewritten. A segment with many deleted articles is merged to purge them.
 */
import type { Segment } from './segment';

export interface MergePolicy {
  /** Merge when a language has more segments than this. */
  maxSegmentsPerLanguage: number;
  /** Merge a segment whose share of deleted documents exceeds this. */
  maxDeletedRatio: number;
}

export const DEFAULT_MERGE_POLICY: MergePolicy = { maxSegmentsPerLanguage: 6, maxDeletedRatio: 0.25 };

/** The next group of segments to merge (all of one language), or undefined when none is needed. */
export function pickMerge(segments: Segment[], policy: MergePolicy = DEFAULT_MERGE_POLICY): Segment[] | undefined {
  const byLanguage = new Map<string, Segment[]>();
  for (const s of segments) byLanguage.set(s.analyzer, [...(byLanguage.get(s.analyzer) ?? []), s]);
  for (const group of byLanguage.values()) {
    const bySize = [...group].sort((a, b) => a.liveCount - b.liveCount);
    if (group.length > policy.maxSegmentsPerLanguage) {
      const count = Math.max(2, group.length - (policy.maxSegmentsPerLanguage - 2));
      return bySize.slice(0, count);
    }
    const purge = group.find((s) => s.docCount > 0 && (s.docCount - s.liveCount) / s.docCount > policy.maxDeletedRatio);
    if (purge) return [purge];
  }
  return undefined;
}
