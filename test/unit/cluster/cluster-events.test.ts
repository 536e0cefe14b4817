import { describe, expect, it } from 'vitest';
import { clusterEvents, type EventCluster } from '../../../shared/cluster';
import * as day from '../../fixtures/cluster/port-alder-day';

/** Groups as sorted id lists, sorted: a readable, order-free picture of a clustering. */
const picture = (clusters: EventCluster[]) => clusters.map((c) => c.ids.join(' + ')).sort();
const groupWith = (clusters: EventCluster[], id: string) => clusters.find((c) => c.ids.includes(id))!;

describe('clusterEvents on one day in Port Alder', () => {
  const clusters = clusterEvents(day.monday);

  it('keeps the ferry crash and the budget vote apart although both name the town, the mayor and the Harbour Authority', () => {
    expect(picture(clusters)).toEqual([
      'budget-gazette + budget-times',
      'chess',
      'ferry-herald + ferry-meridian + ferry-wire',
      'lighthouse-tuesday',
    ]);
  });

  it('puts every document in exactly one group', () => {
    const ids = clusters.flatMap((c) => c.ids).sort();
    expect(ids).toEqual(day.monday.map((d) => d.id).sort());
  });

  it('gives the same groups whatever the input order', () => {
    const reversed = clusterEvents([...day.monday].reverse());
    const rotated = clusterEvents([...day.monday.slice(3), ...day.monday.slice(0, 3)]);
    expect(picture(reversed)).toEqual(picture(clusters));
    expect(picture(rotated)).toEqual(picture(clusters));
    expect(reversed.map((c) => c.label)).toEqual(clusters.map((c) => c.label));
  });

  it('labels a group with what its members share, and shows the evidence', () => {
    const ferry = groupWith(clusters, 'ferry-herald');
    expect(ferry.label).toContain('ferry');
    expect(ferry.evidence.entities).toEqual(expect.arrayContaining(['Port Alder', 'Andriy Koval']));
    expect(ferry.evidence.terms).toEqual(expect.arrayContaining(['ferry', 'pier', 'steering']));
    const budget = groupWith(clusters, 'budget-gazette');
    expect(budget.label).toMatch(/budget|council/);
    expect(budget.evidence.numbers.join(' ')).toContain('4.2 million');
    expect(budget.evidence.terms).not.toContain('ferry');
  });

  it('reports cohesion: the mean similarity of the members, 1 for a lone article', () => {
    const ferry = groupWith(clusters, 'ferry-herald');
    expect(ferry.cohesion).toBeGreaterThan(0.15);
    expect(ferry.cohesion).toBeLessThan(1);
    expect(groupWith(clusters, 'chess').cohesion).toBe(1);
  });

  it('does not let a round-up that mentions both events chain them into one group', () => {
    const withRoundUp = clusterEvents([...day.monday, day.roundUp]);
    const ferry = groupWith(withRoundUp, 'ferry-herald');
    expect(ferry.ids).not.toContain('budget-gazette');
    expect(groupWith(withRoundUp, 'budget-gazette').ids).not.toContain('ferry-herald');
  });
});

describe('clusterEvents and dates', () => {
  it('keeps a near-copy five days later apart with the default ±3-day window, and joins it with ±7', () => {
    const docs = [day.lighthouseTuesday, day.lighthouseSunday, day.chess];
    expect(picture(clusterEvents(docs))).toEqual(['chess', 'lighthouse-sunday', 'lighthouse-tuesday']);
    expect(picture(clusterEvents(docs, { windowDays: 7 }))).toEqual(['chess', 'lighthouse-sunday + lighthouse-tuesday']);
  });

  it('never excludes an undated article by the window', () => {
    const clusters = clusterEvents([...day.monday, day.ferryUndated]);
    expect(groupWith(clusters, 'ferry-undated').ids).toEqual(['ferry-herald', 'ferry-meridian', 'ferry-undated', 'ferry-wire']);
  });

  it('reads the calendar date as printed, so a late-evening time zone does not move an article a day', () => {
    // ferry-meridian is 2024-06-03T21:40+02:00; with a 0-day window it must still meet the 2024-06-03 report.
    const clusters = clusterEvents([day.ferryHerald, day.ferryMeridian], { windowDays: 0 });
    expect(picture(clusters)).toEqual(['ferry-herald + ferry-meridian']);
  });
});

describe('clusterEvents options and input', () => {
  it('splits everything at the strictest threshold and returns nothing for nothing', () => {
    expect(clusterEvents(day.monday, { threshold: 1 })).toHaveLength(day.monday.length);
    expect(clusterEvents([])).toEqual([]);
  });

  it('says what is wrong with bad options and duplicate ids', () => {
    expect(() => clusterEvents(day.monday, { threshold: 0 })).toThrow(/threshold must be in \(0, 1\], got 0/);
    expect(() => clusterEvents(day.monday, { windowDays: -1 })).toThrow(/windowDays must be a number ≥ 0, got -1/);
    expect(() => clusterEvents([day.chess, day.chess])).toThrow(/document id "chess" is given twice/);
  });
});
