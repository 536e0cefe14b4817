import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../main/search/search-engine';
import { containsPhraseWords, extractPhrases, findPhrase, phraseRegExp } from '../../../shared/search/query-phrases';
import { buildSnippets, findHighlights } from '../../../shared/search/snippets';
import { HARBOUR_LIBRARY } from '../../fixtures/search/tiny-library';
import { textLookup, withTempDir } from './helpers';

/** Renders highlights as «…» so expectations read like the UI. */
const mark = (text: string, ranges: Array<[number, number]>) =>
  ranges.reduceRight((t, [s, e]) => `${t.slice(0, s)}«${t.slice(s, e)}»${t.slice(e)}`, text);

describe('phrase extraction', () => {
  it('lifts phrases out, keeping offsets for lunr', () => {
    const q = 'ferry "no compromise" -"harbour board" title:"strike talks"';
    const { rest, phrases } = extractPhrases(q);
    expect(rest.length).toBe(q.length);
    expect(rest.trim()).toBe('ferry');
    expect(phrases.map((p) => [p.words.join(' '), p.prohibited, p.field ?? '-'])).toEqual([
      ['no compromise', false, '-'],
      ['harbour board', true, '-'],
      ['strike talks', false, 'title'],
    ]);
    expect(q.slice(phrases[1]!.start, phrases[1]!.end)).toBe('-"harbour board"');
  });

  it('reports an unclosed quote at the quote', () => {
    const { problem } = extractPhrases('ferry "no compromise');
    expect(problem).toMatchObject({ start: 6, end: 20 });
  });

  it('matches words in order across punctuation and hyphens, not inside longer words', () => {
    for (const [text, expected] of [
      ['There is No-compromise here', true],
      ['no, compromise', true],
      ['no compromises', false],
      ['casino compromise', false],
      ['compromise no', false],
    ] as const) {
      expect(containsPhraseWords(text, ['no', 'compromise']), text).toBe(expected);
      expect(findPhrase(text, phraseRegExp(['no', 'compromise'])).length > 0, text).toBe(expected);
    }
  });
});

describe('snippets', () => {
  it('highlights words whose lunr form matched, trimmed of punctuation', () => {
    const text = 'Elections, elected officials and the electorate.';
    const ranges = findHighlights(text, (t) => t.replace(/[^a-z]/g, '').startsWith('elect') && !t.startsWith('electorate'));
    expect(mark(text, ranges)).toBe('«Elections», «elected» officials and the electorate.');
  });

  it('returns 1–3 windows around the richest matches, in reading order', () => {
    const filler = 'lorem ipsum '.repeat(40);
    const text = `${filler}ferry strike ${filler}ferry ${filler}strike ferry union ${filler}`;
    const ranges = findHighlights(text, (t) => ['ferry', 'strike', 'union'].includes(t));
    const snippets = buildSnippets(text, ranges);
    expect(snippets.length).toBe(3);
    expect(snippets.map((s) => s.offset)).toEqual([...snippets.map((s) => s.offset)].sort((a, b) => a - b));
    for (const s of snippets) {
      expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
      expect(s.highlights.length).toBeGreaterThan(0);
    }
    expect(mark(snippets[2]!.text, snippets[2]!.highlights)).toContain('«strike» «ferry» «union»');
  });

  it('falls back to the opening when nothing in the body matched', () => {
    expect(buildSnippets('Short text.', [])).toEqual([{ text: 'Short text.', highlights: [], offset: 0 }]);
  });
});

describe('phrase queries in the engine', () => {
  it('finds exact phrases, excludes phrases and highlights them', () =>
    withTempDir(async (dir) => {
      const engine = await SearchEngine.open(dir, { workers: 0 });
      await engine.add(HARBOUR_LIBRARY);
      const getText = textLookup(HARBOUR_LIBRARY);
      const ids = (query: string) => engine.search({ query, limit: 100 }, getText).hits.map((h) => h.id).sort();
      // "no" is a stop word: lunr finds "compromise" candidates, the text check keeps the phrase.
      expect(ids('"no compromise"')).toEqual(['h01', 'h02']);
      expect(ids('compromise')).toEqual(['h01', 'h02', 'h11', 'h17']);
      expect(ids('"ferry strike"')).toEqual(['h01', 'h02', 'h07']);
      expect(ids('"ferry strike" -"island crossings"')).toEqual(['h02', 'h07']);
      expect(ids('title:"ferry strike"')).toEqual(['h01', 'h02']);
      expect(ids('strike -"ferry strike"')).toEqual(['h03', 'h17']);
      const hit = engine.search({ query: '"no compromise"' }, getText).hits.find((h) => h.id === 'h01')!;
      expect(mark(hit.snippets[0]!.text, hit.snippets[0]!.highlights)).toContain('«No compromise»');
      await engine.close();
    }));
});
