import { describe, expect, it } from 'vitest';
import type { SearchRequest } from '../../../shared/model/search';
import { SearchEngine } from '../../../main/search/search-engine';
import { HARBOUR_LIBRARY } from '../../fixtures/search/tiny-library';
import { textLookup, withTempDir } from './helpers';

async function withHarbour(fn: (search: (req: SearchRequest) => ReturnType<SearchEngine['search']>, engine: SearchEngine) => Promise<void> | void) {
  await withTempDir(async (dir) => {
    const engine = await SearchEngine.open(dir, { workers: 0 });
    await engine.add(HARBOUR_LIBRARY);
    const getText = textLookup(HARBOUR_LIBRARY);
    await fn((req) => engine.search({ limit: 100, ...req }, getText), engine);
    await engine.close();
  });
}
const ids = (r: { hits: Array<{ id: string }> }) => r.hits.map((h) => h.id);

describe('filters and sorting outside the query', () => {
  it('filters by outlet, date range, story and no story', () =>
    withHarbour((search) => {
      expect(ids(search({ query: 'ferry', filters: { outlets: ['coast courier'] } })).sort()).toEqual(['h02', 'h11']);
      expect(ids(search({ query: 'ferry', filters: { from: '2024-01-06', to: '2024-05-12' } })).sort()).toEqual(['h02', 'h07']);
      expect(ids(search({ query: 'ferry', filters: { storyId: 's-strike' } })).sort()).toEqual(['h02', 'h11', 'h12']);
      expect(ids(search({ query: 'ferry', filters: { notInStory: true } })).sort()).toEqual(['h01']);
    }));

  it('sorts by date either way and pages', () =>
    withHarbour((search) => {
      expect(ids(search({ query: 'lighthouse', sort: 'date-desc' }))).toEqual(['h18', 'h15', 'h14', 'h05', 'h04']);
      expect(ids(search({ query: 'lighthouse', sort: 'date-asc' }))).toEqual(['h04', 'h05', 'h14', 'h15', 'h18']);
      const all = search({ query: 'harbour' });
      const page = search({ query: 'harbour', offset: 2, limit: 3 });
      expect(page.total).toBe(all.total);
      expect(ids(page)).toEqual(ids(all).slice(2, 5));
    }));

  it('sees metadata changes at once, without reindexing', () =>
    withHarbour((search, engine) => {
      expect(ids(search({ query: 'museum', filters: { storyId: 's-lights' } }))).toEqual([]);
      engine.updateMeta('h18', { storyIds: ['s-lights'], outlet: 'Lantern Weekly' });
      expect(ids(search({ query: 'museum', filters: { storyId: 's-lights', outlets: ['Lantern Weekly'] } }))).toEqual(['h18']);
      expect(search({ query: 'museum' }).hits[0]!.outlet).toBe('Lantern Weekly');
    }));
});

describe('malformed queries', () => {
  it.each([
    ['title:', 'a search term must follow'],
    ['colour:red ferry', 'Unknown field'],
    ['ferry~x', 'whole number'],
    ['ferry^', 'whole number'],
    ['"ferry strike', 'Unclosed quote'],
    ['body:"ferry strike"  outlet:"coast courier"', 'title or body'],
  ])('%s → a problem at the right place, no exception', (query, message) =>
    withHarbour((search) => {
      const r = search({ query });
      expect(r.hits).toEqual([]);
      expect(r.problem?.message).toContain(message);
      expect(r.problem!.start).toBeGreaterThanOrEqual(0);
      expect(r.problem!.end).toBeGreaterThan(r.problem!.start);
      expect(r.problem!.end).toBeLessThanOrEqual(query.length);
    }));

  it('points at the unknown field', () =>
    withHarbour((search) => {
      const query = 'ferry colour:red';
      const { problem } = search({ query });
      expect(query.slice(problem!.start, problem!.end)).toBe('colour');
    }));

  it('returns nothing for an empty query', () =>
    withHarbour((search) => {
      expect(search({ query: '   ' })).toMatchObject({ hits: [], total: 0 });
      expect(search({ query: '   ' }).problem).toBeUndefined();
    }));
});
