import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, charsetFromMarkup, decodeBytes } from '../../../main/import/charset';
import { extractFromHtml } from '../../../main/import/html/extract-html';

// Long enough for statistical detection to have something to go on, as real pages do.
const RU = 'Жители портового города в понедельник проголосовали за то, чтобы старый маяк продолжал светить. Совет предлагал выключить его ради экономии, но жители решили иначе.';
const DE = 'Die Einwohner der Hafenstadt stimmten am Montag dafür, dass der alte Leuchtturm weiter leuchtet. Größere Einsparungen wären möglich gewesen, sagte der Bürgermeister.';
const PL = 'Mieszkańcy portowego miasteczka zagłosowali w poniedziałek za tym, żeby stara latarnia morska nadal świeciła. Rada chciała ją wyłączyć, żeby zaoszczędzić pieniądze.';
const GR = 'Οι κάτοικοι της πόλης ψήφισαν τη Δευτέρα να παραμείνει αναμμένος ο παλιός φάρος του λιμανιού. Το δημοτικό συμβούλιο ήθελε να τον σβήσει για οικονομία.';
const JA = '港町の住民は月曜日、古い灯台を灯し続けることを投票で決めた。議会は経費削減のために消灯を提案していたが、住民はそれを退けた。';

const page = (text: string, head = '') => `<html><head>${head}<title>Test</title></head><body><p>${text}</p></body></html>`;

describe('decodeBytes', () => {
  it.each([
    ['windows-1251', RU],
    ['koi8-r', RU],
    ['iso-8859-5', RU],
    ['iso-8859-2', PL],
    ['iso-8859-7', GR],
    ['shift_jis', JA],
  ])('detects undeclared %s', (encoding, text) => {
    const r = decodeBytes(iconv.encode(page(text), encoding), { isHtml: true });
    expect(r.text).toContain(text);
    expect(r.confident).toBe(false);
  });

  it('decodes undeclared Latin-1 (as windows-1252, like browsers)', () => {
    const r = decodeBytes(iconv.encode(page(DE), 'iso-8859-1'), { isHtml: true });
    expect(r.text).toContain(DE);
  });

  it.each([
    ['<meta charset="windows-1251">', 'windows-1251', RU],
    ['<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', 'koi8-r', RU],
    ['<meta charset=Shift_JIS>', 'shift_jis', JA],
    ['<meta charset="iso-8859-1">', 'windows-1252', DE],
  ])('honours %s', (head, expected, text) => {
    const encodeAs = expected === 'windows-1252' ? 'iso-8859-1' : expected;
    const r = decodeBytes(iconv.encode(page(text, head), encodeAs), { isHtml: true });
    expect(r).toMatchObject({ encoding: expected, confident: true });
    expect(r.text).toContain(text);
  });

  it('lets a byte-order mark win over a wrong declaration', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(page(RU, '<meta charset="windows-1251">'))]);
    const r = decodeBytes(bytes, { isHtml: true });
    expect(r.encoding).toBe('utf-8');
    expect(r.text.startsWith('<html>')).toBe(true);
    expect(r.text).toContain(RU);
  });

  it.each(['utf-16le', 'utf-16be'])('reads %s with a BOM', (encoding) => {
    const body = iconv.encode(page(GR), encoding, { addBOM: true });
    expect(decodeBytes(body).text).toContain(GR);
  });

  it('lets the transport charset win over the markup', () => {
    const bytes = iconv.encode(page(RU, '<meta charset="iso-8859-1">'), 'koi8-r');
    expect(decodeBytes(bytes, { contentType: 'text/html; charset="KOI8-R"', isHtml: true }).text).toContain(RU);
  });

  it('takes valid UTF-8 as UTF-8 without a declaration', () => {
    const r = decodeBytes(Buffer.from(page(JA)), { isHtml: true });
    expect(r).toMatchObject({ encoding: 'utf-8', confident: true });
  });

  it('parses declarations', () => {
    expect(charsetFromContentType('text/plain; charset=windows-1251')).toBe('windows-1251');
    expect(charsetFromContentType('text/plain')).toBeUndefined();
    expect(charsetFromMarkup(Buffer.from('<?xml version="1.0" encoding="ISO-8859-2"?><doc/>'))).toBe('iso-8859-2');
    expect(charsetFromMarkup(Buffer.from('<meta charset="no-such-charset">'))).toBeUndefined();
  });
});

describe('a windows-1251 page end to end', () => {
  it('imports with correct Cyrillic text and language', () => {
    const paragraphs = Array.from({ length: 4 }, () => `<p>${RU}</p>`).join('');
    const bytes = iconv.encode(`<html><head><title>Маяк</title></head><body><article>${paragraphs}</article></body></html>`, 'windows-1251');
    const article = extractFromHtml(decodeBytes(bytes, { isHtml: true }).text);
    expect(article.text).toContain('проголосовали за то, чтобы старый маяк');
    expect(article.language).toBe('ru');
  });
});

describe('a page whose label is wrong', () => {
  const cyrillic = 'Переговоры в Вальморе длились почти пять часов и завершились без соглашения.';

  it('overrules a utf-8 label when most non-ASCII bytes are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'), iconv.encode(cyrillic, 'windows-1251'), Buffer.from('</p></body></html>')]);
    const decoded = decodeBytes(bytes, { isHtml: true });
    expect(decoded.text).toContain(cyrillic);
    expect(decoded.confident).toBe(false);
  });

  it('keeps a utf-8 label when only a stray byte is invalid', () => {
    const bytes = Buffer.concat([Buffer.from(`<meta charset="utf-8"><p>${cyrillic}`), Buffer.from([0xff]), Buffer.from('</p>')]);
    const decoded = decodeBytes(bytes, { isHtml: true });
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain(cyrillic);
  });
});
