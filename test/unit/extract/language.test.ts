import { describe, expect, it } from 'vitest';
import { detectLanguage, normaliseLanguageTag, reconcileLanguage } from '../../../main/import/language';

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

describe('reconcileLanguage', () => {
  const de = 'Die Einwohner der kleinen Hafenstadt haben am Montag mit knapper Mehrheit dafür gestimmt, dass der alte Leuchtturm weiter leuchtet. '.repeat(5);
  const pt = 'Os moradores da pequena cidade portuária votaram na segunda-feira para manter aceso o velho farol, contrariando o plano da câmara municipal. '.repeat(5);
  it('overrules a template-wide lang="en" on a German article', () => {
    expect(reconcileLanguage('en', de)).toBe('de');
  });
  it('trusts the declaration between close relatives and on short texts', () => {
    expect(reconcileLanguage('pt', pt)).toBe('pt');
    expect(reconcileLanguage('en', 'Kurzer deutscher Text.')).toBe('en');
  });
  it('detects when nothing is declared', () => {
    expect(reconcileLanguage(undefined, de)).toBe('de');
  });
});
