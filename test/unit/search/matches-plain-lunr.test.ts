/**
 * The engine must return what one plain lunr index returns for the same query: the same
 * documents with the same scores (global statistics make segmenting invisible), whether the
 * library sits in one segment, many small ones, or was merged, saved and reloaded.
 */
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../main/search/search-engine';
import { HARBOUR_LIBRARY } from '../../fixtures/search/tiny-library';
import { plainLunr, scoreMap, textLookup, withTempDir } from './helpers';

const QUERIES = [
  'ferry', 'strike', 'ferry strike', 'lighthouse keeper', 'harbour', 'election', 'elections', 'elected',
  'title:ferry', 'body:ferry', 'outlet:herald', 'authors:rivers', 'title:lighthouse body:storm',
  'light*', 'fish*', '*house', 'h*r', 'isl*nd*',
  'ferri~1', 'storn~1', 'lighthose~2', 'mayr~1',
  '+ferry +strike', '+ferry -strike', '-strike', '-strike -ferry', '+mayor election', '+nonexistent ferry', 'nonexistent',
  'ferry^10 strike', 'cod^2 quota', 'title:strike^3 union', '+title:ferry island', 'compromise', 'the', 'no compromise',
  'keeper -title:lighthouse', 'storm* +harbour', 'fisherman fishermen fishing', 'ferry ferry',
];

async function engineWith(dir: string, batches: number): Promise<SearchEngine> {
  const engine = await SearchEngine.open(dir, { workers: 0, mergePolicy: { maxSegmentsPerLanguage: 100, maxDeletedRatio: 1 } });
  const size = Math.ceil(HARBOUR_LIBRARY.length / batches);
  for (let i = 0; i < HARBOUR_LIBRARY.length; i += size) await engine.add(HARBOUR_LIBRARY.slice(i, i + size));
  return engine;
}

function compare(engine: SearchEngine) {
  const reference = plainLunr(HARBOUR_LIBRARY);
  const getText = textLookup(HARBOUR_LIBRARY);
  let nonEmpty = 0;
  for (const query of QUERIES) {
    const expected = scoreMap(reference.search(query));
    const response = engine.search({ query, limit: 1000 }, getText);
    expect(response.problem, query).toBeUndefined();
    expect({ query, scores: scoreMap(response.hits) }).toEqual({ query, scores: expected });
    expect(response.total).toBe(Object.keys(expected).length);
    if (response.total > 0) nonEmpty++;
  }
  // The query set must exercise real matches, not agree on empty results.
  expect(nonEmpty).toBeGreaterThan(QUERIES.length * 0.7);
}

describe('results match a plain lunr index', () => {
  it('with the library in one segment', () =>
    withTempDir(async (dir) => {
      const engine = await engineWith(dir, 1);
      expect(engine.status().segments).toBe(1);
      compare(engine);
      await engine.close();
    }));

  it('with the library spread over six segments', () =>
    withTempDir(async (dir) => {
      const engine = await engineWith(dir, 6);
      expect(engine.status().segments).toBe(6);
      compare(engine);
      await engine.close();
    }));

  it('after merging segments', () =>
    withTempDir(async (dir) => {
      const engine = await SearchEngine.open(dir, { workers: 0, mergePolicy: { maxSegmentsPerLanguage: 2, maxDeletedRatio: 1 } });
      for (let i = 0; i < HARBOUR_LIBRARY.length; i += 3) await engine.add(HARBOUR_LIBRARY.slice(i, i + 3));
      await engine.idle();
      expect(engine.status().segments).toBeLessThanOrEqual(2);
      compare(engine);
      await engine.close();
    }));

  it('after saving and reloading', () =>
    withTempDir(async (dir) => {
      const first = await engineWith(dir, 4);
      await first.close();
      const reloaded = await SearchEngine.open(dir, { workers: 0 });
      expect(reloaded.status()).toMatchObject({ state: 'ready', documents: HARBOUR_LIBRARY.length, segments: 4 });
      compare(reloaded);
      await reloaded.close();
    }));
});
