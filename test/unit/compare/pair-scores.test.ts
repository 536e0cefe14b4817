import { describe, expect, it } from 'vitest';
import { PairScores, joinedPassage, passageKey, type Passage } from '../../../shared/compare/pair-scores';
import { makeScorable, similarity } from '../../../shared/compare/score';
import { tokenize } from '../../../shared/text/normalize';

const passage = (text: string): Passage => ({ key: passageKey('en', text), tokens: tokenize(text) });
const idf = () => 1;

describe('pair scores', () => {
  const ferry = 'The ferry struck the pier at dawn, injuring four passengers.';
  const boat = 'At dawn the boat hit the pier and four passengers were hurt.';

  it('scores as similarity() does, once per pair of wordings in either order', () => {
    const scores = new PairScores(idf);
    const expected = similarity(makeScorable(tokenize(ferry), idf), makeScorable(tokenize(boat), idf));
    expect(scores.score(passage(ferry), passage(boat))).toBeCloseTo(expected, 12);
    expect(scores.score(passage(boat), passage(ferry))).toBeCloseTo(expected, 12);
    expect(scores.scored).toBe(1);
  });

  it('scores a sentence repeated word for word by several outlets (wire copy) once', () => {
    const scores = new PairScores(idf);
    // Three outlets carry the same wire sentence; a fourth rewords it. Different positions, same wording.
    const copies = [passage(ferry), passage(ferry), passage(ferry)];
    for (const c of copies) scores.score(c, passage(boat));
    expect(scores.scored).toBe(1);
  });

  it('keys a run of sentences by its parts, so the same run is one passage', () => {
    const a = joinedPassage([passage('The ferry struck the pier.'), passage('Four passengers were hurt.')]);
    const b = joinedPassage([passage('The ferry struck the pier.'), passage('Four passengers were hurt.')]);
    const c = joinedPassage([passage('The ferry struck the pier. Four'), passage('passengers were hurt.')]);
    expect(a.key).toBe(b.key);
    expect(a.key).not.toBe(c.key);
    expect(a.tokens.map((t) => t.text).join(' ')).toBe('The ferry struck the pier . Four passengers were hurt .');
    const scores = new PairScores(idf);
    scores.score(a, passage(boat));
    scores.score(b, passage(boat));
    scores.score(c, passage(boat));
    expect(scores.scored).toBe(2);
  });
});
