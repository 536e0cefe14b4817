/**
 * Step 4b (pair scores): the similarity of two passages (sentences, runs of adjacent sentences,
 * quotes), computed once per comparison.
 *
 * Passages are known by their wording (`key`: language and text), not by where they sit, so the
 * same sentence carried word for word by several outlets (wire copy, syndication, a press release
 * quoted in full) is prepared once and each pair of wordings is scored once, however many outlets
 * repeat it. Scorables are made on first use: a sentence no candidate pair reaches is never scored.
 */
import type { Token } from '../text/normalize';
import { makeScorable, similarity, type IdfFn, type Scorable } from './score';

/** A passage to score: its tokens, and a key equal for equal wordings in the same language. */
export interface Passage {
  key: string;
  tokens: readonly Token[];
}

export class PairScores {
  private readonly ids = new Map<string, number>();
  private readonly scorables: Scorable[] = [];
  private readonly scores = new Map<number, number>();
  /** Pairs actually scored (a benchmark and test figure). */
  scored = 0;

  constructor(readonly idf: IdfFn) {}

  scorable(p: Passage): Scorable {
    return this.scorables[this.id(p)]!;
  }

  /** similarity(a, b), remembered; the score is symmetric (score.ts orders the pair), so one entry serves both orders. */
  score(a: Passage, b: Passage): number {
    const ia = this.id(a);
    const ib = this.id(b);
    // Two ids below 2^26 each fit one safe integer.
    const key = Math.min(ia, ib) * 67_108_864 + Math.max(ia, ib);
    let s = this.scores.get(key);
    if (s === undefined) {
      s = similarity(this.scorables[ia]!, this.scorables[ib]!);
      this.scores.set(key, s);
      this.scored++;
    }
    return s;
  }

  private id(p: Passage): number {
    let id = this.ids.get(p.key);
    if (id === undefined) {
      id = this.scorables.length;
      this.ids.set(p.key, id);
      this.scorables.push(makeScorable(p.tokens, this.idf));
    }
    return id;
  }
}

/** The key of a passage: tokens, and so scores, follow from the words and the language's rules. */
export function passageKey(language: string, text: string): string {
  return `${language}\u0000${text}`;
}

/** The key of a run of passages taken together (one outlet's two sentences against another's one). */
export function joinedPassage(parts: readonly Passage[]): Passage {
  if (parts.length === 1) return parts[0]!;
  return { key: parts.map((p) => p.key).join('\u0001'), tokens: parts.flatMap((p) => p.tokens) };
}
