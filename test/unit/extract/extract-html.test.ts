import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../main/import/html/extract-html';
import { ImportError } from '../../../main/import/raw-document';
import { fixture, page, STORY, storyParagraphs } from './helpers';

const reasonsOf = (a: { removed: { text: string; reason: string }[] }) => Object.fromEntries(a.removed.map((r) => [r.text, r.reason]));

describe('extractFromHtml: the lighthouse page', () => {
  const article = extractFromHtml(fixture('lighthouse.html'));

  it('keeps the story, paragraph by paragraph', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Residents of Port Wren voted on Monday/);
    expect(paragraphs.at(-1)).toMatch(/two volunteers from the local sailing club\.$/);
    expect(paragraphs).toHaveLength(5);
  });

  it('drops furniture and says why', () => {
    for (const gone of ['ADVERTISEMENT', 'Share this article', 'Sign up for our weekly', 'Related stories', 'Fishing fleet', 'Photo: Ana Ruiz', 'Home', 'All rights reserved']) {
      expect(article.text).not.toContain(gone);
    }
    expect(reasonsOf(article)).toMatchObject({
      ADVERTISEMENT: 'advertisement',
      'Share this article': 'share/follow prompt',
      'Sign up for our weekly newsletter to get the best of the Gazette in your inbox': 'newsletter prompt',
    });
  });

  it('reads the metadata', () => {
    expect(article).toMatchObject({
      title: 'Harbour town votes to keep its lighthouse lit',
      outlet: 'The Gull Gazette',
      outletDomain: 'gullgazette.example',
      authors: ['Marta Lind', 'Tom Reyes'],
      published: '2024-03-05T09:30:00+00:00',
      url: 'https://www.gullgazette.example/news/2024/03/lighthouse-vote',
      language: 'en',
      lede: 'Residents chose heritage over savings in a vote that split the council',
    });
  });
});

describe('extractFromHtml: cleaning rules', () => {
  it('removes captions, credits, bylines and linked teaser lists inside the article, keeping them in `removed`', () => {
    const html = page('', `<article>
      <div class="article-meta"><span class="byline">By Ana Ruiz</span> · <span>Updated 5 March 2024</span></div>
      <figure><img src="a.jpg"><figcaption>Harbour master Ellen Voss at the lamp.</figcaption></figure>
      ${storyParagraphs()}
      <p class="image-credit">Ana Ruiz / Gull Gazette</p>
      <ul><li><a href="/1">Fishing fleet faces new quota rules</a></li><li><a href="/2">Ferry timetable changes for summer</a></li><li><a href="/3">Sailing club marks its centenary</a></li></ul>
      <h3><a href="/4">Storm damages the old pier</a></h3>
    </article>`);
    const a = extractFromHtml(html, { url: 'https://gullgazette.example/x' });
    expect(a.text).toBe(STORY.join('\n\n'));
    const removed = reasonsOf(a);
    expect(removed['Harbour master Ellen Voss at the lamp.']).toBe('photo caption');
    expect(removed['Fishing fleet faces new quota rules']).toBe('related links');
    expect(removed['Storm damages the old pier']).toBe('related link');
    expect(a.outlet).toBe('gullgazette.example');
  });

  it('keeps tables as rows and repeated table text', () => {
    const rows = Array.from({ length: 3 }, (_, i) => `<tr><td>Day ${i + 1}</td><td>Meal 1</td><td>${1000 + i}</td></tr>`).join('');
    const a = extractFromHtml(page('', `<article>${storyParagraphs()}<table>${rows}</table></article>`));
    expect(a.text).toContain('Day 1 Meal 1 1000\n\nDay 2 Meal 1 1001');
  });

  it('takes the JSON-LD articleBody when Readability found much less of the story', () => {
    const body = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the full council report, with every figure the residents were shown before they voted.`).join('\n');
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Full report', articleBody: body });
    const a = extractFromHtml(page(`<script type="application/ld+json">${ld}</script>`, `<article><p>${STORY[0]}</p><p>${STORY[1]}</p></article>`));
    expect(a.text.split('\n\n')).toHaveLength(12);
    expect(a.text).toContain('Paragraph 12 of the full council report');
  });

  it('detects the language when the page does not declare it', () => {
    const ru = '<p>Жители портового города в понедельник проголосовали за то, чтобы старый маяк продолжал светить, и совет согласился с их решением.</p>';
    expect(extractFromHtml(page('', `<article>${ru.repeat(4)}</article>`)).language).toBe('ru');
  });
});

describe('extractFromHtml: failures and hostile pages', () => {
  it('throws no-article-text for a page with only navigation', () => {
    const html = page('', '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav><footer>© 2024</footer>');
    expect(() => extractFromHtml(html)).toThrowError(ImportError);
    try {
      extractFromHtml(html);
    } catch (e) {
      expect((e as ImportError).reason).toBe('no-article-text');
    }
  });

  it('throws no-article-text for an empty document', () => {
    expect(() => extractFromHtml('')).toThrowError(/No article text found/);
  });

  it('handles SingleFile-style pages: inlined images, fonts and huge styles', () => {
    const dataUri = `data:image/png;base64,${'A'.repeat(300_000)}`;
    const html = page(`<style>${'.x{color:red}'.repeat(20_000)}</style><link rel="icon" href="${dataUri}">`,
      `<article><img src="${dataUri}"><div style="${'background:red;'.repeat(200)}">${storyParagraphs()}</div></article>`);
    const t0 = performance.now();
    const a = extractFromHtml(html);
    expect(a.text).toBe(STORY.join('\n\n'));
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('falls back to a bounded extractor when a page is too big for Readability', () => {
    const filler = '<span></span>'.repeat(70_000);
    const a = extractFromHtml(page('', `<div>${filler}</div><article>${storyParagraphs()}</article><div><a href="/">Home</a></div>`));
    expect(a.text).toBe(STORY.join('\n\n'));
  });

  it('survives pathological nesting without blowing the stack, keeping the text', () => {
    const depth = 20_000;
    const html = page('', `${'<div>'.repeat(depth)}${storyParagraphs()}${'</div>'.repeat(depth)}`);
    const t0 = performance.now();
    const a = extractFromHtml(html);
    expect(a.text).toContain('Residents of Port Wren voted on Monday');
    expect(a.text).toContain('two volunteers from the local sailing club');
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('extractFromHtml: outlet choice', () => {
  const body = `<article>${storyParagraphs()}</article>`;
  it('prefers JSON-LD publisher, then the domain table, then og:site_name, then the domain', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","publisher":{"@type":"Organization","name":"Gull Gazette Ltd"}}</script>';
    expect(extractFromHtml(page(ld, body), { url: 'https://www.reuters.com/x' }).outlet).toBe('Gull Gazette Ltd');
    expect(extractFromHtml(page('<meta property="og:site_name" content="U.S.">', body), { url: 'https://www.reuters.com/x' }).outlet).toBe('Reuters');
    expect(extractFromHtml(page('<meta property="og:site_name" content="Gull Gazette">', body), { url: 'https://gullgazette.example/x' }).outlet).toBe('Gull Gazette');
    expect(extractFromHtml(page('<meta property="og:site_name" content="gullgazette">', body), { url: 'https://gullgazette.example/x' }).outlet).toBe('gullgazette.example');
  });
});
