import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/text/normalize';
import { buildIdf } from '../../../shared/compare/idf';
import { makeScorable, pairFeatures, SAME_CLAIM_THRESHOLD, similarity } from '../../../shared/compare/score';
import { alignWords, edgeGap, isNegation } from '../../../shared/compare/features-lexical';

const docs = [
  'The council approved the new bridge on Tuesday.',
  'The council did not approve the new bridge on Tuesday.',
  'The council approved the new bridge on Tuesday, ending a decade of delays and lawsuits.',
  'Officials will organise a ceremony at the harbour.',
  'Officials will organize a ceremony at the harbor.',
];
const idf = buildIdf(docs.map((d) => tokenize(d).filter((t) => !t.stop && t.kind !== 'punct').map((t) => t.stem)));
const s = (text: string) => makeScorable(tokenize(text), idf);

describe('lexical features', () => {
  it('flags a negation on one side only', () => {
    expect(isNegation("didn't")).toBe(true);
    expect(isNegation('note')).toBe(false);
    expect(pairFeatures(s(docs[0]!), s(docs[1]!)).negationMismatch).toBe(1);
    expect(pairFeatures(s(docs[1]!), s(docs[1]!)).negationMismatch).toBe(0);
    expect(similarity(s(docs[0]!), s(docs[1]!))).toBeLessThan(similarity(s(docs[0]!), s(docs[0]!)));
  });

  it('measures an added tail clause', () => {
    expect(edgeGap(['council', 'approv', 'bridg', 'decad', 'delay'], new Map([['council', 1], ['approv', 1], ['bridg', 1]]))).toBe(2);
    expect(edgeGap(['a', 'x', 'b'], new Map([['a', 1], ['b', 1]]))).toBe(0);
    expect(pairFeatures(s(docs[0]!), s(docs[2]!)).edgeGap).toBeGreaterThan(0);
    expect(pairFeatures(s(docs[0]!), s(docs[0]!)).edgeGap).toBe(0);
  });

  it('sees spelling variants through character 4-grams', () => {
    const variants = pairFeatures(s(docs[3]!), s(docs[4]!));
    expect(variants.char4).toBeGreaterThan(0.6);
    expect(variants.char4).toBeLessThan(1);
    expect(pairFeatures(s(docs[3]!), s(docs[0]!)).char4).toBeLessThan(0.2);
  });

  it('computes no vector features without vectors', () => {
    const f = pairFeatures(s(docs[0]!), s(docs[2]!));
    expect(f.alignedDice).toBeUndefined();
    expect(f.softLcs).toBeUndefined();
  });
});

describe('word alignment features', () => {
  const ids = (text: string) => Int32Array.from(text.split(' '), (w) => w.charCodeAt(0));
  it('tells an added clause (one long gap) from a rewording (gaps facing each other)', () => {
    const added = alignWords(ids('a b c d'), ids('a b c d w x y z'));
    expect(added).toEqual({ common: 4, gapMax: 4, substituted: 0, fragmentation: 1 / 4 });
    const reworded = alignWords(ids('a b x c d'), ids('a b y z c d'));
    expect(reworded.common).toBe(4);
    expect(reworded.gapMax).toBe(2);
    expect(reworded.substituted).toBe(3);
    expect(reworded.fragmentation).toBe(2 / 4);
  });

  it('counts scattered aligned words as fragmented and gives 0 when nothing aligns', () => {
    expect(alignWords(ids('a x b y c'), ids('a b c')).fragmentation).toBe(1);
    expect(alignWords(ids('a b'), ids('x y')).fragmentation).toBe(0);
    expect(alignWords(ids('a b'), ids('x y')).gapMax).toBe(2);
  });

  it('measures the added clause of a sentence pair, whichever sentence comes first', () => {
    const f = pairFeatures(s(docs[0]!), s(docs[2]!));
    expect(f.gapMax).toBeGreaterThanOrEqual(0.6);
    expect(pairFeatures(s(docs[2]!), s(docs[0]!))).toEqual(f);
    expect(pairFeatures(s(docs[0]!), s(docs[0]!)).gapMax).toBe(0);
  });
});

describe('number, name and missing-word features', () => {
  it('flags different numbers only when both sentences have numbers', () => {
    const twelve = s('The storm killed 12 people in Leeds.');
    expect(pairFeatures(twelve, s('The storm killed 11 people in Leeds.')).numbersDiffer).toBe(1);
    expect(pairFeatures(twelve, s('The storm killed twelve people in Leeds.')).numbersDiffer).toBe(0);
    expect(pairFeatures(twelve, s('The storm killed people in Leeds.')).numbersDiffer).toBe(0);
  });

  it('counts content words and names one sentence has and the other lacks', () => {
    const f = pairFeatures(s('The storm hit Leeds on Monday.'), s('The storm hit Leeds and York on Monday, officials said.'));
    expect(f.missingMax).toBeCloseTo(0.2, 10); // york, offici
    expect(f.namesMissingMax).toBe(1); // York
    expect(pairFeatures(s(docs[0]!), s(docs[0]!)).missingMax).toBe(0);
  });

  it('scores a rewording above the threshold and the same sentence with an added clause lower', () => {
    const base = s('The city council approved the new bridge over the river on Tuesday.');
    const reworded = similarity(base, s('On Tuesday the city council approved the new river bridge.'));
    const added = similarity(base, s('The city council approved the new bridge over the river on Tuesday, after a decade of lawsuits by residents.'));
    expect(reworded).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD);
    expect(added).toBeLessThan(reworded);
  });
});
