import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startBrowserMode, type BrowserModeApp } from './support/browser-mode';

/**
 * A 10-article comparison of ~1,000-word articles: the first screen must come quickly and the
 * rows must be virtualised (only those near the viewport in the DOM), yet reachable by scrolling
 * and by the difference navigation. Articles are generated here: invented text, fixed seed.
 */
const TOWNS = ['Arlen', 'Brisk', 'Calloway', 'Dunmore', 'Eskel', 'Fenwick', 'Garrow', 'Hollin'];
const TOPICS = ['the harbour wall', 'school buses', 'the night market', 'flood barriers', 'the old mill', 'library hours', 'tram tickets', 'street lights', 'the ferry pier', 'park benches'];
const VERBS = ['discussed', 'debated', 'reviewed', 'considered'];

function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** Sixty sentences of one invented council meeting; each article takes most of them, reworded a little, plus its own. */
function makeArticles(n: number) {
  const base = Array.from({ length: 60 }, (_, i) => {
    const town = TOWNS[i % TOWNS.length]!;
    const topic = TOPICS[(i * 7) % TOPICS.length]!;
    return `Councillors from ${town} ${VERBS[i % VERBS.length]} ${topic} for ${20 + i} minutes, and ${i + 3} residents asked questions about the cost of item ${i + 1}.`;
  });
  return Array.from({ length: n }, (_, a) => {
    const rand = rng(a + 7);
    const sentences: string[] = [];
    base.forEach((s, i) => {
      if (rand() < 0.25) return; // each outlet leaves some out
      sentences.push(rand() < 0.3 ? s.replace(VERBS[i % VERBS.length]!, VERBS[(i + 1) % VERBS.length]!).replace('residents', 'locals') : s);
      if (rand() < 0.12) sentences.push(`Outlet ${a + 1} alone notes that a ${TOPICS[(i + a) % TOPICS.length]} petition gathered ${100 + i * a} signatures in week ${i}.`);
    });
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
    return {
      title: `Council meeting report ${a + 1}`,
      outlet: `Gazette ${String.fromCharCode(65 + a)}`,
      published: `2026-03-0${1 + (a % 9)}`,
      url: `https://gazette-${String.fromCharCode(97 + a)}.example/council`,
      authors: [`Writer ${a + 1}`],
      body: paragraphs.join('\n\n'),
    };
  });
}

describe('browser mode: a large comparison', () => {
  let app: BrowserModeApp;
  beforeAll(async () => {
    app = await startBrowserMode();
    await app.page.goto(app.url);
    await app.page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
  });
  afterAll(async () => app?.stop());

  it('shows ten ~1,000-word articles quickly, with virtualised rows', async () => {
    const { page } = app;
    const articles = makeArticles(10);
    const words = articles.map((a) => a.body.split(/\s+/).length);
    expect(Math.min(...words)).toBeGreaterThan(800);
    const ndjson = articles.map((a) => JSON.stringify(a)).join('\n');
    const storyId = await page.evaluate(
      async ({ ndjson, token }) => {
        const call = async (method: string, args: object) => {
          const r = await (await fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Parallax-Token': token }, body: JSON.stringify(args) })).json();
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          return r.value;
        };
        const base64 = btoa(String.fromCharCode(...new TextEncoder().encode(ndjson)));
        await call('importFiles', { jobId: 'large-import', sources: [{ kind: 'bytes', name: 'council.ndjson', base64 }] });
        const list = await call('listArticles', {});
        return (await call('createStory', { title: 'Council meeting, ten outlets', articleIds: list.map((a: { id: string }) => a.id) })).id as string;
      },
      { ndjson, token: app.token },
    );
    const started = Date.now();
    await page.goto(`${app.origin}/#/story/${storyId}/compare`);
    await page.locator('.cmp-body [role="row"]').first().waitFor({ timeout: 30_000 });
    const firstScreenMs = Date.now() - started;
    const stats = await page.evaluate(() => ({
      rows: Number(document.querySelector('[role="table"]')?.getAttribute('aria-rowcount')) - 1,
      rendered: document.querySelectorAll('.cmp-body [role="row"]').length,
      nodes: document.querySelectorAll('.cmp-scroller *').length,
      compareMs: Math.round((performance.getEntriesByType('resource').find((e) => e.name.includes('compareStory')) as PerformanceResourceTiming | undefined)?.duration ?? -1),
    }));
    console.log(`10 articles (${words.reduce((a, b) => a + b, 0)} words): first rows ${firstScreenMs} ms after navigation (compareStory request ${stats.compareMs} ms); ${stats.rows} rows, ${stats.rendered} rendered, ${stats.nodes} DOM nodes in the view`);
    expect(stats.rows).toBeGreaterThan(60);
    expect(stats.rendered).toBeLessThan(stats.rows);
    expect(firstScreenMs).toBeLessThan(5_000);
    await screenshot(page, 'compare-10-outlets-light');

    // Scrolling to the end renders the last rows.
    await page.evaluate(() => document.querySelector('.cmp-scroller')!.scrollTo({ top: 1e7 }));
    await expect.poll(() => page.locator('.cmp-body [role="row"]').last().locator('.row-number').textContent()).toBe(String(stats.rows));
    // Difference navigation reaches rows that were not rendered.
    await page.evaluate(() => document.querySelector('.cmp-scroller')!.scrollTo({ top: 0 }));
    for (let i = 0; i < 5; i++) await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.locator('.cmp-row.active').count()).toBe(1);
    expect(app.consoleErrors).toEqual([]);
  });
});
