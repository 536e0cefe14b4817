import { describe, expect, it } from 'vitest';
import { averageLinkage } from '../../../shared/cluster/linkage';
import type { Edge } from '../../../shared/cluster/candidates';

/** Edges written as "a-b:0.5", so a graph reads like a picture. */
const graph = (...specs: string[]): Edge[] =>
  specs.map((s) => {
    const [pair, sim] = s.split(':');
    const [a, b] = pair!.split('-').map(Number);
    return { a: a!, b: b!, sim: Number(sim) };
  });

describe('averageLinkage', () => {
  it('does not chain two tight triangles through a bridge article (single linkage would)', () => {
    // 0-1-2 and 3-4-5 are tight; article 6 (a round-up) is close to 2 and to 3.
    const edges = graph('0-1:0.6', '0-2:0.6', '1-2:0.6', '3-4:0.6', '3-5:0.6', '4-5:0.6', '2-6:0.7', '3-6:0.7');
    expect(averageLinkage(7, edges, 0.3)).toEqual([[0, 1, 2, 6], [3, 4, 5]]);
  });

  it('merges groups when most cross pairs agree, even with one pair missing', () => {
    // 2 has no edge to 0 (say, outside the date window) but is close to 1, and 0-1 are close.
    const edges = graph('0-1:0.8', '1-2:0.6');
    expect(averageLinkage(3, edges, 0.3)).toEqual([[0, 1, 2]]);
    expect(averageLinkage(3, edges, 0.31)).toEqual([[0, 1], [2]]);
  });

  it('keeps every index exactly once, singletons included', () => {
    expect(averageLinkage(4, graph('1-3:0.9'), 0.5)).toEqual([[0], [1, 3], [2]]);
    expect(averageLinkage(0, [], 0.5)).toEqual([]);
  });

  it('breaks ties by the lowest index, so equal similarities give one answer', () => {
    // 1 is equally close to 0 and 2, which are far apart: it joins 0, and 2 stays alone.
    expect(averageLinkage(3, graph('0-1:0.5', '1-2:0.5'), 0.4)).toEqual([[0, 1], [2]]);
  });
});
