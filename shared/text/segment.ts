/**
 * Sentence segmentation with character offsets into the original text.
 *
 * Paragraphs are split on blank lines (the article text format), lines inside a paragraph
 * are hard breaks (a dateline or a list item never runs on into the next line), and each
 * line is split by Intl.Segmenter in the article's own language. Intl.Segmenter (Unicode
 * UAX #29) knows no abbreviations, so for English we re-join pieces it cut after "Mr.",
 * "Dec.", "U.S." or an initial, and after a quoted question that an attribution finishes
 * ('"Well, which is it?" Scalia asked.').
 */
import { ALWAYS_JOIN, JOIN_UNLESS_CAPITAL, MONTHS, STATES } from './segment-abbreviations';

/** A sentence as a [start, end) range of the text, trimmed of surrounding white space. */
export interface SentenceSpan {
  start: number;
  end: number;
  /** 0-based index of the paragraph (blank-line separated block) the sentence is in. */
  paragraph: number;
}

/** A [start, end) range of one paragraph, trimmed. */
export interface ParagraphSpan {
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** One Segmenter per locale: building one costs ~0.1 ms, segmenting with it is cheap. */
function segmenterFor(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    // An unknown or malformed tag ("und", "xx-??") must not throw: fall back to the root locale.
    let locale: string | undefined;
    try {
      locale = Intl.Segmenter.supportedLocalesOf([language])[0];
    } catch {
      locale = undefined;
    }
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

/** Paragraphs separated by blank lines, trimmed, empty ones dropped. */
export function splitParagraphs(text: string): ParagraphSpan[] {
  const out: ParagraphSpan[] = [];
  const re = /\n[ \t\r\f\v\u00a0]*\n\s*/g;
  let from = 0;
  for (;;) {
    const m = re.exec(text);
    const to = m ? m.index : text.length;
    const span = trim(text, from, to);
    if (span) out.push(span);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

/** Sentences of a whole article text, in order. */
export function segmentSentences(text: string, language = 'en'): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  splitParagraphs(text).forEach((p, paragraph) => {
    for (const s of segmentParagraph(text, p.start, p.end, language)) out.push({ ...s, paragraph });
  });
  return out;
}

/** Sentences of text[start, end), which holds no blank line. */
export function segmentParagraph(text: string, start: number, end: number, language = 'en'): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let lineStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 10) {
      out.push(...segmentLine(text, lineStart, i, language));
      lineStart = i + 1;
    }
  }
  return out;
}

function segmentLine(text: string, start: number, end: number, language: string): Array<{ start: number; end: number }> {
  const line = text.slice(start, end);
  const pieces: Array<{ start: number; end: number }> = [];
  for (const seg of segmenterFor(language).segment(line)) {
    const span = trim(text, start + seg.index, start + seg.index + seg.segment.length);
    if (span) pieces.push(span);
  }
  if (!isEnglish(language)) return pieces;
  const joined: Array<{ start: number; end: number }> = [];
  for (const piece of pieces) {
    const prev = joined[joined.length - 1];
    if (prev && (shouldJoin(text.slice(prev.start, prev.end), text.slice(piece.start, piece.end)))) prev.end = piece.end;
    else joined.push({ ...piece });
  }
  return joinFragments(text, joined);
}

/**
 * Fragments ("Hard.", "Wait.", "A circus?") join the sentence before them (or after, when first
 * on the line): alone they carry no claim to compare, and news-sentence gold standards (BASIL:
 * 14 of 3,765 sentences have three words or fewer) treat them so too.
 */
function joinFragments(text: string, pieces: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  if (pieces.length < 2) return pieces;
  // Two words or fewer ("Hard.", "Why?"), or three ending in a question, exclamation or closing quote ("A circus?").
  const isFragment = (p: { start: number; end: number }) => {
    const s = text.slice(p.start, p.end);
    const n = s.split(/\s+/).length;
    return n <= 2 || (n === 3 && /[?!"”’]$/.test(s));
  };
  const out: Array<{ start: number; end: number }> = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (prev && (isFragment(piece) || isFragment(prev))) prev.end = piece.end;
    else out.push({ ...piece });
  }
  return out;
}

function isEnglish(language: string): boolean {
  return language === 'en' || language.startsWith('en-') || language === 'und';
}

/** Words that start a new sentence after an ambiguous abbreviation ("... in the U.S. The next day"). */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that',
  'these', 'those', 'there', 'his', 'her', 'their', 'its', 'our', 'as', 'if', 'when', 'while', 'after', 'before',
  'for', 'so', 'yet', 'or', 'some', 'many', 'most', 'all', 'one', 'no', 'not', 'what', 'who', 'why', 'how', 'still',
  'since', 'although', 'however', 'meanwhile', 'then', 'both', 'each', 'other', 'with', 'by', 'from', 'to',
]);

/** Verbs of attribution that finish a quoted question or exclamation: '"Why?" he asked.' */
const ATTRIBUTION = /^[\p{Lu}][\p{L}.'’-]*(\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s+(said|says|asked|asks|added|adds|told|wrote|writes|replied|replies|shouted|exclaimed|wondered|continued)\b/u;
const PRONOUN_ATTRIBUTION = /^(he|she|they|it|we|i)\s+(said|says|asked|asks|added|adds|told|wrote|writes|replied|replies|shouted|exclaimed|wondered|continued)\b/iu;

/** Whether Intl.Segmenter's cut between `prev` and `next` is wrong. */
export function shouldJoin(prev: string, next: string): boolean {
  // UAX #29 cuts after "?" or "!" even before a lower-case word ('“Hands up! Don’t shoot!” and other
  // slogans'); a sentence in news copy does not start in lower case.
  if (/^\p{Ll}/u.test(next) && /[?!]["”'’)]*$/u.test(prev)) return true;
  // A question or exclamation inside quotes followed by its attribution is one sentence.
  if (/[?!]["”'’]$/.test(prev) && (ATTRIBUTION.test(next) || PRONOUN_ATTRIBUTION.test(next)) && next.length < 80) return true;
  const m = /(?:^|[\s([“"'‘—–-])((?:[\p{L}]{1,2}\.){2,}|[\p{L}]+\.?[\p{L}]*)\.$/u.exec(lastWords(prev));
  if (!m) return false;
  const word = m[1]!.toLowerCase().replace(/\.$/, '');
  const startsLower = /^[\p{Ll}\p{N}]/u.test(next.replace(/^[("“'‘]+/u, ''));
  if (startsLower) return true;
  if (MONTHS.has(word) || word === 'no' || word === 'nos') return /^\d/.test(next);
  if (ALWAYS_JOIN.has(word)) return true;
  // A single capital letter is an initial ("George W. Bush"), but not the pronoun "I."
  if (/^\p{Lu}$/u.test(m[1]!) && m[1] !== 'I') return true;
  if (JOIN_UNLESS_CAPITAL.has(word) || STATES.has(word) || /^(?:\p{L}\.){1,}\p{L}$/u.test(word)) {
    const firstWord = /^[("“'‘]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '';
    return !SENTENCE_STARTERS.has(firstWord.toLowerCase());
  }
  return false;
}

/**
 * The end of a sentence from a space at most 64 characters back: the last word, which the
 * abbreviation test looks at, has no space in it, so the test gives the same answer on this
 * tail, without trying every earlier position of a long sentence as a start.
 */
function lastWords(s: string): string {
  if (s.length <= 64) return s;
  const at = s.indexOf(' ', s.length - 64);
  return at < 0 ? s : s.slice(at);
}

function trim(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}
