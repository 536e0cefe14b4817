import { describe, expect, it } from 'vitest';
import { segmentSentences, splitParagraphs } from '../../../shared/text/segment';

const sentences = (text: string, lang = 'en') => segmentSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('does not split after titles, initials, months or U.S. before a name', () => {
    expect(sentences('Mr. Smith met Gen. Milley on Dec. 2 in Washington. George W. Bush was not there. U.S. President Biden spoke later.')).toEqual([
      'Mr. Smith met Gen. Milley on Dec. 2 in Washington.',
      'George W. Bush was not there.',
      'U.S. President Biden spoke later.',
    ]);
  });

  it('splits after an abbreviation that ends a sentence before an ordinary sentence start', () => {
    expect(sentences('The envoy flew to the U.S. The talks began a day later.')).toEqual(['The envoy flew to the U.S.', 'The talks began a day later.']);
  });

  it('keeps a quoted question with its attribution', () => {
    expect(sentences('"Well, which is it?" Scalia asked. The court adjourned for lunch.')).toEqual(['"Well, which is it?" Scalia asked.', 'The court adjourned for lunch.']);
  });

  it('never runs a sentence across a paragraph or a line break, and numbers paragraphs', () => {
    const text = 'MOSCOW, Dec. 2\nTalks ended late.\n\nThey lasted five hours.';
    const spans = segmentSentences(text);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['MOSCOW, Dec. 2', 0],
      ['Talks ended late.', 0],
      ['They lasted five hours.', 1],
    ]);
  });

  it('gives offsets that point at the exact characters, trimmed', () => {
    const text = '  The first one is here.   The second one is there.  ';
    for (const s of segmentSentences(text)) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    expect(sentences(text)).toEqual(['The first one is here.', 'The second one is there.']);
  });

  it('joins fragments of two words to a neighbour: alone they carry no claim', () => {
    expect(sentences('He pushed back. Hard. Then the debate moved on to taxes.')).toEqual(['He pushed back. Hard.', 'Then the debate moved on to taxes.']);
  });

  it('segments other languages with their own rules and never throws on odd tags', () => {
    expect(sentences('Переговоры завершились. Они длились почти пять часов.', 'ru')).toEqual(['Переговоры завершились.', 'Они длились почти пять часов.']);
    expect(() => segmentSentences('Texte. Encore.', 'xx-??')).not.toThrow();
  });

  it('splits paragraphs on blank lines only', () => {
    const text = 'One.\nStill one.\n\n\nTwo.';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['One.\nStill one.', 'Two.']);
  });
});
