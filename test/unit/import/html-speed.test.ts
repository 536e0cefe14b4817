import { EventTarget as DomEventTarget } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../../main/import/html/clean-blocks';
import type { TextBlock } from '../../../main/import/html/content-blocks';
import { extractFromHtml } from '../../../main/import/html/extract-html';
import { useLeanNodes } from '../../../main/import/html/lean-nodes';
import { parseHtmlDocument, stripInertMarkup } from '../../../main/import/html/parse-dom';
import { prepareDocument } from '../../../main/import/html/prepare-dom';
import { MAX_ELEMENTS_FOR_READABILITY, runReadability } from '../../../main/import/html/run-readability';
import { reconcileLanguage } from '../../../main/import/language';

const para = (s: string) => `<p>${s}</p>`;
const story = [
  'Residents of the harbour town voted on Monday to keep the old lighthouse lit through the winter months.',
  'The keeper, who has tended the lamp for thirty years, said the decision would reassure the fishing crews.',
  'Council members had argued that the light cost too much to run and that modern boats no longer needed it.',
].map(para).join('\n');

describe('lean linkedom nodes', () => {
  it('are still EventTargets, but say plainly that events are not available', () => {
    expect(useLeanNodes()).toBe(true);
    const doc = parseHtmlDocument('<html><body><p id="x">Hi</p></body></html>');
    const p = doc.getElementById('x')!;
    expect(p).toBeInstanceOf(DomEventTarget);
    expect(() => p.addEventListener('click', () => undefined)).toThrow(/not available/);
  });
});

describe('stripInertMarkup', () => {
  it('drops indentation between block tags but keeps the spaces that separate words', () => {
    const out = stripInertMarkup('<div>\n  <p>One <b>two</b>\n<i>three</i></p>\n  <p>Four</p>\n</div><span>five</span> <span>six</span><pre>a\n<b>b</b></pre>');
    expect(out).toBe('<div><p>One <b>two</b>\n<i>three</i></p><p>Four</p></div><span>five</span> <span>six</span><pre>a\n<b>b</b></pre>');
  });

  it('removes comments, scripts, styles and SVG bodies in one pass, keeping JSON-LD', () => {
    const out = stripInertMarkup('<script>var s = "<!--";</script>kept<!-- gone --><script type="application/ld+json">{"a":1}</script><svg><path d="M0"/></svg><style>p{}</style>');
    expect(out).toBe('kept<script type="application/ld+json">{"a":1}</script><svg></svg>');
  });

  it('leaves the article text as it was', () => {
    const html = `<html lang="en"><head><title>Lighthouse</title></head><body>\n  <nav>\n <a href="/">Home</a>\n</nav>\n  <article>\n ${story}\n  </article>\n</body></html>`;
    const text = extractFromHtml(html).text;
    expect(text.split('\n\n')).toHaveLength(3);
    expect(text).toContain('through the winter months.');
    expect(text).not.toContain('Home');
  });
});

describe('prepareDocument', () => {
  it('removes navigation, footers, side rails and hidden elements, but not a wrapper holding most of the page', () => {
    const doc = parseHtmlDocument(
      `<html><body><aside class="theme">${story}<nav>Menu</nav><div hidden>Secret</div><div role="complementary">Rail</div><span aria-hidden="true">Icon</span><div aria-hidden="false">Shown</div></aside><footer>Legal</footer></body></html>`,
    );
    prepareDocument(doc);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('lighthouse');
    expect(text).toContain('Shown');
    for (const gone of ['Menu', 'Secret', 'Rail', 'Icon', 'Legal']) expect(text).not.toContain(gone);
  });
});

describe('runReadability', () => {
  it('hands a page of too many elements to the fallback extractor', () => {
    const cells = '<span>x</span>'.repeat(MAX_ELEMENTS_FOR_READABILITY);
    expect(runReadability(parseHtmlDocument(`<html><body><article>${story}</article>${cells}</body></html>`))).toBeNull();
    expect(runReadability(parseHtmlDocument(`<html><body><article>${story}</article></body></html>`))).not.toBeNull();
  });
});

describe('cleanBlocks: headline and byline found with names normalised once', () => {
  const block = (text: string): TextBlock => ({ text, kind: 'paragraph', linkChars: 0, hints: '', nearHints: '' });
  it('removes the repeated headline and the byline, keeps long paragraphs that merely mention the author', () => {
    const long = `Jane Doe reported from the harbour, where ${'the crews waited for news of the vote, '.repeat(12)}and cheered.`;
    const { kept, removed } = cleanBlocks([block('Lighthouse stays lit!'), block('By Jane Doe'), block(long)], { title: 'Lighthouse stays lit', authors: ['Jane Doe'] });
    expect(removed.map((r) => r.reason)).toEqual(['headline', 'byline']);
    expect(kept.map((b) => b.text)).toEqual([long]);
  });
});

describe('reconcileLanguage: a plainly English text is accepted without asking franc', () => {
  const en = 'Residents of the harbour town voted on Monday to keep the old lighthouse lit, and the council said that it would respect the result. '.repeat(4);
  const fr = 'Les habitants de la ville portuaire ont voté lundi pour que leur vieux phare reste allumé pendant tout l’hiver prochain. '.repeat(5);
  it('keeps a declared "en" on English text and still overrules it on French text', () => {
    expect(reconcileLanguage('en', en)).toBe('en');
    expect(reconcileLanguage('en', fr)).toBe('fr');
  });
});
