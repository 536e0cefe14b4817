import { describe, expect, it } from 'vitest';
import { contentStems, tokenize } from '../../../shared/text/normalize';

describe('tokenize', () => {
  it('keeps offsets, stems like lunr and drops lunr stop words from content', () => {
    const text = 'The negotiations were discussed in talks.';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(contentStems(tokens)).toEqual(['negoti', 'discuss', 'talk']);
  });

  it('reads numerals and number words as values, so "five" and "5" share a canonical form', () => {
    const [five] = tokenize('five');
    const [digits] = tokenize('5');
    const [big] = tokenize('1,200.5');
    expect(five!.value).toBe(5);
    expect(five!.canon).toBe(digits!.canon);
    expect(big!.value).toBe(1200.5);
  });

  it('folds case, curly apostrophes, possessives and diacritics in the normal form', () => {
    const [a] = tokenize('Zelensky’s');
    const [b] = tokenize("zelensky's");
    const [c] = tokenize('Zelenský');
    expect(a!.norm).toBe('zelensky');
    expect(b!.norm).toBe('zelensky');
    expect(c!.norm).toBe('zelensky');
  });

  it('splits on hyphens as lunr does, keeping the hyphen as punctuation', () => {
    expect(tokenize('28-point plan').map((t) => `${t.kind}:${t.text}`)).toEqual(['number:28', 'punct:-', 'word:point', 'word:plan']);
  });

  it('does not treat an abbreviation such as U.S. as a stop word', () => {
    expect(tokenize('U.S.')[0]!.stop).toBe(false);
  });
});
