import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/text/normalize';
import { buildIdf } from '../../../shared/compare/idf';
import { makeScorable, pairFeatures, SAME_CLAIM_THRESHOLD, similarity } from '../../../shared/compare/score';

const docs = [
  'The ferry struck the eastern pier on Monday evening, injuring 12 people.',
  'A passenger ferry crashed into the eastern pier on Monday evening, injuring 11 people.',
  'The mayor visited the injured at the city hospital.',
  'Local fishermen have complained about the lighting for years.',
];
const idf = buildIdf(docs.map((d) => tokenize(d).filter((t) => !t.stop && t.kind !== 'punct').map((t) => t.stem)));
const s = (text: string) => makeScorable(tokenize(text), idf);

describe('similarity', () => {
  it('scores the same sentence at the top and an unrelated one at the bottom', () => {
    const a = s(docs[0]!);
    expect(similarity(a, s(docs[0]!))).toBeGreaterThan(0.9);
    // Well below the threshold; not near 0, since MRPC (the fit) has no unrelated pairs and the
    // engine never scores pairs that share no content (candidates.ts).
    expect(similarity(a, s(docs[3]!))).toBeLessThan(0.2);
  });

  it('scores a close rewording of the same claim above the threshold', () => {
    expect(similarity(s(docs[0]!), s(docs[1]!))).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD);
  });

  it('ranks a paraphrase above a sentence that only shares the topic', () => {
    const a = s('The mayor visited the injured at the city hospital on Tuesday.');
    expect(similarity(a, s(docs[2]!))).toBeGreaterThan(similarity(a, s(docs[0]!)));
  });

  it('is symmetric', () => {
    expect(similarity(s(docs[0]!), s(docs[1]!))).toBeCloseTo(similarity(s(docs[1]!), s(docs[0]!)), 10);
  });

  it('notices numbers that differ', () => {
    expect(pairFeatures(s(docs[0]!), s(docs[1]!)).numberMismatch).toBeGreaterThan(0);
    expect(pairFeatures(s(docs[0]!), s(docs[0]!)).numberMismatch).toBe(0);
  });
});
