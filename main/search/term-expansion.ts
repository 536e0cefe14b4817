/**
 * lunr's `TokenSet.intersect`, run against a sorted vocabulary array instead of a TokenSet
 * of the whole vocabulary. lunr builds that TokenSet (a DAWG of every term) when an index
 * loads, which costs seconds and hundreds of MB at our scale; a sorted array already is an
 * implicit trie: the terms sharing a prefix form a contiguous range.
 *
 * The query side is lunr's own `TokenSet.fromClause` (wildcards, fuzzy edit distance), so
 * the set of expanded terms is exactly the one lunr would find.
 */
import type lunr from 'lunr';
import type { LunrClause } from './lunr-query';

type QNode = lunr.TokenSet & { final: boolean; edges: Record<string, QNode>; id: number };

/** A query node that accepts any continuation (the tail of `foo*`). */
function acceptsEverything(q: QNode): boolean {
  if (!q.final) return false;
  const keys = Object.keys(q.edges);
  return keys.length === 1 && keys[0] === '*' && q.edges['*'] === q;
}

/** Adds to `out` every term of `terms` (sorted) that lunr's query TokenSet accepts. */
export function intersectSorted(query: lunr.TokenSet, terms: string[], out: Set<string>): void {
  type Frame = [q: QNode, lo: number, hi: number, depth: number];
  const stack: Frame[] = [[query as QNode, 0, terms.length, 0]];
  // Fuzzy token sets reach the same (query node, vocabulary range) by many paths; visit each once.
  const seen = new Set<string>();
  while (stack.length > 0) {
    const [q, lo, hi, depth] = stack.pop()!;
    if (lo >= hi) continue;
    const key = `${q.id}:${lo}:${depth}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (acceptsEverything(q)) {
      for (let i = lo; i < hi; i++) out.add(terms[i]!);
      continue;
    }
    let i = lo;
    // Within a range every term starts with the same `depth` characters; the prefix itself sorts first.
    if (terms[i]!.length === depth) {
      if (q.final) out.add(terms[i]!);
      i++;
    }
    const edges = q.edges;
    const star = edges['*'];
    while (i < hi) {
      const code = terms[i]!.charCodeAt(depth);
      let a = i + 1;
      let b = hi;
      while (a < b) {
        const mid = (a + b) >>> 1;
        if (terms[mid]!.charCodeAt(depth) <= code) a = mid + 1;
        else b = mid;
      }
      const char = String.fromCharCode(code);
      const exact = edges[char];
      if (exact) stack.push([exact, i, a, depth + 1]);
      if (star && exact !== star) stack.push([star, i, a, depth + 1]);
      i = a;
    }
  }
}

/** True when the clause needs TokenSet expansion rather than a plain lookup. */
export function needsExpansion(clause: LunrClause): boolean {
  return 'editDistance' in clause || clause.term.includes('*');
}
