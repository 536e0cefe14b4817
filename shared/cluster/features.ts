/**
 * What one document contributes to grouping, computed from the document alone (so it can be
 * cached and never depends on which other documents are in the set):
 * - content stems (lunr-normalised, as search and the comparison engine use), title words
 *   counted extra because a headline names the event;
 * - names (capitalised runs, transliteration-keyed so "Zelensky" meets "Zelenskyy"), a bare
 *   surname counted as the one full name in the document that ends with it;
 * - numbers with their unit ("$2.5 million", "28-point"), the facts outlets repeat verbatim.
 * Each feature keeps its most frequent written form for labels and evidence.
 */
import { prepareArticle } from '../compare/prepare';
import { findNames, nameKey } from '../compare/entity-names';
import { findNumbers } from '../compare/numbers';
import type { ClusterDoc } from './types';
import { dayNumber } from './dates';

export type FeatureKind = 't' | 'e' | 'n';

export interface DocFeatures {
  id: string;
  /** Days since 1970-01-01 of the publication date, or undefined when unknown. */
  day: number | undefined;
  /** Feature key ("t:steel", "e:michael steele", "n:28 point") → raw count. */
  counts: Map<string, number>;
  /** Feature key → how it is most often written in this document. */
  surface: Map<string, string>;
}

/** Extra count for each title word: one headline mention weighs like a few body mentions. */
const TITLE_BOOST = 2;

export function extractFeatures(doc: ClusterDoc): DocFeatures {
  const work = prepareArticle({ id: doc.id, outlet: '', title: doc.title, text: doc.text, language: doc.language }, 0);
  const counts = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  const add = (key: string, written: string, n = 1) => {
    counts.set(key, (counts.get(key) ?? 0) + n);
    const f = forms.get(key) ?? new Map<string, number>();
    f.set(written, (f.get(written) ?? 0) + n);
    forms.set(key, f);
  };

  // Terms.
  for (const s of [work.headline, ...work.sentences]) {
    const boost = s === work.headline ? 1 + TITLE_BOOST : 1;
    for (const t of s.tokens) if (t.kind === 'word' && !t.stop && t.stem.length > 1) add(`t:${t.stem}`, t.norm, boost);
  }

  // Names. Words seen in lower case in this document are ordinary words when capitalised at a
  // sentence start or in a title-case headline.
  const commonWords = new Set<string>();
  const midCaps = new Set<string>();
  for (const s of work.sentences) {
    let first = true;
    for (const t of s.tokens) {
      if (t.kind === 'punct') continue;
      if (t.kind === 'word' && !t.capitalized) commonWords.add(t.norm);
      if (!first && t.capitalized) midCaps.add(t.norm);
      first = false;
    }
  }
  const spans: Array<{ key: string; text: string; boost: number }> = [];
  for (const s of work.sentences) {
    for (const span of findNames(s.tokens, doc.text, commonWords, false, midCaps)) {
      // "I'll", "I'm": a capital that is grammar, not a name.
      if (!/^I['’]/.test(span.text)) spans.push({ key: nameKey(span.text), text: span.text, boost: 1 });
    }
  }
  // A title-case headline capitalises every word ("Obama Taunts G.O.P. for Ignoring Jobs Bill"), so a
  // run there is only taken for a name when the body names it too (in full or by its last word).
  const bodyWords = new Set(spans.flatMap((x) => x.key.split(' ')));
  const bodyKeys = new Set(spans.map((x) => x.key));
  for (const span of findNames(work.headline.tokens, doc.title, commonWords, true)) {
    const key = nameKey(span.text);
    if (bodyKeys.has(key) || (!key.includes(' ') && bodyWords.has(key))) spans.push({ key, text: span.text, boost: 1 + TITLE_BOOST });
  }
  // "Steele" after "Michael Steele" is the same person: fold a bare word into the one longer name ending with it.
  const ownerOfLast = new Map<string, string | null>();
  for (const { key } of spans) {
    const words = key.split(' ');
    if (words.length < 2 || words.length > 3) continue;
    const last = words[words.length - 1]!;
    const owner = ownerOfLast.get(last);
    ownerOfLast.set(last, owner === undefined || owner === key ? key : null);
  }
  for (const { key, text, boost } of spans) {
    const owner = key.includes(' ') ? undefined : ownerOfLast.get(key);
    add(`e:${owner ?? key}`, owner ? '' : text, boost);
  }

  // Numbers: a bare small count ("two", "10") says little about which event it is.
  for (const s of [work.headline, ...work.sentences]) {
    const source = s === work.headline ? doc.title : doc.text;
    for (const m of findNumbers(s, source)) {
      if (!m.unitKey && m.value <= 10) continue;
      add(`n:${m.value}${m.unitKey ? ` ${m.unitKey}` : ''}`, m.text);
    }
  }

  const surface = new Map<string, string>();
  for (const [key, f] of forms) {
    let best = '';
    let bestN = 0;
    // Ties go to the longer, then alphabetically first form, so the choice never depends on text order.
    for (const [w, n] of f) if (w && (n > bestN || (n === bestN && (w.length > best.length || (w.length === best.length && w < best))))) [best, bestN] = [w, n];
    surface.set(key, best || key.slice(2));
  }
  return { id: doc.id, day: dayNumber(doc.published), counts, surface };
}
