/**
 * Finding names without a model or a gazetteer: runs of capitalised words ("Yury Ushakov",
 * "Department of Justice"), minus sentence-initial ordinary words, titles and calendar words.
 * And deciding when two spellings are one name: a transliteration key that irons out the usual
 * romanisation variants (y/i/j, doubled letters, "ie"/"ei"), so Kiev/Kyiv, Zelensky/Zelenskyy/
 * Zelenskiy, Yury/Yuri and Andrey/Andriy meet while Bush/Bash do not.
 */
import type { Token } from '../text/normalize';

/** Words before a name that say it is a person; they are not part of the name. */
export const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'president', 'vice', 'prime', 'minister', 'sen', 'senator', 'rep', 'representative',
  'gov', 'governor', 'gen', 'general', 'col', 'lt', 'sgt', 'capt', 'captain', 'commander', 'detective', 'sheriff', 'chief', 'judge', 'justice', 'secretary', 'chancellor',
  'congressman', 'congresswoman', 'mayor', 'pope', 'king', 'queen', 'prince', 'princess', 'sir', 'lord', 'aide',
  'envoy', 'ambassador', 'spokesman', 'spokeswoman', 'chairman', 'leader', 'adviser', 'advisor', 'attorney', 'officer',
]);

/** Words that make a name an organisation. */
export const ORGANIZATION_WORDS = new Set([
  'department', 'ministry', 'party', 'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'group', 'university',
  'college', 'committee', 'council', 'agency', 'bank', 'union', 'court', 'commission', 'office', 'house', 'senate',
  'congress', 'parliament', 'association', 'institute', 'foundation', 'administration', 'bureau', 'service', 'news',
  'times', 'post', 'journal', 'network', 'fund', 'organization', 'organisation', 'nato', 'fbi', 'cia', 'eu', 'un',
  'kremlin', 'pentagon', 'police', 'army', 'navy', 'board', 'federation', 'campaign', 'force', 'forces', 'authority',
  'guard', 'lines', 'airlines', 'club', 'church', 'school', 'hospital', 'council', 'tribunal', 'reuters', 'press',
]);

/** Words that make a name a place ("Port Alder", "Kansas City", "Red Square"). */
export const PLACE_WORDS = new Set([
  'port', 'city', 'county', 'state', 'province', 'river', 'island', 'islands', 'lake', 'mount', 'street', 'square',
  'avenue', 'bay', 'valley', 'region', 'district', 'oblast', 'republic', 'kingdom', 'sea', 'ocean', 'gulf', 'beach',
]);

/** Prepositions before a bare name that suggest a place ("in Moscow", "from Kyiv"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'near', 'at', 'across', 'outside', 'inside']);

/** Capitalised words that are not names. */
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'i', 'update', 'correction', 'advertisement',
]);

/** Lower-case words allowed inside a name ("Department of Justice", "Bank of England", "bin Salman"). */
// Not "and": "Medicare and Treasury" is two names far more often than one.
const CONNECTORS = new Set(['of', 'de', 'del', 'der', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', '&']);

export interface NameSpan {
  /** Token range [from, to) in the sentence's tokens, title words excluded. */
  from: number;
  to: number;
  /** The name as written, possessive dropped. */
  text: string;
  start: number;
  end: number;
  /** A person title came right before ("President", "Mr."). */
  titled: boolean;
  /** A place preposition came right before. */
  afterPlacePreposition: boolean;
}

/**
 * Capitalised runs in a sentence. `commonWords` holds words seen in lower case elsewhere in the
 * set: a capitalised sentence-initial word in it ("Prior", "Since") is not a name. `midCaps`,
 * when given, holds words seen capitalised inside a sentence somewhere in the set: a
 * sentence-initial word standing alone and never seen so ("Instead") is taken for an ordinary
 * word; in a longer run it is kept ("Brian Brown said"), at the price of "Once DOMA".
 */
export function findNames(tokens: readonly Token[], source: string, commonWords: ReadonlySet<string>, allCaps = false, midCaps?: ReadonlySet<string>): NameSpan[] {
  const out: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameWord(t) || (allCaps && commonWords.has(t.norm))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const n = tokens[j];
      if (n && isNameWord(n) && !(allCaps && commonWords.has(n.norm))) {
        j++;
        continue;
      }
      // A connector or hyphen inside a name, only when a name word follows.
      const after = tokens[j + 1];
      if (n && (CONNECTORS.has(n.norm) || n.text === '-') && after && isNameWord(after)) {
        j += 2;
        continue;
      }
      break;
    }
    // A title inside a run starts a new name: "Republican Rep. Michael Grimm" is "Republican" and "Michael Grimm".
    for (let k = i + 1; k < j; k++) {
      if (isTitleAt(tokens, k)) {
        j = k;
        break;
      }
    }
    let from = i;
    // Leading title words belong to the context, not to the name.
    const before = wordBefore(tokens, from);
    let titled = !!before && PERSON_TITLES.has(before.norm);
    while (from < j - 1 && isTitleAt(tokens, from)) {
      titled = true;
      from++;
    }
    // A sentence-initial ordinary word ("The", "Since", "Prior") is not part of a name.
    const sentenceStart = from === firstWordIndex(tokens);
    if (from < j && sentenceStart && (tokens[from]!.stop || commonWords.has(tokens[from]!.norm) || (midCaps && j - from === 1 && !midCaps.has(tokens[from]!.norm)))) from++;
    // A leading article is never part of the name ("The Harbour Authority", "The U.S.").
    while (from < j && tokens[from]!.stop && tokens[from]!.kind === 'word' && !tokens[from]!.text.includes('.')) from++;
    while (from < j && NOT_NAMES.has(tokens[from]!.norm)) from++;
    let to = j;
    while (to > from && NOT_NAMES.has(tokens[to - 1]!.norm)) to--;
    const onlyTitle = to - from === 1 && PERSON_TITLES.has(tokens[from]!.norm);
    if (to > from && !onlyTitle && !(to - from === 1 && tokens[from]!.stop)) {
      const first = tokens[from]!;
      const last = tokens[to - 1]!;
      const text = source.slice(first.start, last.end).replace(/['’]s$/, '');
      if (text.length > 1) {
        const prev = wordBefore(tokens, from);
        out.push({
          from,
          to,
          text,
          start: first.start,
          end: first.start + text.length,
          titled,
          afterPlacePreposition: !!prev && PLACE_PREPOSITIONS.has(prev.norm),
        });
      }
    }
    i = j;
  }
  return out;
}

/** A title word followed by a name that is not an organisation word ("Justice Antonin Scalia", not "Justice Department"). */
function isTitleAt(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.text === '.' ? tokens[k + 2] : tokens[k + 1];
  return PERSON_TITLES.has(tokens[k]!.norm.replace(/\.$/, '')) && !!next && isNameWord(next) && !ORGANIZATION_WORDS.has(next.norm);
}

function isNameWord(t: Token): boolean {
  return t.kind === 'word' && t.capitalized && !NOT_NAMES.has(t.norm);
}

/** The word before token `i`, skipping an abbreviation's full stop ("Mr. Smith"). */
function wordBefore(tokens: readonly Token[], i: number): Token | undefined {
  let k = i - 1;
  if (tokens[k]?.text === '.') k--;
  return tokens[k]?.kind === 'word' ? tokens[k] : undefined;
}

function firstWordIndex(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.kind !== 'punct') return i;
  return 0;
}

/** Transliteration key of one word: y/j→i, doubled letters collapsed, "ie"/"ei"→"i", diacritics gone. */
const translitCache = new Map<string, string>();

export function translitKey(word: string): string {
  let k = translitCache.get(word);
  if (k === undefined) {
    k = computeTranslitKey(word);
    if (translitCache.size > 50_000) translitCache.clear();
    translitCache.set(word, k);
  }
  return k;
}

function computeTranslitKey(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’.]/g, '')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/ie|ei/g, 'i')
    .replace(/ks/g, 'x')
    .replace(/(.)\1+/g, '$1');
}

/** Key of a whole name: the keys of its words. */
export function nameKey(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(translitKey)
    .join(' ');
}

/** Whether two names are one: same word count and every word's key equal, or nearly (one edit in a long word). */
export function sameName(a: string, b: string): boolean {
  return sameKey(nameKey(a), nameKey(b));
}

/** `sameName` on keys already computed by `nameKey`. */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  const ka = a.split(' ');
  const kb = b.split(' ');
  if (ka.length !== kb.length) return false;
  return ka.every((x, i) => x === kb[i] || (x.length >= 7 && editDistanceAtMostOne(x, kb[i]!)));
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
