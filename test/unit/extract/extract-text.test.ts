import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../../main/import/html/extract-text';
import { ImportError } from '../../../main/import/raw-document';
import { fixture } from './helpers';

describe('extractFromPlainText', () => {
  it('turns a pasted article into headline, deck, clean body and removed furniture', () => {
    const a = extractFromPlainText(fixture('pasted-with-furniture.txt'), { parseHeaderLines: true });
    expect(a.title).toBe('Harbour town votes to keep its lighthouse lit');
    expect(a.lede).toBe('Residents chose heritage over savings in a vote that split the council');
    expect(a.text.split('\n\n')).toEqual([
      "Residents of Port Wren voted on Monday to keep the town's 140-year-old lighthouse lit, overruling a council plan to switch it off.",
      "The vote was close: 1,204 residents backed keeping the light, while 1,150 supported the council's proposal.",
      'Council leader David Okafor said the result would be respected.',
    ]);
    expect(a.removed.map((r) => r.reason)).toEqual(['advertisement', 'photo credit', 'share/follow prompt', 'related links', 'live feed status', 'comment prompt']);
    expect(a.language).toBe('en');
  });

  it('reads header lines and joins hard-wrapped paragraphs', () => {
    const text = [
      'Title: Town keeps its light',
      'URL: https://www.reuters.com/world/lighthouse-vote',
      'Date: 2024-03-05',
      'Author: Marta Lind, Tom Reyes',
      '',
      'Residents of Port Wren voted on Monday to keep',
      'the lighthouse lit.',
      '',
      'The vote was close.',
    ].join('\r\n');
    const a = extractFromPlainText(text, { parseHeaderLines: true });
    expect(a).toMatchObject({
      title: 'Town keeps its light',
      url: 'https://www.reuters.com/world/lighthouse-vote',
      outlet: 'Reuters',
      outletDomain: 'reuters.com',
      published: '2024-03-05',
      authors: ['Marta Lind', 'Tom Reyes'],
      text: 'Residents of Port Wren voted on Monday to keep the lighthouse lit.\n\nThe vote was close.',
    });
  });

  it('reads Markdown front matter and strips Markdown syntax', () => {
    const md = ['---', 'title: "Town keeps its light"', 'source: The Gull Gazette', '---', '', '# Town keeps its light', '', 'Residents of **Port Wren** voted to keep the [lighthouse](https://x.example/l) lit.', '', '![lamp](lamp.jpg)', '', '- The vote was close.'].join('\n');
    const a = extractFromPlainText(md, { parseHeaderLines: true });
    expect(a.title).toBe('Town keeps its light');
    expect(a.outlet).toBe('The Gull Gazette');
    expect(a.text).toBe('Town keeps its light\n\nResidents of Port Wren voted to keep the lighthouse lit.\n\nThe vote was close.');
  });

  it('leaves the first line alone for structured exports, and lets known metadata win', () => {
    const a = extractFromPlainText('Short first line\nSecond paragraph of the body text here.', {
      parseHeaderLines: false,
      meta: { title: 'From the export', outlet: 'Gull Gazette', authors: ['Ana Ruiz'], language: 'en' },
    });
    expect(a).toMatchObject({ title: 'From the export', outlet: 'Gull Gazette', authors: ['Ana Ruiz'], language: 'en' });
    expect(a.text).toBe('Short first line\n\nSecond paragraph of the body text here.');
  });

  it('drops a caption pasted twice, keeping the first copy', () => {
    const caption = 'Harbour master Ellen Voss at the lamp room, March 2024.';
    const a = extractFromPlainText([caption, 'Residents of Port Wren voted to keep the light.', caption, 'Yes', 'Yes'].join('\n'), { parseHeaderLines: false });
    expect(a.text).toBe(`${caption}\n\nResidents of Port Wren voted to keep the light.\n\nYes\n\nYes`);
    expect(a.removed).toEqual([{ text: caption, reason: 'repeated text' }]);
  });

  it('fails with no-article-text when only headers and furniture are left', () => {
    const run = () => extractFromPlainText('Title: Nothing here\n\nADVERTISEMENT\nLeave a Reply\n', { parseHeaderLines: true });
    expect(run).toThrowError(ImportError);
    expect(run).toThrowError(/No article text found/);
  });
});
