import { describe, expect, it } from 'vitest';
import { compareArticles, renderComparisonMarkdown, type Comparison, type CompareInput } from '../../../shared/compare';
import { ferryStory, herald, meridian, watch, wire } from '../../fixtures/compare/ferry';

const result = compareArticles(ferryStory);
const text = new Map(ferryStory.map((a) => [a.id, a]));
const sentenceText = (c: Comparison, id: string) => c.sentences.find((s) => s.id === id)!.text;
const claimWith = (c: Comparison, needle: string) => c.claims.find((cl) => cl.members.some((m) => m.sentenceIds.some((id) => sentenceText(c, id).includes(needle))));

describe('compareArticles on the ferry story', () => {
  it('finds the claim all four outlets carry', () => {
    const claim = claimWith(result, 'struck the eastern pier of Port Alder')!;
    expect(claim.members.map((m) => m.articleId)).toEqual(['herald', 'meridian', 'watch', 'wire']);
  });

  it('leaves the sentences only one outlet carries unique', () => {
    const unique = result.unique.map((id) => sentenceText(result, id));
    expect(unique).toEqual(
      expect.arrayContaining([
        'Local fishermen have complained about the lighting on the pier for years.',
        'The ferry operator, Alder Lines, declined to comment on the cause.',
        'Investigators will examine the steering system of the vessel, a coast guard spokeswoman told reporters.',
      ]),
    );
    expect(unique).toHaveLength(3);
  });

  it('merges spelling variants into one entity and keeps each outlet’s spelling', () => {
    const koval = result.facts.entities.find((e) => e.label.includes('Koval'))!;
    expect(koval.kind).toBe('person');
    expect(koval.spellingDiffers).toBe(true);
    expect(koval.variants.filter((v) => v.spelling.includes(' ')).map((v) => `${v.articleId}:${v.spelling}`)).toEqual([
      'herald:Andriy Koval',
      'meridian:Andrey Koval',
      'wire:Andriy Koval',
    ]);
    const mayor = result.facts.entities.find((e) => e.label.includes('Petrenko'))!;
    expect(mayor.variants.map((v) => v.spelling).sort()).toEqual(['Yuri Petrenko', 'Yury Petrenko', 'Yury Petrenko']);
  });

  it('flags the conflicting number and the hedged one', () => {
    const injured = result.facts.numbers.find((n) => n.unit === 'people')!;
    expect(injured.disagreement).toBe('value');
    expect(injured.values.map((v) => `${v.articleId}:${v.value}`)).toEqual(['herald:12', 'meridian:11', 'watch:12', 'wire:12']);
    const hours = result.facts.numbers.find((n) => n.unit === 'hours')!;
    expect(hours.disagreement).toBe('qualifier');
    expect(hours.values.map((v) => v.text)).toEqual(['nearly five hours', 'five hours']);
  });

  it('matches the quote worded two ways, with its speaker resolved from "he said"', () => {
    const quote = result.facts.quotes.find((q) => q.articleIds.length === 2)!;
    expect(quote.articleIds).toEqual(['herald', 'meridian']);
    expect(quote.speaker).toContain('Koval');
    expect(quote.versions[1]!.speakerText).toContain('Koval');
    expect(quote.wordingDiffers).toBe(true);
  });

  it('mines the word-choice contrast from aligned claims', () => {
    const contrast = result.wordChoice.contrasts.find((w) => w.terms.includes('accident'))!;
    expect([...contrast.terms].sort()).toEqual(['accident', 'disaster']);
    expect(contrast.counts.find((x) => x.articleId === 'meridian' && x.term === 'disaster')!.count).toBeGreaterThanOrEqual(1);
  });

  it('marks the wire paragraph as shared copy in the three outlets that print it', () => {
    const run = result.sharedCopy.find((s) => s.text.includes('Harbour Authority'))!;
    expect(run.passages.map((p) => p.articleId)).toEqual(['herald', 'meridian', 'wire']);
    const claim = claimWith(result, 'Harbour Authority')!;
    expect(claim.sharedCopy).toBe(true);
    expect(claim.differs).toBe(false);
  });

  it('reports what most outlets carry and one leaves out', () => {
    const mayor = result.omissions.find((o) => o.kind === 'claim' && o.label.includes('Petrenko'))!;
    expect(mayor.missingFrom).toEqual(['watch']);
    expect(mayor.summary).toBe('reported by 3 of 4 — not by Harbor Watch');
  });

  it('shows the wording differences inside a claim against the most common wording', () => {
    const claim = claimWith(result, 'halted all crossings')!;
    const meridianMember = claim.members.find((m) => m.articleId === 'meridian')!;
    expect(claim.baseArticleId).toBe('herald');
    expect(meridianMember.ops.filter((o) => o.op !== 'equal').map((o) => `${o.op}:${o.baseText}>${o.text}`)).toEqual(['replace:accident>disaster', 'delete:nearly>']);
  });

  it('points every sentence, member and fact at the exact characters', () => {
    for (const s of result.sentences) {
      const a = text.get(s.articleId)!;
      expect((s.field === 'title' ? a.title : a.text).slice(s.start, s.end)).toBe(s.text);
    }
    for (const c of result.claims) for (const m of c.members) expect(m.end).toBeGreaterThan(m.start);
    for (const n of result.facts.numbers)
      for (const v of n.values) {
        const a = text.get(v.articleId)!;
        expect((v.mention.field === 'title' ? a.title : a.text).slice(v.mention.start, v.mention.end)).toBe(v.text);
      }
    for (const e of result.facts.entities)
      for (const m of e.mentions) {
        const a = text.get(m.articleId)!;
        expect(sameNameish((m.field === 'title' ? a.title : a.text).slice(m.start, m.end), e.label)).toBe(true);
      }
  });

  it('summarises coverage per outlet, with an overlap for every pair and headlines', () => {
    const cov = new Map(result.coverage.articles.map((a) => [a.articleId, a]));
    expect(cov.get('watch')!.unique).toBe(1);
    expect(cov.get('wire')!.unique).toBe(0);
    expect(cov.get('watch')!.omissions).toBeGreaterThan(0);
    expect(result.coverage.overlap).toHaveLength(6);
    expect(result.coverage.headlines.map((h) => h.outlet)).toEqual(['Coastal Herald', 'Daily Meridian', 'Northern Wire', 'Harbor Watch']);
    const port = result.coverage.firstAppearance.find((f) => f.label === 'Port Alder')!;
    expect(port.mentions.every((m) => m.position === 'headline')).toBe(true);
  });

  it('lists every claim and unique sentence exactly once in the rows', () => {
    const claimRows = result.rows.filter((r) => r.kind === 'claim').map((r) => (r.kind === 'claim' ? r.claimId : ''));
    expect(claimRows.sort()).toEqual(result.claims.map((c) => c.id).sort());
    expect(result.rows.filter((r) => r.kind === 'unique')).toHaveLength(result.unique.length);
    expect(result.rows[0]).toEqual({ kind: 'claim', claimId: 'c1' });
  });
});

/** Offsets of an entity mention cover one of its spellings (same last word, case-insensitively). */
function sameNameish(found: string, label: string): boolean {
  return found.split(' ').pop()!.toLowerCase().slice(0, 4) === label.split(' ').pop()!.toLowerCase().slice(0, 4);
}

describe('compareArticles: order, corrections, languages', () => {
  it('gives the same result whatever the order of the articles', () => {
    const strip = (c: Comparison) => JSON.stringify({ ...c, articles: [...c.articles].sort((a, b) => a.id.localeCompare(b.id)), coverage: { ...c.coverage, headlines: [], articles: [...c.coverage.articles].sort((a, b) => a.articleId.localeCompare(b.articleId)) } });
    const base = strip(result);
    for (const order of [[watch, wire, meridian, herald], [meridian, watch, herald, wire], [wire, herald, watch, meridian]]) {
      expect(strip(compareArticles(order))).toBe(base);
    }
  });

  it('re-applies a user’s unlink and link', () => {
    const s = (c: Comparison, id: string) => c.sentences.find((x) => x.id === id)!;
    const mayorClaim = claimWith(result, 'Petrenko visited')!;
    const hId = mayorClaim.members.find((m) => m.articleId === 'herald')!.sentenceIds[0]!;
    const mId = mayorClaim.members.find((m) => m.articleId === 'meridian')!.sentenceIds[0]!;
    const fishermen = result.sentences.find((x) => x.text.startsWith('Local fishermen'))!;
    const investigators = result.sentences.find((x) => x.text.startsWith('Investigators'))!;
    const ref = (x: { articleId: string; start: number; end: number }) => ({ articleId: x.articleId, start: x.start, end: x.end });
    const corrected = compareArticles(ferryStory, {
      corrections: [
        { kind: 'unlink', a: ref(s(result, hId)), b: ref(s(result, mId)), createdAt: '2025-01-01' },
        { kind: 'link', a: ref(fishermen), b: ref(investigators), createdAt: '2025-01-01' },
        { kind: 'link', a: { articleId: 'gone', start: 0, end: 5 }, b: ref(investigators), createdAt: '2025-01-01' },
      ],
    });
    const mayorAfter = corrected.claims.filter((c) => c.members.some((m) => m.sentenceIds.includes(hId)) && c.members.some((m) => m.sentenceIds.includes(mId)));
    expect(mayorAfter).toEqual([]);
    const linked = claimWith(corrected, 'Local fishermen')!;
    expect(linked.corrected).toBe(true);
    expect(linked.members.map((m) => m.articleId)).toEqual(['herald', 'watch']);
    expect(corrected.staleCorrections).toBe(1);
  });

  it('compares an article in another language with its own rules and says so', () => {
    const ru: CompareInput = { id: 'ru', outlet: 'Вестник', title: 'Паром врезался в причал', language: 'ru', text: 'Паром врезался в причал. Пострадали 12 человек.\n\nКапитан Андрей Коваль заявил, что рулевое управление отказало.' };
    const c = compareArticles([herald, ru, { ...wire, language: undefined }]);
    const r = c.articles.find((a) => a.id === 'ru')!;
    expect(r.language).toBe('ru');
    expect(r.stemmer).toBe('none');
    expect(r.sentenceCount).toBe(3);
    expect(c.articles.find((a) => a.id === 'wire')!.languageAssumed).toBe(true);
  });

  it('counts trivial differences only when asked', () => {
    const a: CompareInput = { id: 'a', outlet: 'A', title: 'A', text: 'The talks in Moscow lasted five hours on Tuesday.' };
    const b: CompareInput = { id: 'b', outlet: 'B', title: 'B', text: 'The talks in Moscow lasted 5 hours on Tuesday.' };
    expect(compareArticles([a, b]).claims[0]!.differs).toBe(false);
    expect(compareArticles([a, b], { includeTrivialDifferences: true }).claims[0]!.differs).toBe(true);
  });

  it('adds the user’s alias groups to the word-choice contrasts', () => {
    const c = compareArticles(ferryStory, { aliases: [['ferry', 'boat']] });
    const alias = c.wordChoice.contrasts.find((w) => w.terms.includes('boat'))!;
    expect(alias.source).toBe('alias');
    expect(alias.counts.some((x) => x.term === 'ferry')).toBe(true);
  });

  it('rejects an article given twice, saying which', () => {
    expect(() => compareArticles([herald, herald])).toThrow(/"herald" is given twice/);
  });

  it('reports progress by stage', () => {
    const stages = new Set<string>();
    compareArticles(ferryStory, {}, (p) => stages.add(p.stage));
    expect([...stages]).toEqual(['segment', 'align', 'diff', 'facts', 'report']);
  });
});

describe('renderComparisonMarkdown', () => {
  it('renders headlines, claims with differences, unique sentences and omissions', () => {
    const md = renderComparisonMarkdown(result);
    expect(md).toContain('| Daily Meridian | Port Alder ferry disaster leaves 11 injured | en |');
    expect(md).toContain('~~accident~~ **disaster**');
    expect(md).toContain('### Coastal Herald (1)');
    expect(md).toContain('reported by 3 of 4 — not by Harbor Watch');
  });
});
