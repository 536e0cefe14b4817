import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/text/normalize';
import { buildIdf } from '../../../shared/compare/idf';
import { compareArticles } from '../../../shared/compare/index';
import { LEXICAL_WEIGHTS, makeScorable, pairFeatures, similarity, VECTOR_WEIGHTS, weightsFor, withVectors } from '../../../shared/compare/score';
import { dot, unitVectors, wordVectorsFrom } from '../../../shared/compare/vectors';

// Made-up 3-d vectors: "rose"/"gained"/"climbed" point one way, "ferry"/"boat" another, "fell" away from "rose".
const table = {
  rose: [1, 0.1, 0], gained: [0.95, 0.15, 0], climbed: [0.9, 0.2, 0.05], fell: [-1, 0.1, 0],
  ferry: [0, 1, 0.1], boat: [0.05, 0.95, 0.15], shares: [0, 0, 1], acme: [0.2, 0.2, 0.9], pier: [0.1, 0.5, 0.5],
};
const vectors = wordVectorsFrom(table);
const sentences = ['Shares of Acme rose 5 percent on Monday.', 'Shares of Acme gained 5 percent on Monday.', 'The ferry hit the pier.', 'A boat hit the pier.'];
const baseIdf = buildIdf(sentences.map((d) => tokenize(d).filter((t) => !t.stop && t.kind !== 'punct').map((t) => t.stem)));
const plain = (text: string) => makeScorable(tokenize(text), baseIdf);
const withVec = (text: string) => makeScorable(tokenize(text), withVectors(baseIdf, unitVectors(vectors)));

describe('unitVectors', () => {
  it('scales to length 1, remembers words and gives unknown words no vector', () => {
    const u = unitVectors(wordVectorsFrom({ up: [3, 4], zero: [0, 0] }));
    const v = u.unit('up')!;
    expect([v[0], v[1]]).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
    expect(u.unit('up')).toBe(v);
    expect(u.unit('missing')).toBeUndefined();
    expect(u.unit('zero')).toBeUndefined();
  });

  it('accepts int8 vectors at any scale', () => {
    const u = unitVectors({ dims: 2, vector: (w) => (w === 'a' ? Int8Array.from([127, 0]) : Int8Array.from([-5, 0])) });
    expect(dot(u.unit('a')!, u.unit('b')!)).toBeCloseTo(-1, 6);
  });
});

describe('scoring with word vectors', () => {
  it('counts near-synonyms as partly shared, and only with vectors', () => {
    const f = pairFeatures(withVec(sentences[0]!), withVec(sentences[1]!));
    const same = pairFeatures(withVec(sentences[0]!), withVec(sentences[0]!));
    expect(f.alignedDice).toBeGreaterThan(0.8);
    expect(f.alignedDice).toBeLessThan(same.alignedDice!);
    expect(f.softLcs).toBeGreaterThan(pairFeatures(plain(sentences[0]!), plain(sentences[1]!)).lcsLong);
    expect(pairFeatures(plain(sentences[0]!), plain(sentences[1]!)).alignedDice).toBeUndefined();
  });

  it('aligns near-synonyms in the gap and unmatched-content features', () => {
    const added = 'A boat hit the pier, and the harbour master closed the port for the night.';
    const f = pairFeatures(withVec(sentences[2]!), withVec(sentences[3]!));
    expect(f.softGapMax).toBeLessThan(f.gapMax); // ferry ~ boat aligns
    expect(f.softMissingMin).toBe(0);
    expect(f.softExtraMin).toBeLessThan(0.1);
    const g = pairFeatures(withVec(sentences[2]!), withVec(added));
    expect(g.softGapMax).toBeGreaterThanOrEqual(0.9); // ", and the harbour master closed the port for the night"
    expect(g.softExtraMin!).toBeLessThan(f.softExtraMin! + 0.1);
    expect(similarity(withVec(sentences[2]!), withVec(added))).toBeLessThan(similarity(withVec(sentences[2]!), withVec(sentences[3]!)));
  });

  it('does not treat opposite words as synonyms', () => {
    const rose = pairFeatures(withVec(sentences[0]!), withVec(sentences[1]!));
    const fell = pairFeatures(withVec(sentences[0]!), withVec('Shares of Acme fell 5 percent on Monday.'));
    expect(fell.alignedDice!).toBeLessThan(rose.alignedDice!);
  });

  it('uses the vector model only when both sentences have vectors, the lexical one otherwise', () => {
    expect(weightsFor(pairFeatures(withVec(sentences[2]!), withVec(sentences[3]!)))).toBe(VECTOR_WEIGHTS);
    expect(weightsFor(pairFeatures(plain(sentences[2]!), withVec(sentences[3]!)))).toBe(LEXICAL_WEIGHTS);
    expect(weightsFor(pairFeatures(plain(sentences[2]!), plain(sentences[3]!)))).toBe(LEXICAL_WEIGHTS);
  });

  it('ranks a reworded sentence above an unrelated one and stays symmetric', () => {
    const a = withVec(sentences[2]!);
    expect(similarity(a, withVec(sentences[3]!))).toBeGreaterThan(similarity(a, withVec(sentences[0]!)));
    expect(similarity(a, withVec(sentences[3]!))).toBeCloseTo(similarity(withVec(sentences[3]!), a), 6);
  });
});

describe('compareArticles with word vectors', () => {
  const articles = [
    { id: 'a', outlet: 'A', title: 'Ferry accident', text: 'The ferry hit the pier on Monday.\n\nShares of Acme rose 5 percent.' },
    { id: 'b', outlet: 'B', title: 'Boat accident', text: 'A boat hit the pier on Monday.\n\nShares of Acme gained 5 percent.' },
  ];
  it('gives the same result whatever the order of the articles', () => {
    const x = compareArticles(articles, { wordVectors: vectors });
    const y = compareArticles([...articles].reverse(), { wordVectors: vectors });
    expect(y.claims).toEqual(x.claims);
    expect(y.unique).toEqual(x.unique);
  });

  it('still compares without vectors', () => {
    const c = compareArticles(articles);
    expect(c.sentences.length).toBe(6);
  });
});
