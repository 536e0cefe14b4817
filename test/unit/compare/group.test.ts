import { describe, expect, it } from 'vitest';
import { groupLinks } from '../../../shared/compare/group';
import { candidatePairs } from '../../../shared/compare/candidates';

// Sentences: article 0 has 0..2, article 1 has 3..4, article 2 has 5.
const sentences = [
  { article: 0, index: 0 },
  { article: 0, index: 1 },
  { article: 0, index: 2 },
  { article: 1, index: 0 },
  { article: 1, index: 1 },
  { article: 2, index: 0 },
];

describe('groupLinks', () => {
  it('joins links across outlets into one claim', () => {
    const groups = groupLinks(sentences, [
      { a: 0, b: 3, score: 0.9 },
      { a: 3, b: 5, score: 0.8 },
    ]);
    expect(groups.map((g) => g.members)).toEqual([[0, 3, 5]]);
  });

  it('refuses to put two non-adjacent sentences of one article in one claim', () => {
    const groups = groupLinks(sentences, [
      { a: 0, b: 3, score: 0.9 },
      { a: 2, b: 3, score: 0.8 },
    ]);
    expect(groups.map((g) => g.members)).toEqual([[0, 3]]);
  });

  it('allows adjacent sentences of one article (one outlet splits what another says at once)', () => {
    const groups = groupLinks(sentences, [
      { a: 0, b: 3, score: 0.9 },
      { a: 1, b: 3, score: 0.7 },
    ]);
    expect(groups.map((g) => g.members)).toEqual([[0, 1, 3]]);
  });

  it('applies a forced link before scores and an unlink always', () => {
    const groups = groupLinks(
      sentences,
      [
        { a: 0, b: 3, score: 0.9 },
        { a: 2, b: 4, score: 0.1, forced: true },
      ],
      [[0, 3]],
    );
    expect(groups.map((g) => [g.members, g.corrected])).toEqual([[[2, 4], true]]);
  });

  it('drops groups that stay within one article', () => {
    expect(groupLinks(sentences, [{ a: 0, b: 1, score: 0.9 }])).toEqual([]);
  });
});

describe('candidatePairs', () => {
  it('pairs sentences of different articles that share a word, never all pairs', () => {
    const cs = [
      { article: 0, stemSet: new Set(['ferri', 'pier']) },
      { article: 0, stemSet: new Set(['mayor']) },
      { article: 1, stemSet: new Set(['pier', 'crash']) },
      { article: 1, stemSet: new Set(['weather']) },
    ];
    expect(candidatePairs(cs, () => 1)).toEqual([[0, 2]]);
  });
});
