import { describe, expect, it } from 'vitest';
import { classifyFurnitureLine, isBylineLine, isTimestampLine } from '../../../shared/text/furniture';

describe('classifyFurnitureLine', () => {
  it.each([
    ['ADVERTISEMENT', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Реклама', 'advertisement'],
    ['THIS LIVE FEED HAS ENDED.', 'live feed status'],
    ['Leave a Reply', 'comment prompt'],
    ['View 24 comments', 'comment prompt'],
    ['Sign up for our morning briefing newsletter', 'newsletter prompt'],
    ['Get the best stories delivered straight to your inbox', 'newsletter prompt'],
    ['Subscribe now', 'subscription prompt'],
    ['Already a subscriber? Log in', 'subscription prompt'],
    ['Share on Facebook', 'share/follow prompt'],
    ['Facebook Twitter WhatsApp Email', 'share/follow prompt'],
    ['Follow us on Telegram', 'share/follow prompt'],
    ['Recommended stories', 'related links'],
    ['You might also like', 'related links'],
    ['Читайте также', 'related links'],
    ['Read more: Ferry timetable changes for summer', 'related link'],
    ['Photo: Ana Ruiz', 'photo credit'],
    ['(Image: gargantiopa / Getty Images)', 'photo credit'],
    ['AFP via Getty Images', 'photo credit'],
    ['© Aaron Schwartz', 'photo credit'],
    ['Jane Smith/Reuters', 'photo credit'],
    ['3 of 12', 'gallery control'],
    ['Skip to main content', 'menu residue'],
    ['5 min read', 'menu residue'],
    ['© 2024 The Gull Gazette. All rights reserved.', 'copyright line'],
    ['We use cookies to improve your experience on our site.', 'cookie notice'],
    ['Updated 11:04 PM EST, Nov 18, 2019', 'timestamp'],
    ['11/18/19 11:04', 'timestamp'],
    ['Updated at 1:23 p.m.', 'timestamp'],
    ['2 декабря 2025, 14:30', 'timestamp'],
    ['By Justine Coleman - 11/18/19 11:04 PM EST', 'byline'],
  ])('%s → %s', (line, reason) => {
    expect(classifyFurnitureLine(line)).toBe(reason);
  });

  it.each([
    'By Monday, officials said the plan had failed.',
    'The announcement was first reported by Reuters.',
    'Credit Suisse shares fell 5% on Monday.',
    'The company said it would get rid of its morning briefing next year.',
    'Residents of Port Wren voted on Monday to keep the lighthouse lit.',
    'He urged readers to share the article with friends before the vote, saying the result mattered to everyone.',
    '5040',
    '4:14 p.m.',
    '02-751-1500',
    '29 November 2018 | 20 January 2019',
    'Battery life',
    '',
  ])('keeps article text: %j', (line) => {
    expect(classifyFurnitureLine(line)).toBeNull();
  });

  it('ignores bullets and extra whitespace around a furniture line', () => {
    expect(classifyFurnitureLine('  •  Share   this   story ')).toBe('share/follow prompt');
  });

  it('never classifies long prose, whatever words it contains', () => {
    const long = 'Subscribe to the newsletter, said the mayor, '.repeat(8);
    expect(classifyFurnitureLine(long)).toBeNull();
  });
});

describe('isTimestampLine / isBylineLine', () => {
  it('needs a date shape, not just a number', () => {
    expect(isTimestampLine('Published 1 day ago')).toBe(true);
    expect(isTimestampLine('1,204')).toBe(false);
  });
  it('wants capitalised names after "By"', () => {
    expect(isBylineLine('By Marta Lind and Tom Reyes')).toBe(true);
    expect(isBylineLine('by the end of the year')).toBe(false);
    expect(isBylineLine('By Thursday the council had voted')).toBe(false);
  });
});
