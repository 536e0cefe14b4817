/**
 * Step 7c (facts: quotes): direct quotes (straight or curly double quotes, three words or
 * more), their speaker from the attribution around them ("…," said X / X said / according to X
 * / he said → the last person named before), and the same quote matched across outlets even
 * when worded or translated differently: same speaker and some shared content, or much shared
 * content, or the quotes sit in sentences of one claim.
 */
import { tokenize, type Token } from '../text/normalize';
import { PERSON_TITLES } from './entity-names';
import { cmp, mentionOf, type EntityTable } from './entities';
import type { WorkArticle, WorkSentence } from './prepare';
import { DEFAULT_CANDIDATE_OPTIONS } from './candidates';
import { passageKey, type PairScores, type Passage } from './pair-scores';
import type { EntityFact, QuoteFact } from './types';
import { diffWording, wordingDiffers } from './wording';

export interface QuoteMention {
  article: WorkArticle;
  sentence: WorkSentence;
  /** Range of the quoted words, without the marks. */
  start: number;
  end: number;
  tokens: Token[];
  speakerText?: string;
  speakerId?: string;
}

/** Least IDF-weighted share of the smaller quote's content two quotes must share to be scored. */
const MIN_SHARED_CONTENT = DEFAULT_CANDIDATE_OPTIONS.minShare;

const QUOTE_RE = /“([^”\n]+)”|"([^"\n]+)"/g;
const VERB = '(?:said|says|added|adds|told|tells|wrote|writes|asked|asks|declared|stated|explained|insisted|warned|replied|continued)';
const NAME = "((?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}[\\p{Lu}][\\p{L}.'’-]*)";
const AFTER_VERB_NAME = new RegExp(`^[,.]?\\s*${VERB}\\s+(?:the\\s+[\\p{Ll}\\s]+?,\\s*)?${NAME}`, 'u');
const AFTER_NAME_VERB = new RegExp(`^[,.]?\\s*${NAME}\\s+${VERB}\\b`, 'u');
const AFTER_PRONOUN = new RegExp(`^[,.]?\\s*(he|she|they)\\s+${VERB}\\b`, 'iu');
const BEFORE_NAME_VERB = new RegExp(`${NAME}\\s+${VERB}(?:\\s+[\\p{Ll}]+)?[:,]?\\s*$`, 'u');
const BEFORE_ACCORDING = new RegExp(`according\\s+to\\s+${NAME}[,:]?\\s*$`, 'u');

export function findQuotes(article: WorkArticle, entities: EntityTable, people: readonly EntityFact[]): QuoteMention[] {
  const text = article.input.text;
  const out: QuoteMention[] = [];
  for (const m of text.matchAll(QUOTE_RE)) {
    const inner = m[1] ?? m[2] ?? '';
    const start = m.index! + 1;
    const end = start + inner.length;
    const tokens = tokenize(text, start, end, article.record.language);
    if (tokens.filter((t) => t.kind !== 'punct').length < 3) continue;
    const sentence = article.sentences.find((s) => s.record.start <= start && start < s.record.end);
    if (!sentence) continue;
    const after = text.slice(end + 1, Math.min(text.length, end + 80)).split('\n')[0]!;
    const before = text.slice(Math.max(0, start - 100), start - 1).split('\n').pop()!;
    let speakerText =
      AFTER_VERB_NAME.exec(after)?.[1] ?? AFTER_NAME_VERB.exec(after)?.[1] ?? BEFORE_ACCORDING.exec(before)?.[1] ?? BEFORE_NAME_VERB.exec(before)?.[1];
    let speakerId: string | undefined;
    if (speakerText) {
      speakerText = stripTitles(speakerText);
      speakerId = entities.lookup(speakerText);
    } else if (AFTER_PRONOUN.test(after)) {
      // "he said": the last person named before the quote in this article.
      let best: { id: string; at: number; label: string } | undefined;
      for (const p of people) {
        for (const mention of p.mentions) {
          if (mention.articleId === article.record.id && mention.field === 'text' && mention.start < start && (!best || mention.start > best.at)) {
            best = { id: p.id, at: mention.start, label: text.slice(mention.start, mention.end) };
          }
        }
      }
      if (best) {
        speakerId = best.id;
        speakerText = best.label;
      }
    }
    const q: QuoteMention = { article, sentence, start, end, tokens };
    if (speakerText) q.speakerText = speakerText;
    if (speakerId) q.speakerId = speakerId;
    out.push(q);
  }
  return out;
}

function stripTitles(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && PERSON_TITLES.has(words[0]!.toLowerCase().replace(/\.$/, ''))) words.shift();
  return words.join(' ');
}

/** Quote facts, versions matched across articles. `claimOf` maps sentence ids to claim ids. */
export function groupQuotes(quotes: readonly QuoteMention[], claimOf: ReadonlyMap<string, string>, scores: PairScores, includeTrivial: boolean, entityLabel: (id: string) => string | undefined): QuoteFact[] {
  const sorted = [...quotes].sort((a, b) => cmp(a.article.record.id, b.article.record.id) || a.start - b.start);
  const passages: Passage[] = sorted.map((q) => ({ key: passageKey(q.article.record.language, q.article.input.text.slice(q.start, q.end)), tokens: q.tokens }));
  const scorables = passages.map((p) => scores.scorable(p));
  const links: Array<{ a: number; b: number; score: number }> = [];
  for (const [i, j] of quotePairs(sorted, scorables, claimOf)) {
    const qa = sorted[i]!;
    const qb = sorted[j]!;
    const sameSpeaker = !!qa.speakerId && qa.speakerId === qb.speakerId;
    if (qa.speakerId && qb.speakerId && !sameSpeaker) continue; // two named speakers: not one quote
    const shared = sharedContent(scorables[i]!.stems, scorables[j]!.stems);
    const sameClaim = !!claimOf.get(qa.sentence.record.id) && claimOf.get(qa.sentence.record.id) === claimOf.get(qb.sentence.record.id);
    // As for sentence candidates (candidates.ts): under this share of shared content a pair
    // cannot reach the same-claim score, so only quotes of one claim are scored below it.
    if (!sameClaim && shared < MIN_SHARED_CONTENT) continue;
    const sim = scores.score(passages[i]!, passages[j]!);
    const score = Math.max(sim, shared);
    if (sameClaim || (sameSpeaker && shared >= 0.2) || score >= 0.5) links.push({ a: i, b: j, score: score + (sameClaim ? 1 : 0) + (sameSpeaker ? 0.5 : 0) });
  }
  links.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const group = sorted.map((_, i) => i);
  const find = (x: number): number => (group[x] === x ? x : (group[x] = find(group[x]!)));
  const articlesOf = new Map<number, Set<WorkArticle>>(sorted.map((q, i) => [i, new Set([q.article])]));
  for (const l of links) {
    const ra = find(l.a);
    const rb = find(l.b);
    if (ra === rb) continue;
    const A = articlesOf.get(ra)!;
    const B = articlesOf.get(rb)!;
    if ([...B].some((a) => A.has(a))) continue; // one version per article
    group[rb] = ra;
    for (const a of B) A.add(a);
    articlesOf.delete(rb);
  }
  const byRoot = new Map<number, number[]>();
  sorted.forEach((_, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]));
  const facts: QuoteFact[] = [];
  for (const members of byRoot.values()) {
    const base = sorted[members[0]!]!;
    const versions = members.map((k) => {
      const q = sorted[k]!;
      const ops = k === members[0] ? [] : diffWording({ source: base.article.input.text, tokens: base.tokens }, { source: q.article.input.text, tokens: q.tokens });
      return {
        articleId: q.article.record.id,
        text: q.article.input.text.slice(q.start, q.end),
        mention: mentionOf(q.sentence, q.start, q.end),
        ...(q.speakerText ? { speakerText: q.speakerText } : {}),
        similarity: k === members[0] ? 1 : round(scores.score(passages[members[0]!]!, passages[k]!)),
        ops,
      };
    });
    const speakerId = members.map((k) => sorted[k]!.speakerId).find(Boolean);
    const speakerText = members.map((k) => sorted[k]!.speakerText).find(Boolean);
    const fact: QuoteFact = {
      id: '',
      versions,
      wordingDiffers: versions.some((v) => wordingDiffers(v.ops, includeTrivial)),
      articleIds: versions.map((v) => v.articleId),
    };
    if (speakerId) fact.speakerId = speakerId;
    const speaker = (speakerId && entityLabel(speakerId)) || speakerText;
    if (speaker) fact.speaker = speaker;
    facts.push(fact);
  }
  facts.sort((x, y) => y.articleIds.length - x.articleIds.length || cmp(x.versions[0]!.articleId, y.versions[0]!.articleId) || x.versions[0]!.mention.start - y.versions[0]!.mention.start);
  facts.forEach((f, i) => (f.id = `q${i + 1}`));
  return facts;
}

/**
 * Pairs of quotes from different articles worth comparing: sharing a content word, the same
 * named speaker, or sitting in one claim. All pairs would be quadratic in the number of quotes.
 */
function quotePairs(quotes: readonly QuoteMention[], scorables: ReadonlyArray<{ stems: Map<string, number> }>, claimOf: ReadonlyMap<string, string>): Array<[number, number]> {
  const keys = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    const own = [...scorables[i]!.stems.keys()].map((s) => `w:${s}`);
    if (q.speakerId) own.push(`p:${q.speakerId}`);
    const claim = claimOf.get(q.sentence.record.id);
    if (claim) own.push(`c:${claim}`);
    for (const k of own) keys.set(k, [...(keys.get(k) ?? []), i]);
  });
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  const n = quotes.length;
  for (const list of keys.values()) {
    if (list.length > 200) continue; // a word in hundreds of quotes links nothing useful
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (quotes[i]!.article === quotes[j]!.article || seen.has(i * n + j)) continue;
        seen.add(i * n + j);
        out.push([i, j]);
      }
    }
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** IDF-weighted share of the smaller quote's content found in the other. */
function sharedContent(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const [s, w] of a) {
    wa += w;
    if (b.has(s)) shared += w;
  }
  for (const w of b.values()) wb += w;
  return Math.min(wa, wb) > 0 ? shared / Math.min(wa, wb) : 0;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
