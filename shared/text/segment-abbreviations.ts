/**
 * Abbreviations that end in a full stop without ending a sentence. Intl.Segmenter follows
 * Unicode UAX #29, which knows no abbreviations, so "Mr. Smith" or "Dec. 2" would be split.
 *
 * Two kinds, because they behave differently at the end of a sentence:
 * - `ALWAYS_JOIN`: titles and words that are always followed by more of the same sentence
 *   ("Gen. Milley", "No. 3"). A split after them is always wrong.
 * - `JOIN_UNLESS_CAPITAL`: words that can also end a sentence ("... in the U.S. The next day"),
 *   so we only join when the next piece does not look like a new sentence: it starts with a
 *   lower-case letter, a digit, or is itself short.
 */

/** Lower-cased, without the final stop. English: the only language with a list so far. */
export const ALWAYS_JOIN = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpl', 'sgt', 'adm', 'cmdr',
  'sen', 'rep', 'reps', 'gov', 'lt. gov', 'atty', 'sec', 'supt', 'rev', 'hon', 'pres', 'st', 'ste', 'mt', 'ft',
  'no', 'nos', 'vs', 'v', 'cf', 'e.g', 'i.e', 'approx', 'fig', 'vol', 'ch', 'sr', 'jr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'sens', 'cong',
]);

/** US state abbreviations (AP style) also end sentences ("Kansas City, Mo. The resolution"). */
export const STATES = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex',
  'va', 'vt', 'wash', 'wis', 'wyo', 'n.c', 's.c', 'n.d', 's.d', 'n.h', 'n.j', 'n.m', 'n.y', 'r.i', 'w.va',
]);

export const JOIN_UNLESS_CAPITAL = new Set([
  'u.s', 'u.n', 'u.k', 'e.u', 'd.c', 'a.m', 'p.m', 'inc', 'co', 'corp', 'ltd', 'llc', 'bros', 'etc', 'al',
  'dept', 'univ', 'assn', 'est',
]);

/**
 * Month abbreviations only join when a day or year follows ("Dec. 2"); "in May." ends a sentence.
 * Kept apart from ALWAYS_JOIN's months because "Mar." and "Jun." are rare enough to be safe there.
 */
export const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
