/**
 * Average-linkage agglomerative clustering on a sparse similarity graph. Two groups merge
 * while the mean similarity over *all* their cross pairs reaches the threshold; a pair with no
 * edge (too dissimilar, or outside the date window) counts as 0. That is what keeps two events
 * apart when one article mentions both: a single bridge cannot pull two groups together
 * (single linkage / connected components would chain them), because the other pairs vote no.
 *
 * Deterministic: documents are numbered in a canonical order by the caller, and equal
 * similarities are merged lowest index first, so the result never depends on input order.
 */
import type { Edge } from './candidates';

/** A max-heap of candidate merges, with lazy deletion (stale entries are skipped when popped). */
class MergeHeap {
  private items: Array<{ avg: number; a: number; b: number; va: number; vb: number }> = [];

  push(item: { avg: number; a: number; b: number; va: number; vb: number }): void {
    const h = this.items;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  pop(): { avg: number; a: number; b: number; va: number; vb: number } | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

function before(x: { avg: number; a: number; b: number }, y: { avg: number; a: number; b: number }): boolean {
  return x.avg > y.avg || (x.avg === y.avg && (x.a < y.a || (x.a === y.a && x.b < y.b)));
}

/**
 * Groups of document indexes (each sorted; groups ordered by their first member).
 * A group is named by its lowest member index, which is also its place in the arrays below.
 */
export function averageLinkage(n: number, edges: readonly Edge[], threshold: number): number[][] {
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const alive: boolean[] = new Array<boolean>(n).fill(true);
  const version: number[] = new Array<number>(n).fill(0);
  // Sum of similarities between two groups, kept on both sides.
  const sums: Array<Map<number, number>> = Array.from({ length: n }, () => new Map());
  for (const e of edges) {
    sums[e.a]!.set(e.b, (sums[e.a]!.get(e.b) ?? 0) + e.sim);
    sums[e.b]!.set(e.a, (sums[e.b]!.get(e.a) ?? 0) + e.sim);
  }
  const heap = new MergeHeap();
  const offer = (a: number, b: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const avg = sums[x]!.get(y)! / (members[x]!.length * members[y]!.length);
    if (avg >= threshold) heap.push({ avg, a: x, b: y, va: version[x]!, vb: version[y]! });
  };
  for (let a = 0; a < n; a++) for (const b of sums[a]!.keys()) if (a < b) offer(a, b);

  for (let top = heap.pop(); top; top = heap.pop()) {
    const { a, b } = top;
    if (!alive[a] || !alive[b] || version[a] !== top.va || version[b] !== top.vb) continue;
    // Merge b into a (a < b, so the group keeps its lowest index).
    alive[b] = false;
    version[a]!++;
    members[a] = [...members[a]!, ...members[b]!].sort((x, y) => x - y);
    members[b] = [];
    const sa = sums[a]!;
    sa.delete(b);
    for (const [c, s] of sums[b]!) {
      if (c === a) continue;
      sa.set(c, (sa.get(c) ?? 0) + s);
      sums[c]!.delete(b);
    }
    sums[b]!.clear();
    for (const [c, s] of sa) sums[c]!.set(a, s);
    for (const c of [...sa.keys()].sort((x, y) => x - y)) offer(a, c);
  }
  return members.filter((m, i) => alive[i] && m.length > 0);
}
