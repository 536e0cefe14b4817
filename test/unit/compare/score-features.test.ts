import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/text/normalize';
import { buildIdf } from '../../../shared/compare/idf';
import { makeScorable, pairFeatures, similarity } from '../../../shared/compare/score';
import { edgeGap, isNegation } from '../../../shared/compare/features-lexical';

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
