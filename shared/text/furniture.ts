import { FURNITURE_PATTERNS } from './furniture-patterns';

/**
 * Line-level page-furniture classifier, shared by every import format (HTML paragraphs,
 * plain-text lines, PDF and DOCX paragraphs, export bodies).
 *
 * It answers one question about one line: is this a prompt, label or residue of the page
 * around the article ("ADVERTISEMENT", "Leave a Reply", "Share on Facebook", a lone
 * timestamp, a photo credit) rather than article text? It is deliberately conservative:
 * prose sentences are never matched, because removed text leaves the body the user compares.
 * Context-dependent decisions (repeated captions, pull quotes, lines recurring across an
 * outlet's articles) are made by callers that see the whole document or library.
 */

const MAX_FURNITURE_LINE = 260;

/** Normalise a line for matching: collapse whitespace, drop zero-width characters and bullets. */
export function normaliseFurnitureLine(line: string): string {
  return line
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[•·▪►▶»›|*\-–—]+\s*/, '')
    .trim();
}

/** The reason `line` is page furniture, or null when it is (or may be) article text. */
export function classifyFurnitureLine(line: string): string | null {
  const text = normaliseFurnitureLine(line);
  if (text.length === 0 || text.length > MAX_FURNITURE_LINE) return null;
  for (const { reason, re, maxLength } of FURNITURE_PATTERNS) {
    if (text.length <= maxLength && re.test(text)) return reason;
  }
  if (isTimestampLine(text)) return 'timestamp';
  if (isBylineLine(text)) return 'byline';
  return null;
}

const DATE_WORDS = new RegExp(
  [
    '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?',
    '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?',
    '[ap]\\.?m\\.?',
    '(?:[a-z]{1,2}[sd]t|gmt|utc|bst|cet|cest|msk|eet|eest|ist|jst|aest|pt|et|ct|mt|z)',
    '(?:updated|published|posted|modified|last|first|created|on|at|the|of|ago|today|yesterday|date|time|and|st|nd|rd|th)',
    '(?:sec|second|min|minute|hr|hour|day|week|month|year)s?',
    // Russian and German month names, so dated lines of those pages are caught too.
    '(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*',
    '(?:januar|februar|märz|juni|juli|oktober|dezember)',
    'г\\.?|года?|в',
  ].join('|'),
  'giu',
);

const DATE_WORD_RE = new RegExp(`(?<![\\p{L}])(?:${DATE_WORDS.source})(?![\\p{L}])`, 'giu');

/** A line made only of a date and/or time, optionally labelled ("Updated 11:04 PM EST, Nov 18 2019"). */
export function isTimestampLine(text: string): boolean {
  if (text.length > 90 || !/\d/.test(text)) return false;
  // A bare number is a table cell or a score, not a timestamp: require a time, a date shape or a date word.
  // A bare clock time ("4:14 p.m.") heads entries of a live blog, and "02-751-1500" is a phone
  // number: a stamp has a date ("11/18/19", "2019-11-18") or a word ("Updated", "Nov").
  if (!/\b\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|\p{L}{3}/u.test(text.replace(/\b[ap]\.?m\.?|\b(?:[a-z]{1,2}[sd]t|gmt|utc)\b/gi, ''))) return false;
  // Two years is a date range ("29 November 2018 | 20 January 2019"): content, not a stamp.
  if ((text.match(/\b(?:19|20)\d\d\b/g) ?? []).length > 1) return false;
  const rest = text
    .toLowerCase()
    .replace(/\b[ap]\.m\.?/g, ' ')
    .replace(/\p{N}+/gu, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .replace(DATE_WORD_RE, ' ')
    .trim();
  return rest.length === 0;
}

const NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
const NAME = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|de|van|von|der|da|al|bin|la|le))*`;
const BYLINE_PREFIX = /^(?:by|written by|words by|posted by|reported by|story by|von|автор:?|текст:?)\s+/i;
// Case-sensitive on purpose: a byline names people with capitalised words.
const BYLINE_REST = new RegExp(`^(${NAME})(?:\\s*(?:,|and|&|und|и)\\s*${NAME})*(?:\\s*[,|–—·-]\\s*(.{0,80}))?$`, 'u');
/** Capitalised words that start a sentence like "By Monday, …" rather than a name. */
const NOT_A_NAME =
  /^(?:the|this|that|these|those|then|now|early|late|mid|end|next|last|midnight|noon|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;

/** "By Jane Doe", "By Jane Doe and John Roe - 11/18/19 11:04 PM EST", "By Jane Doe, Reuters". */
export function isBylineLine(text: string): boolean {
  if (text.length > 140 || /[.!?]["”’]?$/.test(text.replace(/\b(?:jr|sr|dr|st)\.$/i, ''))) return false;
  const prefix = BYLINE_PREFIX.exec(text);
  if (!prefix) return false;
  const m = BYLINE_REST.exec(text.slice(prefix[0].length));
  if (!m) return false;
  const firstWord = (m[1] ?? '').split(/\s+/)[0] ?? '';
  if (NOT_A_NAME.test(firstWord)) return false;
  return text.split(/\s+/).length <= 16;
}
