import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/text/normalize';
import { findNames, sameName, translitKey } from '../../../shared/compare/entity-names';

describe('sameName (transliteration variants)', () => {
  it.each([
    ['Kiev', 'Kyiv'],
    ['Zelensky', 'Zelenskyy'],
    ['Zelensky', 'Zelenskiy'],
    ['Yury Ushakov', 'Yuri Ushakov'],
    ['Andrey Yermak', 'Andriy Yermak'],
  ])('%s is %s', (a, b) => expect(sameName(a, b)).toBe(true));

  it.each([
    ['Bush', 'Bash'],
    ['Putin', 'Peskov'],
    ['Yury Ushakov', 'Ushakov'],
  ])('%s is not %s', (a, b) => expect(sameName(a, b)).toBe(false));

  it('folds diacritics', () => expect(translitKey('Zelenský')).toBe(translitKey('Zelensky')));
});

describe('findNames', () => {
  const names = (text: string, common: string[] = []) => findNames(tokenize(text), text, new Set(common)).map((n) => `${n.text}${n.titled ? ' (titled)' : ''}`);

  it('drops titles but remembers them', () => {
    expect(names('Russian presidential aide Yury Ushakov met Mr. Witkoff.')).toEqual(['Russian', 'Yury Ushakov (titled)', 'Witkoff (titled)']);
  });

  it('splits a run at a title inside it', () => {
    expect(names('New York Republican Rep. Michael Grimm denied it.')).toEqual(['New York Republican', 'Michael Grimm (titled)']);
  });

  it('keeps connectors inside organisation names and drops the possessive', () => {
    expect(names('The Department of Justice said the Kremlin’s envoy left.')).toEqual(['Department of Justice', 'Kremlin']);
  });

  it('skips an ordinary capitalised word at the start of a sentence and calendar words', () => {
    expect(names('Prior to Tuesday the talks in Moscow stalled.', ['prior'])).toEqual(['Moscow']);
  });
});
