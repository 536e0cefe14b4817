import { describe, expect, it } from 'vitest';
import { findRecurringParagraphs, removeRecurringParagraphs } from '../../../shared/text/furniture-recurring';

const SIGN_OFF = 'Follow the Gull Gazette on Mastodon for harbour news.';
const story = (n: number, withSignOff: boolean) =>
  [`Story ${n}: the council met on day ${n} to discuss the harbour.`, 'Residents spoke for an hour.', ...(withSignOff ? [SIGN_OFF] : [])].join('\n\n');

describe('recurring outlet furniture', () => {
  it('finds short paragraphs shared by three or more articles, ignoring case and punctuation', () => {
    const texts = [story(1, true), story(2, true), story(3, true).replace(SIGN_OFF, SIGN_OFF.toUpperCase()), story(4, false)];
    const recurring = findRecurringParagraphs(texts);
    expect(recurring.has('follow the gull gazette on mastodon for harbour news')).toBe(true);
    expect(recurring.has('residents spoke for an hour')).toBe(true);
    expect([...recurring].some((k) => k.startsWith('story'))).toBe(false);
  });

  it('does not count a paragraph twice within one article, nor below the threshold', () => {
    const twice = `${SIGN_OFF}\n\n${SIGN_OFF}`;
    expect(findRecurringParagraphs([twice, twice]).size).toBe(0);
  });

  it('removes them from a text and records the reason', () => {
    const recurring = findRecurringParagraphs([story(1, true), story(2, true), story(3, true)]);
    const r = removeRecurringParagraphs(story(5, true), recurring);
    expect(r.text).toBe('Story 5: the council met on day 5 to discuss the harbour.');
    expect(r.removed).toEqual([
      { text: 'Residents spoke for an hour.', reason: 'repeated in 3+ articles of this outlet' },
      { text: SIGN_OFF, reason: 'repeated in 3+ articles of this outlet' },
    ]);
  });
});
