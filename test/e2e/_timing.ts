import { startBrowserMode } from '/work/main/test/e2e/support/browser-mode';
const app = await startBrowserMode();
try {
  const { page } = app;
  await page.goto(app.url);
  await page.waitForSelector('.app');
  const call = (method: string, args: object) => page.evaluate(async ({ method, args, token }) => {
    const t = performance.now();
    const r = await (await fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Parallax-Token': token }, body: JSON.stringify(args) })).json();
    return { ms: Math.round(performance.now() - t), r };
  }, { method, args, token: app.token });
  const s = await call('installSampleStory', {});
  console.log('install', s.ms);
  for (let i = 0; i < 4; i++) { const c = await call('compareStory', { id: s.r.value.id }); console.log('compare', c.ms, JSON.stringify(c.r).length); }
  const t = Date.now();
  await page.goto(`${app.origin}/#/story/${s.r.value.id}/compare`);
  await page.waitForSelector('.cmp-body [role=row]');
  console.log('page to rows', Date.now() - t);
  const t2 = Date.now();
  await page.goto(`${app.origin}/#/story/${s.r.value.id}`);
  await page.getByRole('link', { name: 'Open comparison' }).waitFor();
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url().replace(app.origin, '') + ' ' + (Date.now() % 100000)));
  page.on('response', (r) => seen.push('  <- ' + r.url().replace(app.origin, '') + ' ' + (Date.now() % 100000)));
  const t3 = Date.now();
  await page.getByRole('link', { name: 'Open comparison' }).click();
  await page.waitForSelector('.cmp-body [role=row]');
  console.log('click to rows', Date.now() - t3, 'story page', t3 - t2, t3 % 100000);
  for (let i = 0; i < 3; i++) {
    await page.goto(`${app.origin}/#/story/${s.r.value.id}`);
    await page.getByRole('link', { name: 'Open comparison' }).waitFor();
    await page.evaluate(() => { performance.clearResourceTimings(); (window as any).__rows = 0; new MutationObserver((_, o) => { if (document.querySelector('.cmp-body [role=row]')) { (window as any).__rows = performance.now(); o.disconnect(); } }).observe(document.body, { childList: true, subtree: true }); });
    const click = await page.evaluate(() => performance.now());
    await page.getByRole('link', { name: 'Open comparison' }).click();
    await page.waitForSelector('.cmp-body [role=row]');
    const r = await page.evaluate(() => { const e = performance.getEntriesByType('resource').find((x) => x.name.includes('compareStory')) as PerformanceResourceTiming; return { start: e.startTime, end: e.responseEnd, rows: (window as any).__rows }; });
    console.log('click->request', Math.round(r.start - click), 'request', Math.round(r.end - r.start), 'response->rows in DOM', Math.round(r.rows - r.end));
  }
} finally { await app.stop(); }
