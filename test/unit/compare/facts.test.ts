import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../../shared/compare/prepare';
import { findNumbers } from '../../../shared/compare/numbers';
import { findSharedCopy } from '../../../shared/compare/shared-copy';
import { tokenize } from '../../../shared/text/normalize';
import { distinctiveWords } from '../../../shared/compare/word-choice';

const numbersIn = (text: string) => {
  const a = prepareArticle({ id: 'a', outlet: 'A', title: 'T', text }, 0);
  return a.sentences.flatMap((s) => findNumbers(s, text)).map((n) => `${n.qualifier ? n.qualifier + ' ' : ''}${n.value} ${n.unit}|${n.text}`);
};

describe('findNumbers', () => {
  it('reads number words, units and hedges', () => {
    expect(numbersIn('The talks lasted almost five hours.')).toEqual(['almost 5 hours|almost five hours']);
  });

  it('reads hyphenated units, money with scale words and percentages', () => {
    expect(numbersIn('A 28-point plan would cost $2.5 million, or 40% more.')).toEqual(['28 point|28-point', '2500000 dollars|2.5 million', '40 percent|40%']);
  });

  it('skips years and days of the month', () => {
    expect(numbersIn('He was elected in 2010 and resigned on Dec. 2.')).toEqual([]);
  });

  it('reads "more than" as a hedge', () => {
    expect(numbersIn('More than 300 people attended.')).toEqual(['more than 300 people|More than 300 people']);
  });
});

describe('findSharedCopy', () => {
  const wire = 'The Harbour Authority said in a statement that the eastern terminal would remain closed until Friday while divers examine the pier.';
  const art = (id: string, text: string) => ({ id, text, words: tokenize(text).filter((t) => t.kind !== 'punct') });

  it('finds a long verbatim run in three articles as one entry', () => {
    const runs = findSharedCopy([art('a', `Intro here. ${wire}`), art('b', `${wire} More.`), art('c', `Other words first. ${wire}`)]);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.passages.map((p) => p.articleId)).toEqual(['a', 'b', 'c']);
    expect(runs[0]!.words).toBeGreaterThanOrEqual(20);
  });

  it('ignores short shared phrases', () => {
    expect(findSharedCopy([art('a', 'the eastern terminal would remain closed today'), art('b', 'the eastern terminal would remain closed tomorrow')])).toEqual([]);
  });
});

describe('distinctiveWords', () => {
  it('finds the word one outlet uses and the others do not', () => {
    const words = (t: string) => tokenize(t).filter((x) => x.kind !== 'punct');
    const regime = 'The regime said the regime would talk. The regime denied it. The regime is firm.';
    const government = 'The government said it would talk. The government denied it. The government is firm.';
    const result = distinctiveWords([
      { id: 'a', words: words(regime) },
      { id: 'b', words: words(government) },
      { id: 'c', words: words(government) },
    ], 10, 2, 1.0);
    expect(result[0]!.words.map((w) => w.word)).toContain('regime');
    expect(result[1]!.words.map((w) => w.word)).not.toContain('regime');
  });
});
