/** Language names as exports write them ("ENGLISH", "Deutsch", "Français") → ISO 639-1. */
const CODES: Record<string, string> = {
  english: 'en', englisch: 'en', anglais: 'en', engels: 'en', inglés: 'en', ingles: 'en',
  german: 'de', deutsch: 'de', allemand: 'de', duits: 'de', alemán: 'de',
  french: 'fr', français: 'fr', francais: 'fr', französisch: 'fr', frans: 'fr',
  spanish: 'es', español: 'es', espanol: 'es', spanisch: 'es', espagnol: 'es',
  dutch: 'nl', nederlands: 'nl', niederländisch: 'nl', néerlandais: 'nl',
  italian: 'it', italiano: 'it', italienisch: 'it', italien: 'it',
  portuguese: 'pt', português: 'pt', portugues: 'pt',
  russian: 'ru', русский: 'ru', russisch: 'ru', russe: 'ru',
  ukrainian: 'uk', українська: 'uk',
  polish: 'pl', polski: 'pl',
  swedish: 'sv', svenska: 'sv',
  danish: 'da', dansk: 'da',
  norwegian: 'no', norsk: 'no',
  finnish: 'fi', suomi: 'fi',
  turkish: 'tr', türkçe: 'tr',
  arabic: 'ar', chinese: 'zh', japanese: 'ja', korean: 'ko', hebrew: 'he', greek: 'el',
  czech: 'cs', hungarian: 'hu', romanian: 'ro',
};

/** A language name → ISO code; a two-letter value ("EN", "de") is taken as a code. */
export function languageCode(name: string | undefined): string | undefined {
  const key = normalise(name);
  if (/^[a-z]{2}$/.test(key)) return key;
  return CODES[key];
}

/** Names only: in a column of short codes, "FT" is a source code (Financial Times), not a language. */
export function languageFromName(name: string | undefined): string | undefined {
  return CODES[normalise(name)];
}

function normalise(name: string | undefined): string {
  return (name ?? '').trim().toLowerCase().replace(/[;.,]+$/, '');
}
