import { franc, francAll } from 'franc-min';

/**
 * Language of an article's text as an ISO 639-1 code ("en", "ru", "uk"), or "und".
 * franc-min answers in ISO 639-3 for the ~80 most spoken languages; scripts it does not
 * model (Hebrew, Georgian, Armenian) are recognised by their alphabet.
 */

/** franc-min's ISO 639-3 codes → ISO 639-1. Macro-language members map to the macro code. */
const ISO3_TO_ISO1: Readonly<Record<string, string>> = {
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', swe: 'sv', pol: 'pl',
  ces: 'cs', hun: 'hu', ron: 'ro', tur: 'tr', vie: 'vi', ind: 'id', zlm: 'ms', jav: 'jv', sun: 'su',
  tgl: 'tl', ceb: 'ceb', ilo: 'ilo', swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', som: 'so',
  kin: 'rw', run: 'rn', nya: 'ny', lin: 'ln', plt: 'mg', fuv: 'ff', hrv: 'hr', bos: 'bs', srp: 'sr',
  uzn: 'uz', azj: 'az', ckb: 'ckb', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk', koi: 'kv',
  arb: 'ar', urd: 'ur', pes: 'fa', pbu: 'ps', skr: 'skr', hin: 'hi', mar: 'mr', mai: 'mai', bho: 'bho',
  npi: 'ne', mag: 'mag', cmn: 'zh', ben: 'bn', jpn: 'ja', kor: 'ko', tel: 'te', tam: 'ta', guj: 'gu',
  kan: 'kn', mal: 'ml', mya: 'my', pan: 'pa', amh: 'am', tha: 'th', sin: 'si', ell: 'el',
  qug: 'qu', mad: 'mad', zyb: 'za', hms: 'hms', hnj: 'hnj',
};

/** Alphabets franc-min has no model for, each used by essentially one language. */
const SCRIPT_LANGUAGES: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
];

/**
 * How much text to look at. franc's cost grows with length (~3 ms for 2,048 characters) and
 * its trigram statistics settle well before its own 2,048-character cap; checking a declared
 * language needs less than detecting one.
 */
const SAMPLE_CHARS = 1200;
const CHECK_CHARS = 500;

export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return 'und';
  for (const [re, code] of SCRIPT_LANGUAGES) {
    if ((sample.match(re) ?? []).length > letters / 2) return code;
  }
  const iso3 = franc(sample, { minLength: 20 });
  return ISO3_TO_ISO1[iso3] ?? 'und';
}

/**
 * The page's declared language, unless its text is clearly in another one. Templates often
 * hard-code `<html lang="en">` on every page of a multilingual site, so a declaration is
 * overruled when the text is long enough and the declared language scores far below the
 * detected one. franc's scores are relative (1 for the best match) and compressed: close
 * relatives score ≥ 0.97 (Spanish for Portuguese text, Russian for Ukrainian, Malay for
 * Indonesian), where the declaration is the better judge; an unrelated language of the same
 * script scores ~0.96 or less (English for a German text).
 */
export function reconcileLanguage(declared: string | undefined, text: string): string {
  if (!declared) return detectLanguage(text);
  // A check, not a detection: a shorter sample tells an unrelated language apart and costs a third.
  const sample = text.slice(0, CHECK_CHARS);
  if ((sample.match(/\p{L}/gu) ?? []).length < 300) return declared;
  if (declared === 'en' && plainlyEnglish(sample)) return declared;
  const scores = francAll(sample, { minLength: 20 });
  const best = scores[0];
  const bestCode = best ? ISO3_TO_ISO1[best[0]] : undefined;
  if (!bestCode || bestCode === declared) return declared;
  const declaredScore = scores.find(([code]) => ISO3_TO_ISO1[code] === declared)?.[1] ?? 0;
  return declaredScore < 0.965 ? bestCode : declared;
}

/**
 * English function words that are rare in every other language franc knows ("a", "in", "is",
 * "was", "an", "on" are left out: they are common words of Spanish, German, Dutch, French…).
 * They make up a fifth of English prose and almost none of anything else.
 */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'that', 'for', 'with', 'at', 'by', 'it', 'from', 'be', 'has', 'have', 'are', 'were',
  'said', 'his', 'this', 'not', 'but', 'he', 'she', 'they', 'their', 'which', 'would', 'been', 'who',
]);

/**
 * Whether a sample is so plainly English that franc need not be asked: `lang="en"` is what
 * most pages declare (and what multilingual templates hard-code), and franc is the costliest
 * step of checking it. On real pages English text scores 0.08–0.33 here, other languages ≤ 0.01;
 * anything below 0.1 still goes to franc.
 */
function plainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return words.length >= 40 && hits >= words.length * 0.1;
}

/** "en-US", "en_GB", "RU" → "en", "en", "ru"; undefined when it is not a language tag. */
export function normaliseLanguageTag(tag: string | null | undefined): string | undefined {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  if (!m) return undefined;
  const primary = (m[1] ?? '').toLowerCase();
  if (primary.length === 3) return ISO3_TO_ISO1[primary] ?? (primary === 'und' ? undefined : primary);
  return primary;
}
