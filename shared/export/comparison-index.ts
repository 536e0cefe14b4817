/**
 * Look-ups every reader of a Comparison needs (the view and each exporter): sentences, claims
 * and articles by id, a display label per article, and the text of any sentence range.
 * Built once per Comparison; plain Maps, no copies of the record.
 */
import type { Claim, ClaimMember, ComparedArticle, ComparedSentence, Comparison } from '../compare/types';

export interface ComparisonIndex {
  comparison: Comparison;
  article: Map<string, ComparedArticle>;
  sentence: Map<string, ComparedSentence>;
  claim: Map<string, Claim>;
  /** Sentence id → id of the claim it belongs to. */
  claimOfSentence: Map<string, string>;
  /** Body sentences of each article in reading order. */
  sentencesOf: Map<string, ComparedSentence[]>;
  /** "Outlet", or "Outlet (2)" when two articles of the set come from the same outlet. */
  label: (articleId: string) => string;
}

export function indexComparison(c: Comparison): ComparisonIndex {
  const article = new Map(c.articles.map((a) => [a.id, a]));
  const sentence = new Map(c.sentences.map((s) => [s.id, s]));
  const claim = new Map(c.claims.map((cl) => [cl.id, cl]));
  const claimOfSentence = new Map<string, string>();
  for (const cl of c.claims) for (const m of cl.members) for (const id of m.sentenceIds) claimOfSentence.set(id, cl.id);
  const sentencesOf = new Map<string, ComparedSentence[]>(c.articles.map((a) => [a.id, []]));
  for (const s of c.sentences) if (s.field === 'text') sentencesOf.get(s.articleId)?.push(s);
  for (const list of sentencesOf.values()) list.sort((x, y) => x.index - y.index);
  const labels = outletLabels(c.articles);
  return { comparison: c, article, sentence, claim, claimOfSentence, sentencesOf, label: (id) => labels.get(id) ?? id };
}

/** Outlet names, numbered when an outlet appears more than once (an update, a second report). */
export function outletLabels(articles: readonly ComparedArticle[]): Map<string, string> {
  const total = new Map<string, number>();
  for (const a of articles) total.set(a.outlet, (total.get(a.outlet) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out = new Map<string, string>();
  for (const a of articles) {
    const n = (seen.get(a.outlet) ?? 0) + 1;
    seen.set(a.outlet, n);
    out.set(a.id, total.get(a.outlet)! > 1 ? `${a.outlet} (${n})` : a.outlet);
  }
  return out;
}

/**
 * The text of a member (one or more adjacent sentences) as one string starting at `member.start`.
 * The record keeps each sentence's text but not the whitespace between sentences, so gaps are
 * filled with spaces: offsets into the result are `articleOffset - member.start`.
 */
export function memberText(ix: ComparisonIndex, member: Pick<ClaimMember, 'sentenceIds' | 'start' | 'end'>): string {
  const sentences = member.sentenceIds.map((id) => ix.sentence.get(id)).filter((s): s is ComparedSentence => !!s);
  if (sentences.length === 1 && sentences[0]!.start === member.start) return sentences[0]!.text;
  const chars = new Array<string>(Math.max(0, member.end - member.start)).fill(' ');
  for (const s of sentences) {
    for (let i = 0; i < s.text.length; i++) {
      const at = s.start - member.start + i;
      if (at >= 0 && at < chars.length) chars[at] = s.text[i]!;
    }
  }
  return chars.join('');
}
