/**
 * A consistent snapshot for searching: segments grouped by language with their global
 * ordinal bases, and metadata by ordinal. Rebuilt lazily after any change to the segments.
 */
import type { SearchDocMeta } from '../../shared/search/filters';
import { getAnalyzer } from './analyzers';
import type { LanguageGroup, QueryBuffers } from './query-eval';
import type { SearchView } from './search-run';
import type { Segment } from './segment';

export function buildSearchView(segments: Segment[], meta: Map<string, SearchDocMeta>, buffers: QueryBuffers): SearchView {
  const bases: number[] = [];
  let total = 0;
  const groups = new Map<string, LanguageGroup>();
  for (const segment of segments) {
    bases.push(total);
    const group = groups.get(segment.analyzer) ?? { analyzer: getAnalyzer(segment.analyzer), segments: [] };
    group.segments.push({ segment, base: total });
    groups.set(segment.analyzer, group);
    total += segment.docCount;
  }
  // Metadata by global ordinal: filters and date sorts read it for every candidate. The objects
  // are shared with the engine, which changes them in place on updateMeta.
  const metaByOrdinal: Array<SearchDocMeta | undefined> = new Array(total);
  segments.forEach((segment, s) => {
    const ids = segment.data.docIds;
    for (let d = 0; d < ids.length; d++) if (!segment.deleted[d]) metaByOrdinal[bases[s]! + d] = meta.get(ids[d]!);
  });
  return {
    groups: [...groups.values()],
    buffers,
    metaAt: (g) => metaByOrdinal[g],
    docId: (g) => {
      let lo = 0;
      let hi = bases.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (bases[mid]! <= g) lo = mid;
        else hi = mid - 1;
      }
      return segments[lo]!.data.docIds[g - bases[lo]!]!;
    },
  };
}
