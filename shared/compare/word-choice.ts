/**
 * Step 7e (word choice): (1) contrasts mined from aligned claims, where one outlet writes X
 * and another Y in the same place (a one- or two-word substitution in the wording diff),
 * merged with the user's alias groups; (2) each outlet's distinctive words against all the
 * others, by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
 * 2008, "Fightin' Words"), the prior being the word's frequency across the whole set.
 */
import { isStopWord, type Token } from '../text/normalize';
import { cmp } from './entities';
import type { Claim, DistinctiveWords, WordContrast } from './types';

export interface ChoiceArticle {
  id: string;
  /** Word tokens of headline and body. */
  words: readonly Token[];
}

/** Substitutions seen in claims, as [baseText, text] pairs with the claim id. */
export function alignedSubstitutions(claims: readonly Claim[]): Array<{ a: string; b: string; claimId: string }> {
  const out: Array<{ a: string; b: string; claimId: string }> = [];
  for (const c of claims) {
    for (const m of c.members) {
      for (const o of m.ops) {
        if (o.op !== 'replace' || o.trivial) continue;
        const a = phrase(o.baseText);
        const b = phrase(o.text);
        if (!a || !b || a === b) continue;
        out.push({ a, b, claimId: c.id });
      }
    }
  }
  return out;
}

/** A substitution side worth reporting: one or two words, no digits, lower-cased. */
function phrase(s: string): string | undefined {
  const words = s.toLowerCase().replace(/[^\p{L}\s'’-]/gu, ' ').trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 2 || /\d/.test(s)) return undefined;
  if (words.every((w) => isStopWord(w.replace(/['’]s$/, '')))) return undefined;
  return words.join(' ');
}


export function wordContrasts(claims: readonly Claim[], articles: readonly ChoiceArticle[], aliases: readonly string[][]): WordContrast[] {
  const byKey = new Map<string, { terms: Set<string>; claimIds: Set<string>; source: WordContrast['source'] }>();
  for (const s of alignedSubstitutions(claims)) {
    const terms = [s.a, s.b].sort(cmp);
    const key = terms.join('\u0000');
    const e = byKey.get(key) ?? { terms: new Set(terms), claimIds: new Set<string>(), source: 'aligned' as const };
    e.claimIds.add(s.claimId);
    byKey.set(key, e);
  }
  for (const group of aliases) {
    const terms = [...new Set(group.map((t) => t.toLowerCase().trim()).filter(Boolean))].sort(cmp);
    if (terms.length < 2) continue;
    const hit = [...byKey.values()].find((e) => [...e.terms].every((t) => terms.includes(t)));
    if (hit) {
      terms.forEach((t) => hit.terms.add(t));
      hit.source = 'both';
    } else byKey.set(terms.join('\u0000'), { terms: new Set(terms), claimIds: new Set(), source: 'alias' });
  }
  const out: WordContrast[] = [];
  for (const e of byKey.values()) {
    const counts: WordContrast['counts'] = [];
    const totals = new Map<string, number>();
    for (const a of articles) {
      const text = a.words.map((w) => w.norm).join(' ');
      for (const term of e.terms) {
        const n = countPhrase(text, term.normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'"));
        if (n) {
          counts.push({ articleId: a.id, term, count: n });
          totals.set(term, (totals.get(term) ?? 0) + n);
        }
      }
    }
    // A contrast is only one if at least two of its terms are actually used by different articles.
    const usedBy = new Map<string, Set<string>>();
    for (const c of counts) usedBy.set(c.term, (usedBy.get(c.term) ?? new Set()).add(c.articleId));
    if (usedBy.size < 2 && e.source === 'aligned') continue;
    out.push({
      terms: [...e.terms].sort((x, y) => (totals.get(y) ?? 0) - (totals.get(x) ?? 0) || cmp(x, y)),
      source: e.source,
      counts: counts.sort((x, y) => cmp(x.articleId, y.articleId) || cmp(x.term, y.term)),
      claimIds: [...e.claimIds].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1))),
    });
  }
  return out.sort((x, y) => y.claimIds.length - x.claimIds.length || cmp(x.terms.join(), y.terms.join()));
}

/** Occurrences of a one- or two-word phrase in space-joined normalised words. */
function countPhrase(text: string, term: string): number {
  let n = 0;
  const needle = ` ${term.replace(/'s$/, '')} `;
  const hay = ` ${text} `;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/** Words most distinctive of each article against the rest: z-scored log-odds with an informative Dirichlet prior. */
export function distinctiveWords(articles: readonly ChoiceArticle[], top = 10, minCount = 2, minZ = 1.96): DistinctiveWords[] {
  const counts = articles.map((a) => {
    const m = new Map<string, number>();
    for (const w of a.words) if (!w.stop && w.kind === 'word') m.set(w.stem, (m.get(w.stem) ?? 0) + 1);
    return m;
  });
  const surface = new Map<string, Map<string, number>>();
  for (const a of articles) {
    for (const w of a.words) {
      if (w.stop || w.kind !== 'word') continue;
      const m = surface.get(w.stem) ?? new Map<string, number>();
      m.set(w.norm, (m.get(w.norm) ?? 0) + 1);
      surface.set(w.stem, m);
    }
  }
  const all = new Map<string, number>();
  for (const m of counts) for (const [w, n] of m) all.set(w, (all.get(w) ?? 0) + n);
  const total = [...all.values()].reduce((s, n) => s + n, 0);
  // Prior: the set's own word frequencies, with a total weight of one set's worth of words.
  const alpha0 = total;
  return articles.map((a, i) => {
    const ni = [...counts[i]!.values()].reduce((s, n) => s + n, 0);
    const nj = total - ni;
    const words: DistinctiveWords['words'] = [];
    for (const [w, yi] of counts[i]!) {
      if (yi < minCount) continue;
      const yj = all.get(w)! - yi;
      const aw = (alpha0 * all.get(w)!) / total;
      const delta = Math.log((yi + aw) / (ni + alpha0 - yi - aw)) - Math.log((yj + aw) / (nj + alpha0 - yj - aw));
      const z = delta / Math.sqrt(1 / (yi + aw) + 1 / (yj + aw));
      if (z >= minZ) {
        const forms = [...surface.get(w)!].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]));
        words.push({ word: forms[0]![0], count: yi, z: Math.round(z * 100) / 100 });
      }
    }
    words.sort((x, y) => y.z - x.z || cmp(x.word, y.word));
    return { articleId: a.id, words: words.slice(0, top) };
  });
}
