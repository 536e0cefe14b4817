import { describe, expect, it } from 'vitest';
import { dayNumber, withinWindow } from '../../../shared/cluster/dates';

describe('dayNumber', () => {
  it('counts days from 1970-01-01 by the calendar date as written', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-06-03')).toBe(dayNumber('2024-06-03T23:59:00-11:00'));
    expect(dayNumber('2024-03-01')! - dayNumber('2024-02-28')!).toBe(2); // a leap year
  });

  it('is undefined for a missing or unreadable date', () => {
    expect(dayNumber(undefined)).toBeUndefined();
    expect(dayNumber('')).toBeUndefined();
    expect(dayNumber('June 3rd')).toBeUndefined();
  });
});

describe('withinWindow', () => {
  it('allows dated pairs at most windowDays apart, and every pair with an undated side', () => {
    expect(withinWindow(10, 13, 3)).toBe(true);
    expect(withinWindow(10, 14, 3)).toBe(false);
    expect(withinWindow(10, undefined, 0)).toBe(true);
  });
});
