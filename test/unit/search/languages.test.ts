import { describe, expect, it } from 'vitest';
import { analyzerKeyFor } from '../../../main/search/analyzers';
import { SearchEngine } from '../../../main/search/search-engine';
import { FOREIGN_LIBRARY, HARBOUR_LIBRARY } from '../../fixtures/search/tiny-library';
import { plainLunr, scoreMap, textLookup, withTempDir } from './helpers';

const LIBRARY = [...HARBOUR_LIBRARY, ...FOREIGN_LIBRARY];
const getText = textLookup(LIBRARY);

async function withMixed(fn: (ids: (q: string) => string[]) => void) {
  await withTempDir(async (dir) => {
    const engine = await SearchEngine.open(dir, { workers: 0 });
    await engine.add(LIBRARY);
    await engine.close(); // and reload: saved pipelines must load
    const reloaded = await SearchEngine.open(dir, { workers: 0 });
    fn((q) => reloaded.search({ query: q, limit: 100 }, getText).hits.map((h) => h.id).sort());
    await reloaded.close();
  });
}

describe('articles in other languages', () => {
  it('picks an analyzer per language', () => {
    expect(['en', 'und', 'de', 'ru', 'uk', 'nb', 'ja', 'zz'].map(analyzerKeyFor)).toEqual(['en', 'en', 'de', 'ru', 'uk', 'no', 'xx', 'xx']);
  });

  it('finds inflected German, Russian and Ukrainian forms with their own stemmers', () =>
    withMixed((ids) => {
      expect(ids('Gewerkschaften')).toEqual(['de1', 'de2']); // "Gewerkschaft"
      expect(ids('Überfahrt')).toEqual(['de1']); // "Überfahrten"
      expect(ids('забастовки')).toEqual(['ru1']); // "Забастовка", "забастовку"
      expect(ids('мэра')).toEqual(['ru2']); // "мэр"
      expect(ids('вибори')).toEqual(['uk1']); // "Вибори"
      expect(ids('поромників')).toEqual(['uk1']);
    }));

  it('keeps Latin words inside Cyrillic articles and does not stem English with German rules', () =>
    withMixed((ids) => {
      expect(ids('nato')).toEqual(['ru1']);
      expect(ids('elections')).toEqual(['h06', 'h07', 'h10']);
      expect(ids('und')).toEqual([]); // a German stop word is not indexed
    }));

  it('scores a German group like a plain lunr index with lunr.de', () =>
    withTempDir(async (dir) => {
      const german = [
        ...FOREIGN_LIBRARY.filter((d) => d.language === 'de'),
        { ...FOREIGN_LIBRARY[0]!, id: 'de3', title: 'Insel wartet auf Fähren', text: 'Die Insel wartet. Keine Fähren, keine Überfahrten, keine Einigung.' },
      ];
      const engine = await SearchEngine.open(dir, { workers: 0 });
      await engine.add(german);
      const reference = plainLunr(german, 'de');
      for (const q of ['Fähren', 'insel', 'Überfahrt*', 'gewerkschaft~1', '+insel -einigung', 'title:fähren']) {
        expect({ q, s: scoreMap(engine.search({ query: q, limit: 100 }, getText).hits) }).toEqual({ q, s: scoreMap(reference.search(q)) });
      }
      expect(Object.keys(scoreMap(reference.search('insel'))).length).toBe(3);
      await engine.close();
    }));
});
