import { describe, expect, it } from 'vitest';
import { readPageMetadata, normaliseDate } from '../../../main/import/html/metadata';
import { parseJsonLdBlocks } from '../../../main/import/html/json-ld';
import { splitAuthors } from '../../../main/import/html/authors';
import { page, parseDoc } from './helpers';

const meta = (head: string, body = '', htmlAttrs = '') => {
  const html = page(head, body, htmlAttrs);
  return readPageMetadata(parseDoc(html), html);
};

describe('JSON-LD', () => {
  it('reads a NewsArticle with author objects and publisher', () => {
    const m = meta(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Town keeps its light","datePublished":"2024-03-05T09:30:00Z",
      "author":[{"@type":"Person","name":"Marta Lind"},{"@type":"Person","name":"Tom Reyes"}],"publisher":{"@type":"Organization","name":"The Gull Gazette"},
      "url":"https://gullgazette.example/a","inLanguage":"en-GB"}</script>`);
    expect(m).toMatchObject({ title: 'Town keeps its light', authors: ['Marta Lind', 'Tom Reyes'], published: '2024-03-05T09:30:00Z', publisher: 'The Gull Gazette', url: 'https://gullgazette.example/a', language: 'en' });
  });

  it('follows @graph and @id references, and prefers the article with a body', () => {
    const r = parseJsonLdBlocks([
      JSON.stringify({ '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'The Gull Gazette' },
        { '@type': 'Person', '@id': '#m', name: 'Marta Lind' },
        { '@type': 'NewsArticle', headline: 'Related stub' },
        { '@type': ['NewsArticle', 'Article'], headline: 'The real one', articleBody: 'Body text.', author: { '@id': '#m' }, publisher: { '@id': '#org' } },
      ] }),
    ]);
    expect(r).toMatchObject({ headline: 'The real one', authors: ['Marta Lind'], publisher: 'The Gull Gazette', articleBody: 'Body text.' });
  });

  it('survives sloppy blocks: comments, raw newlines, trailing commas, junk', () => {
    const r = parseJsonLdBlocks(['<!-- {"@type":"Article","headline":"Line one\nline two",} -->', 'not json at all']);
    expect(r?.headline).toBe('Line one line two');
  });
});

describe('meta tags and markup', () => {
  it('reads OpenGraph and article:published_time', () => {
    const m = meta('<meta property="og:title" content="OG headline"><meta property="og:site_name" content="Gull Gazette"><meta property="og:url" content="https://gullgazette.example/og"><meta property="article:published_time" content="2024-03-05">');
    expect(m).toMatchObject({ title: 'OG headline', siteName: 'Gull Gazette', url: 'https://gullgazette.example/og', published: '2024-03-05' });
  });

  it('reads parsely, Dublin Core and plain author meta', () => {
    expect(meta('<meta name="parsely-title" content="P title"><meta name="parsely-author" content="Ana Ruiz"><meta name="parsely-pub-date" content="2024-03-04T08:00:00Z">'))
      .toMatchObject({ title: 'P title', authors: ['Ana Ruiz'], published: '2024-03-04T08:00:00Z' });
    expect(meta('<meta name="DC.title" content="DC title"><meta name="DC.creator" content="Lind, Marta"><meta name="DC.date" content="2024-03-03"><meta name="DC.publisher" content="Gazette Press">'))
      .toMatchObject({ title: 'DC title', authors: ['Marta Lind'], published: '2024-03-03', siteName: 'Gazette Press' });
    expect(meta('<meta property="og:site_name" content="Blogger">').siteName).toBeUndefined();
    expect(meta('<meta property="og:site_name" content="Autoracing | F1 | Indy">').siteName).toBe('Autoracing');
    expect(meta('<meta name="author" content="By Marta Lind and Tom Reyes">').authors).toEqual(['Marta Lind', 'Tom Reyes']);
  });

  it('falls back to <time>, rel=author, the canonical link and <html lang>', () => {
    const m = meta('<link rel="canonical" href="https://gullgazette.example/canon">', '<article><a rel="author" href="/m">Marta Lind</a><time datetime="2024-03-02T10:00:00+01:00">2 March</time><p>x</p></article>', 'lang="ru-RU"');
    expect(m).toMatchObject({ url: 'https://gullgazette.example/canon', authors: ['Marta Lind'], published: '2024-03-02T10:00:00+01:00', language: 'ru' });
  });

  it('reads a byline element and the <title> without its site suffix', () => {
    const m = meta('<meta property="og:site_name" content="The Gull Gazette">', '<div class="byline">By Ana Ruiz</div><h1>A</h1><h1>B</h1>');
    expect(m.authors).toEqual(['Ana Ruiz']);
    const t = meta('<meta property="og:title" content="Town keeps its light | The Gull Gazette"><meta property="og:site_name" content="The Gull Gazette">');
    expect(t.title).toBe('Town keeps its light');
  });

  it('takes the address from a saved-page comment when the page has none', () => {
    const html = '<!-- saved from url=(0031)https://gullgazette.example/s -->' + page('', '<p>x</p>');
    expect(readPageMetadata(parseDoc(html), html).url).toBe('https://gullgazette.example/s');
  });
});

describe('helpers', () => {
  it('normalises dates to ISO 8601', () => {
    expect(normaliseDate('2024-03-05 09:30:00')).toBe('2024-03-05T09:30:00');
    expect(normaliseDate('20240305')).toBe('2024-03-05');
    expect(normaliseDate('Tue, 05 Mar 2024 09:30:00 GMT')).toBe('2024-03-05T09:30:00.000Z');
    expect(normaliseDate('yesterday')).toBeUndefined();
    expect(normaliseDate('0001-01-01T00:00:00Z')).toBeUndefined();
  });
  it('splits bylines into names and drops non-names', () => {
    expect(splitAuthors('By Marta Lind, Tom Reyes & Ana Ruiz | https://x.example/a')).toEqual(['Marta Lind', 'Tom Reyes', 'Ana Ruiz']);
    expect(splitAuthors('')).toEqual([]);
    expect(splitAuthors('TOM KRISHER, AP Auto Writer')).toEqual(['TOM KRISHER']);
  });
});
