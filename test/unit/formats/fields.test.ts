import { describe, expect, it } from 'vitest';
import { findDate } from '../../../main/import/formats/dates';
import { splitByline } from '../../../main/import/formats/export-article';
import { languageCode, languageFromName } from '../../../main/import/formats/languages';

describe('findDate', () => {
  it('reads the date forms research exports write', () => {
    expect(findDate('January 11, 2010 Monday')).toBe('2010-01-11');
    expect(findDate('Sunday, Jan. 5, 2020 10:30 AM EST')).toBe('2020-01-05');
    expect(findDate('14 November 2017')).toBe('2017-11-14');
    expect(findDate('4 oktober 2017 woensdag')).toBe('2017-10-04');
    expect(findDate('11. März 2024')).toBe('2024-03-11');
    expect(findDate('3 de marzo de 2024')).toBe('2024-03-03');
    expect(findDate('Load-Date: 2024-03-06')).toBe('2024-03-06');
  });

  it('ignores bare years and impossible dates', () => {
    expect(findDate('Copyright 2024 The Port Alder Gazette')).toBeUndefined();
    expect(findDate('Length: 312 words')).toBeUndefined();
    expect(findDate('Foo 12, 2024')).toBeUndefined();
    expect(findDate('2024-13-40')).toBeUndefined();
  });
});

describe('splitByline', () => {
  it('splits people, keeps a credit with its role together', () => {
    expect(splitByline('By Mara Quill and Tomas Reed')).toEqual(['Mara Quill', 'Tomas Reed']);
    expect(splitByline('Jim Vandehei, Mike Allen; Staff')).toEqual(['Jim Vandehei', 'Mike Allen', 'Staff']);
    expect(splitByline('Jane Doe, Washington Correspondent')).toEqual(['Jane Doe, Washington Correspondent']);
    expect(splitByline('Von Anna Schmidt und Jan Weber')).toEqual(['Anna Schmidt', 'Jan Weber']);
    expect(splitByline(undefined)).toEqual([]);
  });
});

describe('language names', () => {
  it('maps names in several languages, and codes only where codes are expected', () => {
    expect(languageCode('ENGLISH')).toBe('en');
    expect(languageCode('Deutsch')).toBe('de');
    expect(languageCode('EN')).toBe('en');
    expect(languageFromName('FT')).toBeUndefined();
    expect(languageFromName('Français')).toBe('fr');
  });
});
