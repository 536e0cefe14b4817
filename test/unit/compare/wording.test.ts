import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/text/normalize';
import { diffWording, renderOps, wordingDiffers } from '../../../shared/compare/wording';

const w = (text: string) => ({ source: text, tokens: tokenize(text) });
const diff = (a: string, b: string) => renderOps(diffWording(w(a), w(b)));

describe('diffWording', () => {
  it('marks substitutions, insertions and deletions against the base', () => {
    expect(diff('The accident halted all crossings for nearly five hours.', 'The disaster halted crossings for five long hours.')).toBe(
      'The [-accident-]{+disaster+} halted [-all-] crossings for [-nearly-] five {+long+} hours',
    );
  });

  it('flags case, numerals vs words and hyphenation as trivial', () => {
    const ops = diffWording(w('Talks lasted five hours in the run-up.'), w('talks lasted 5 hours in the run up.'));
    expect(renderOps(ops)).toBe('~Talks→talks~ lasted ~five→5~ hours in the run up');
    expect(wordingDiffers(ops, false)).toBe(false);
    expect(wordingDiffers(ops, true)).toBe(true);
  });

  it('points each op at the characters of the other wording', () => {
    const other = 'A ferry crashed into the pier.';
    const ops = diffWording(w('A ferry struck the pier.'), w(other));
    const replaced = ops.find((o) => o.op === 'replace')!;
    expect(other.slice(replaced.start, replaced.end)).toBe('crashed into');
    expect(replaced.baseText).toBe('struck');
  });
});
