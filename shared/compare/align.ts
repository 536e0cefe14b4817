/**
 * Step 5a (align): for every pair of articles, a one-to-one matching of their sentences
 * (greedy on score, best first), then one-to-two merges where one outlet says in one
 * sentence what the other says in two adjacent ones.
 */
import { joinedPassage, type PairScores, type Passage } from './pair-scores';
import { SAME_CLAIM_THRESHOLD } from './score';

export interface AlignSentence extends Passage {
  /** Canonical article index. */
  article: number;
  /** Index among the article's body sentences. */
  index: number;
}

/** A link between two sentences (indexes into the sentence list), `a < b`. */
export interface Link {
  a: number;
  b: number;
  score: number;
}

export interface AlignResult {
  /** One-to-one links above the threshold, plus the extra links of one-to-two merges. */
  links: Link[];
  /** Pairs scored (for benchmarks). */
  scored: number;
}

/** How much a merged pair must beat the single sentence to be preferred. */
const MERGE_GAIN = 0.1;
/** How similar the neighbour must be on its own: it must carry part of the claim, not just pad it. */
const MERGE_MIN_PART = 0.15;

export function align(
  sentences: readonly AlignSentence[],
  candidates: ReadonlyArray<[number, number]>,
  scores: PairScores,
  threshold = SAME_CLAIM_THRESHOLD,
): AlignResult {
  // Group candidate pairs by article pair.
  const byPair = new Map<string, Link[]>();
  for (const [a, b] of candidates) {
    const key = `${sentences[a]!.article}:${sentences[b]!.article}`;
    let list = byPair.get(key);
    if (!list) byPair.set(key, (list = []));
    list.push({ a, b, score: scores.score(sentences[a]!, sentences[b]!) });
  }
  const position = new Map<string, number>();
  sentences.forEach((s, i) => position.set(`${s.article}:${s.index}`, i));
  const links: Link[] = [];
  for (const pairLinks of [...byPair.keys()].sort().map((k) => byPair.get(k)!)) {
    pairLinks.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    const used = new Set<number>();
    const matched: Link[] = [];
    for (const l of pairLinks) {
      if (l.score < threshold) break;
      if (used.has(l.a) || used.has(l.b)) continue;
      used.add(l.a);
      used.add(l.b);
      matched.push(l);
    }
    links.push(...matched);
    for (const l of matched) links.push(...merges(l, sentences, position, used, scores));
  }
  return { links, scored: candidates.length };
}

/** Extra links when a neighbour of one side, taken with it, matches the other side better. */
function merges(link: Link, sentences: readonly AlignSentence[], position: Map<string, number>, used: Set<number>, scores: PairScores): Link[] {
  const out: Link[] = [];
  // Scores are below 1, so a link scoring this high cannot be beaten by MERGE_GAIN.
  if (link.score + MERGE_GAIN >= 1) return out;
  for (const [fixed, grow] of [
    [link.a, link.b],
    [link.b, link.a],
  ] as const) {
    const g = sentences[grow]!;
    let best: { neighbour: number; score: number } | undefined;
    for (const step of [-1, 1]) {
      const n = position.get(`${g.article}:${g.index + step}`);
      if (n === undefined || used.has(n)) continue;
      const part = scores.score(sentences[fixed]!, sentences[n]!);
      if (part < MERGE_MIN_PART) continue;
      const score = scores.score(sentences[fixed]!, joinedPassage(step < 0 ? [sentences[n]!, g] : [g, sentences[n]!]));
      if (score >= link.score + MERGE_GAIN && (!best || score > best.score)) best = { neighbour: n, score };
    }
    if (best) {
      used.add(best.neighbour);
      const [a, b] = fixed < best.neighbour ? [fixed, best.neighbour] : [best.neighbour, fixed];
      out.push({ a, b, score: best.score });
    }
  }
  return out;
}
