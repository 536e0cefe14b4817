import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../shared/compare/index';
import { SAMPLE_STORY } from '../../../shared/sample/sample-story';

/** The sample story exists to show every feature of the comparison view: check that it does. */
describe('sample story', () => {
  const c = compareArticles(SAMPLE_STORY.articles.map((a, i) => ({ id: `s${i + 1}`, language: 'en', ...a })));
  const outlet = (id: string) => c.articles.find((a) => a.id === id)!.outlet;

  it('is four fictional outlets on .example domains, 5–9 paragraphs each', () => {
    expect(SAMPLE_STORY.articles).toHaveLength(4);
    for (const a of SAMPLE_STORY.articles) {
      expect(new URL(a.url).hostname).toMatch(/\.example$/);
      expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(5);
      expect(a.text.split('\n\n').length).toBeLessThanOrEqual(9);
    }
  });

  it('has a claim shared by all four, and sentences unique to one outlet', () => {
    expect(c.claims.some((cl) => cl.members.length === 4)).toBe(true);
    const protest = c.sentences.find((s) => s.text.includes('lengths of empty pipe'))!;
    expect(c.unique).toContain(protest.id);
  });

  it('has an omission: the mediator is never named by The Evening Courier', () => {
    const roos = c.omissions.find((o) => o.label.includes('Roos'))!;
    expect(roos.missingFrom.map(outlet)).toEqual(['The Evening Courier']);
  });

  it('has spelling variants merged into one fact', () => {
    const spellings = (label: string) => new Set(c.facts.entities.find((e) => e.label.includes(label))!.variants.map((v) => v.spelling));
    expect([...spellings('Talanov')]).toEqual(expect.arrayContaining(['Yury Talanov', 'Yuri Talanov']));
    expect([...spellings('Dovr')].sort()).toEqual(['Dovrinsk', 'Dovrynsk']);
  });

  it('has conflicting numbers: 28 vs 27 points, nearly five vs five hours', () => {
    expect(c.facts.numbers.some((n) => n.disagreement === 'value' && n.values.some((v) => v.value === 27) && n.values.some((v) => v.value === 28))).toBe(true);
    expect(c.facts.numbers.some((n) => n.disagreement === 'qualifier' && n.unit === 'hours')).toBe(true);
  });

  it('has a quote worded two ways, a word-choice contrast and a wire-copy passage', () => {
    expect(c.facts.quotes.some((q) => q.wordingDiffers && q.versions.length >= 3)).toBe(true);
    expect(c.wordChoice.contrasts.some((w) => w.terms.includes('conflict') || w.terms.includes('water war'))).toBe(true);
    expect(c.sharedCopy.some((s) => s.text.includes('2.4 million people') && s.passages.length === 2)).toBe(true);
  });
});
