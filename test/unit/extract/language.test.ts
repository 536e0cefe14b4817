import { describe, expect, it } from 'vitest';
import { detectLanguage, normaliseLanguageTag } from '../../../main/import/language';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Residents of the harbour town voted on Monday to keep their old lighthouse lit, overruling the council.'],
    ['ru', 'Жители портового города в понедельник проголосовали за то, чтобы старый маяк продолжал светить.'],
    ['uk', 'Мешканці портового містечка в понеділок проголосували за те, щоб старий маяк і далі світив.'],
    ['de', 'Die Einwohner der Hafenstadt haben am Montag dafür gestimmt, dass ihr alter Leuchtturm weiter leuchtet.'],
    ['fr', 'Les habitants de la ville portuaire ont voté lundi pour que leur vieux phare reste allumé.'],
    ['he', 'תושבי עיר הנמל הצביעו ביום שני להשאיר את המגדלור הישן דולק בלילות החורף.'],
  ])('%s', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });
  it('answers "und" when there is too little text', () => {
    expect(detectLanguage('OK 123')).toBe('und');
  });
  it('normalises language tags to ISO 639-1', () => {
    expect(normaliseLanguageTag('en-GB')).toBe('en');
    expect(normaliseLanguageTag('RU_ru')).toBe('ru');
    expect(normaliseLanguageTag('ukr')).toBe('uk');
    expect(normaliseLanguageTag('not a tag')).toBeUndefined();
  });
});
