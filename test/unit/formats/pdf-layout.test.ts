import { describe, expect, it } from 'vitest';
import { itemsToLines, joinLines, pagesToParagraphs } from '../../../main/import/formats/pdf-layout';

describe('joinLines', () => {
  it('undoes hyphenation only before a lower-case continuation', () => {
    expect(joinLines('nine months of re-', 'pairs')).toBe('nine months of repairs');
    expect(joinLines('the Anglo-', 'Saxon arches')).toBe('the Anglo-Saxon arches');
    expect(joinLines('soft\u00ad', 'hyphen')).toBe('softhyphen');
    expect(joinLines('plain', 'words')).toBe('plain words');
  });
});

describe('itemsToLines', () => {
  it('groups fragments on one baseline in x order and spaces words apart', () => {
    const lines = itemsToLines([
      { str: 'world', x: 130, y: 700, width: 30, height: 12 },
      { str: 'Hello', x: 72, y: 700.4, width: 30, height: 12 },
      { str: 'Next line', x: 72, y: 686, width: 50, height: 12 },
      { str: 'ab', x: 102, y: 700, width: 10, height: 12 },
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Helloab world', 'Next line']);
  });
});

describe('pagesToParagraphs', () => {
  const line = (text: string, y: number, x = 72, right = 540) => ({ text, x, y, right, height: 12 });

  it('starts a paragraph at a larger gap, an indent, or a short line that ends a sentence', () => {
    const page = [
      line('Gap above the next paragraph is larger than', 700),
      line('the usual line spacing, so it ends here', 686),
      line('New paragraph after a gap. It runs on', 660),
      line('and stops short.', 646, 72, 200),
      line('A short line ending a sentence ends it. Then', 632),
      line('an indented line starts another one.', 618, 72, 400),
      line('Indented first line', 604, 100),
    ];
    expect(pagesToParagraphs([page])).toEqual([
      'Gap above the next paragraph is larger than the usual line spacing, so it ends here',
      'New paragraph after a gap. It runs on and stops short.',
      'A short line ending a sentence ends it. Then an indented line starts another one.',
      'Indented first line',
    ]);
  });
});
