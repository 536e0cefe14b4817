/**
 * Step 7b (facts: numbers): numerals and number words with their unit ("five hours",
 * "28-point", "$2.5 million", "40%") and hedge ("nearly", "more than"). Numbers are matched
 * across outlets through the claims they sit in (same claim, same unit: one fact, and a
 * different value is a disagreement), then by unit and value, then by unit and the word after
 * it ("28-point plan" / "27-point plan").
 */
import { MULTIPLIERS } from '../text/normalize-numbers';
import type { Token } from '../text/normalize';
import { cmp, compareMentions, mentionOf } from './entities';
import type { WorkSentence } from './prepare';
import type { NumberFact, NumberValue } from './types';

const QUALIFIERS_2 = new Set(['more than', 'less than', 'fewer than', 'at least', 'up to', 'as many', 'just over', 'just under', 'close to', 'as much']);
const QUALIFIERS_1 = new Set(['nearly', 'almost', 'about', 'around', 'some', 'roughly', 'approximately', 'over', 'under', 'roughly', 'only', 'just', 'estimated', 'exactly', 'least']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

export interface NumberMention {
  sentence: WorkSentence;
  value: number;
  qualifier: string;
  /** Stem of the unit word, or "dollar" / "percent"; empty when none. */
  unitKey: string;
  unit: string;
  /** Stem of the content word after the unit, to tell "28-point plan" from "28-point lead". */
  nextKey: string;
  what: string;
  start: number;
  end: number;
  text: string;
}

export function findNumbers(s: WorkSentence, source: string): NumberMention[] {
  const t = s.tokens;
  const out: NumberMention[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.kind !== 'number') continue;
    const from = i;
    let value = t[i]!.value!;
    // "2.5 million", "five hundred", "twenty-five", "twenty five".
    while (i + 1 < t.length) {
      const n = t[i + 1]!.text === '-' && t[i + 2]?.kind === 'number' ? t[i + 2]! : t[i + 1]!;
      const skip = n === t[i + 1] ? 1 : 2;
      if (n.kind !== 'number') break;
      const mult = MULTIPLIERS[n.norm];
      if (mult) value *= mult;
      else if (value >= 20 && value < 100 && value % 10 === 0 && n.value! < 10) value += n.value!;
      else break;
      i += skip;
    }
    const prevWord = previousWord(t, from);
    if (prevWord && MONTHS.has(prevWord.norm)) continue; // a date: "Dec. 2"
    const isYear = Number.isInteger(value) && value >= 1900 && value <= 2100 && /^\d{4}$/.test(t[from]!.text);
    let j = i + 1;
    if (t[j]?.text === '-') j++;
    let unitKey = '';
    let unit = '';
    if (t[from - 1]?.text === '$' || t[from - 1]?.text === '€' || t[from - 1]?.text === '£') {
      unitKey = t[from - 1]!.text === '$' ? 'dollar' : t[from - 1]!.text === '€' ? 'euro' : 'pound';
      unit = unitKey + 's';
    } else if (t[j]?.text === '%' || t[j]?.norm === 'percent') {
      unitKey = 'percent';
      unit = 'percent';
      j++;
    } else if (t[j]?.kind === 'word' && !t[j]!.stop) {
      unitKey = t[j]!.stem;
      unit = t[j]!.norm;
      j++;
    }
    if (isYear && !unitKey) continue; // "in 1998"
    const next = t.slice(j, j + 3).find((x) => x.kind === 'word' && !x.stop);
    const qualifier = qualifierBefore(t, from);
    const startTok = qualifier ? qualifierStart(from, qualifier) : from;
    const endTok = unit && t[j - 1] ? j - 1 : i;
    const start = t[startTok]!.start;
    const end = t[endTok]!.end;
    const whatEnd = t.slice(i + 1, i + 5).findIndex((x) => x.kind === 'punct' && x.text !== '-' && x.text !== '%');
    const whatTokens = t.slice(i + 1, whatEnd < 0 ? i + 5 : i + 1 + whatEnd).filter((x) => x.kind !== 'punct');
    out.push({
      sentence: s,
      value,
      qualifier,
      unitKey,
      unit,
      nextKey: next?.stem ?? '',
      what: whatTokens.map((x) => x.text).join(' '),
      start,
      end,
      text: source.slice(start, end),
    });
  }
  return out;
}

function previousWord(t: readonly Token[], i: number): Token | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (t[k]!.kind === 'word') return t[k];
  return undefined;
}

function qualifierBefore(t: readonly Token[], i: number): string {
  const w1 = t[i - 1]?.kind === 'word' ? t[i - 1]!.norm : '';
  const w2 = t[i - 2]?.kind === 'word' ? t[i - 2]!.norm : '';
  if (w2 && QUALIFIERS_2.has(`${w2} ${w1}`)) return `${w2} ${w1}`;
  if (w1 === 'than' || w1 === 'many' || w1 === 'much') return '';
  return QUALIFIERS_1.has(w1) ? w1 : '';
}

function qualifierStart(i: number, q: string): number {
  return i - q.split(' ').length;
}

/**
 * Number facts. `claimOf` maps a sentence id to its claim id.
 */
export function groupNumbers(mentions: readonly NumberMention[], claimOf: ReadonlyMap<string, string>): NumberFact[] {
  const facts: NumberFact[] = [];
  const used = new Set<NumberMention>();
  // 1. Through claims: same claim and unit.
  const byClaimUnit = new Map<string, NumberMention[]>();
  for (const m of mentions) {
    const c = claimOf.get(m.sentence.record.id);
    if (!c) continue;
    const k = `${c}\u0000${m.unitKey}`;
    byClaimUnit.set(k, [...(byClaimUnit.get(k) ?? []), m]);
  }
  for (const [k, ms] of [...byClaimUnit].sort((x, y) => cmp(x[0], y[0]))) {
    const firstPerArticle = onePerArticle(ms);
    if (firstPerArticle.length < 2 || !ms[0]!.unitKey) continue;
    firstPerArticle.forEach((m) => used.add(m));
    facts.push(fact(firstPerArticle, k.split('\u0000')[0]));
  }
  // 2. Same unit and value anywhere.
  const byValue = new Map<string, NumberMention[]>();
  for (const m of mentions) {
    if (used.has(m)) continue;
    const k = `${m.unitKey}\u0000${m.value}`;
    byValue.set(k, [...(byValue.get(k) ?? []), m]);
  }
  const rest: NumberMention[][] = [...byValue.values()].map(onePerArticle);
  // 3. Rows of one unit and the same following word, with no article in both, are one fact with differing values.
  const merged: NumberMention[][] = [];
  for (const row of rest.sort((x, y) => compareMention(x[0]!, y[0]!))) {
    const m0 = row[0]!;
    const into = m0.unitKey && m0.nextKey
      ? merged.find((r) => r[0]!.unitKey === m0.unitKey && r[0]!.nextKey === m0.nextKey && !r.some((x) => row.some((y) => x.sentence.record.articleId === y.sentence.record.articleId)))
      : undefined;
    if (into) into.push(...row);
    else merged.push([...row]);
  }
  for (const row of merged) facts.push(fact(row, undefined));
  facts.sort((x, y) => y.articleIds.length - x.articleIds.length || compareMentions(x.values[0]!.mention, y.values[0]!.mention));
  facts.forEach((f, i) => (f.id = `n${i + 1}`));
  return facts;
}

function onePerArticle(ms: readonly NumberMention[]): NumberMention[] {
  const seen = new Set<string>();
  return [...ms].sort(compareMention).filter((m) => !seen.has(m.sentence.record.articleId) && seen.add(m.sentence.record.articleId));
}

function compareMention(a: NumberMention, b: NumberMention): number {
  return cmp(a.sentence.record.articleId, b.sentence.record.articleId) || a.sentence.record.index - b.sentence.record.index || a.start - b.start;
}

function fact(ms: readonly NumberMention[], claimId: string | undefined): NumberFact {
  const values: NumberValue[] = [...ms].sort(compareMention).map((m) => ({
    articleId: m.sentence.record.articleId,
    value: m.value,
    qualifier: m.qualifier,
    text: m.text,
    mention: mentionOf(m.sentence, m.start, m.end),
  }));
  const distinctValues = new Set(values.map((v) => v.value)).size;
  const distinctQualifiers = new Set(values.map((v) => v.qualifier)).size;
  const f: NumberFact = {
    id: '',
    unit: ms[0]!.unit,
    what: ms[0]!.what,
    values,
    disagreement: distinctValues > 1 ? 'value' : distinctQualifiers > 1 ? 'qualifier' : 'none',
    articleIds: [...new Set(values.map((v) => v.articleId))].sort(cmp),
  };
  if (claimId) f.claimId = claimId;
  return f;
}
