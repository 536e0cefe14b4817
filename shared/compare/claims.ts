/**
 * Step 6 (claims): a group of linked sentences becomes a Claim: one member per article (its
 * adjacent sentences taken together), the most common wording chosen as the base (the member
 * most similar to all others), every other member diffed against it, and the evidence that
 * linked them (shared content words and numbers; entities are added once facts are known).
 */
import type { Token } from '../text/normalize';
import { cmp } from './entities';
import type { Group } from './group';
import type { WorkArticle, WorkSentence } from './prepare';
import { joinedPassage, type PairScores } from './pair-scores';
import type { IdfFn } from './score';
import type { Claim, ClaimMember } from './types';
import { diffWording, wordingDiffers } from './wording';

export interface ClaimWork {
  claim: Claim;
  /** Per member (same order as claim.members): its tokens, for facts and evidence. */
  tokens: Token[][];
}

export function buildClaim(group: Group, sentences: readonly WorkSentence[], articles: readonly WorkArticle[], scores: PairScores, includeTrivial: boolean): ClaimWork {
  const byArticle = new Map<number, WorkSentence[]>();
  for (const i of group.members) {
    const s = sentences[i]!;
    byArticle.set(s.article, [...(byArticle.get(s.article) ?? []), s]);
  }
  const parts = [...byArticle.entries()]
    .map(([article, ss]) => ({ article, ss: ss.sort((x, y) => x.record.index - y.record.index) }))
    .sort((x, y) => cmp(articles[x.article]!.record.id, articles[y.article]!.record.id));
  const passages = parts.map((p) => joinedPassage(p.ss));
  const tokens = passages.map((p) => [...p.tokens]);
  // Pairwise similarities (each pair scored once, in article-id order); the base is the member
  // with the highest total (ties: first by article id).
  const sims = passages.map(() => new Array<number>(passages.length).fill(1));
  for (let i = 0; i < passages.length; i++) {
    for (let j = i + 1; j < passages.length; j++) sims[i]![j] = sims[j]![i] = scores.score(passages[i]!, passages[j]!);
  }
  let base = 0;
  let bestTotal = -1;
  sims.forEach((row, i) => {
    const total = row.reduce((s, x) => s + x, 0);
    if (total > bestTotal + 1e-9) {
      bestTotal = total;
      base = i;
    }
  });
  const baseText = articles[parts[base]!.article]!.input.text;
  const members: ClaimMember[] = parts.map((p, i) => {
    const text = articles[p.article]!.input.text;
    const ops = i === base ? [] : diffWording({ source: baseText, tokens: tokens[base]! }, { source: text, tokens: tokens[i]! });
    return {
      articleId: articles[p.article]!.record.id,
      sentenceIds: p.ss.map((s) => s.record.id),
      start: p.ss[0]!.record.start,
      end: p.ss[p.ss.length - 1]!.record.end,
      similarity: round(sims[base]![i]!),
      ops,
      differs: wordingDiffers(ops, includeTrivial),
      sharedCopy: false,
    };
  });
  const claim: Claim = {
    id: '',
    members,
    baseArticleId: members[base]!.articleId,
    similarity: round(group.scores.length ? group.scores.reduce((s, x) => s + x, 0) / group.scores.length : 1),
    evidence: { terms: sharedTerms(tokens, base, scores.idf), entities: [], numbers: sharedNumbers(tokens, base) },
    differs: members.some((m) => m.differs),
    sharedCopy: false,
    corrected: group.corrected,
  };
  return { claim, tokens };
}

/** Content words of the base member whose stem appears in at least one other member, rarest first. */
function sharedTerms(tokens: Token[][], base: number, idf: IdfFn): string[] {
  const others = tokens.filter((_, i) => i !== base).map((ts) => new Set(ts.filter((t) => !t.stop && t.kind === 'word').map((t) => t.stem)));
  const seen = new Set<string>();
  const out: Array<{ text: string; w: number }> = [];
  for (const t of tokens[base]!) {
    if (t.stop || t.kind !== 'word' || seen.has(t.stem)) continue;
    seen.add(t.stem);
    if (others.some((o) => o.has(t.stem))) out.push({ text: t.text, w: idf(t.stem) });
  }
  return out.sort((x, y) => y.w - x.w || cmp(x.text, y.text)).slice(0, 8).map((x) => x.text);
}

function sharedNumbers(tokens: Token[][], base: number): string[] {
  const others = tokens.filter((_, i) => i !== base).map((ts) => new Set(ts.filter((t) => t.value !== undefined).map((t) => t.value)));
  const out: string[] = [];
  for (const t of tokens[base]!) {
    if (t.value !== undefined && others.some((o) => o.has(t.value)) && !out.includes(t.text)) out.push(t.text);
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
