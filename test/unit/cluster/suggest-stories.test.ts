import { describe, expect, it } from 'vitest';
import { suggestStories, type StorySuggestion } from '../../../shared/cluster';
import * as day from '../../fixtures/cluster/port-alder-day';

/** A suggestion as one readable line. */
const line = (s: StorySuggestion) =>
  `${s.articleIds.join(' + ')} → ${s.target.kind === 'existing' ? `story ${s.target.storyId}` : `new "${s.target.title}"`}`;

const ferryStory = { storyId: 'story-ferry', title: 'Port Alder ferry crash', docs: [day.ferryHerald, day.ferryMeridian] };
const lighthouseStory = { storyId: 'story-lighthouse', title: 'Cape Morrow keeper', docs: [day.lighthouseTuesday] };

describe('suggestStories', () => {
  const newDocs = [day.ferryWire, day.budgetGazette, day.budgetTimes, day.chess];
  const suggestions = suggestStories(newDocs, [ferryStory, lighthouseStory]);

  it('sends a new ferry report to the ferry story, proposes a new story for the two budget reports, and leaves the lone chess report alone', () => {
    expect(suggestions.map(line).sort()).toEqual([
      'budget-gazette + budget-times → new "Port Alder council passes harbour budget"',
      'ferry-wire → story story-ferry',
    ]);
  });

  it('explains each suggestion with what the articles share', () => {
    const ferry = suggestions.find((s) => s.target.kind === 'existing')!;
    expect(ferry.score).toBeGreaterThanOrEqual(0.18);
    expect(ferry.evidence.terms).toEqual(expect.arrayContaining(['ferry', 'pier']));
    const budget = suggestions.find((s) => s.target.kind === 'new')!;
    expect(budget.evidence.numbers.join(' ')).toContain('4.2 million');
  });

  it('matches a story only through its articles inside the date window', () => {
    // The lighthouse story's article is from 4 June; a near-copy on 9 June is out of a ±3-day window.
    expect(suggestStories([day.lighthouseSunday], [lighthouseStory]).map(line)).toEqual([]);
    expect(suggestStories([day.lighthouseSunday], [lighthouseStory], { windowDays: 7 }).map(line)).toEqual(['lighthouse-sunday → story story-lighthouse']);
  });

  it('ignores new articles already in a story, and is order-independent', () => {
    const again = suggestStories([day.ferryHerald, ...newDocs].reverse(), [lighthouseStory, ferryStory]);
    expect(again.map(line)).toEqual(suggestions.map(line));
    expect(suggestStories([day.ferryHerald], [ferryStory])).toEqual([]);
  });

  it('proposes nothing when nothing is new or nothing is alike', () => {
    expect(suggestStories([], [ferryStory])).toEqual([]);
    expect(suggestStories([day.chess], [ferryStory, lighthouseStory])).toEqual([]);
  });
});
