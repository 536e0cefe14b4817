/**
 * Dates as research exports and saved files write them ("January 11, 2010 Monday",
 * "11 January 2010", "4 oktober 2017 woensdag", "2010-01-11") → ISO "2010-01-11".
 * Only whole dates (day, month, year) count: a bare year in "Copyright 2010 …" is not a date.
 */

const MONTHS: Record<string, number> = {};
const monthNames: string[][] = [
  // en, de, fr, nl, es, it, pt — the languages Nexis and Factiva export most.
  ['january', 'jan', 'januar', 'janvier', 'janv', 'januari', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'jän', 'jänner'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'februari', 'febrero', 'febbraio', 'fevereiro', 'fev'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'maart', 'mrt', 'marzo', 'março', 'marco'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mei', 'mayo', 'maggio', 'mag', 'maio'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'augustus', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro'],
];
monthNames.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const MONTH = '([A-Za-zÀ-ÿ]{3,10})\\.?';
const DAY = '(\\d{1,2})';
const YEAR = '(\\d{4})';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`);
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}(?:\\.|st|nd|rd|th)?\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+)?${YEAR}\\b`);
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** The first whole date in `text`, as "YYYY-MM-DD", or undefined. */
export function findDate(text: string): string | undefined {
  const iso = ISO.exec(text);
  if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  const mdyDate = mdy && build(Number(mdy[3]), MONTHS[mdy[1]!.toLowerCase()], Number(mdy[2]));
  if (mdyDate) return mdyDate;
  const dmy = DAY_MONTH_YEAR.exec(text);
  return (dmy && build(Number(dmy[3]), MONTHS[dmy[2]!.toLowerCase()], Number(dmy[1]))) || undefined;
}

function build(year: number, month: number | undefined, day: number): string | undefined {
  if (!month || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
