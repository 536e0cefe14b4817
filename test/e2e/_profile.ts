import { startBrowserMode } from '/work/main/test/e2e/support/browser-mode';
import { makeArticles } from '/work/main/test/fixtures/compare-e2e/council-articles';
const app = await startBrowserMode();
try {
  const { page } = app;
  await page.goto(app.url);
  await page.waitForSelector('.app');
  // Build the same ten articles via the test's generator (copied by eval of its functions).
  const ndjson = makeArticles(10).map((a: object) => JSON.stringify(a)).join('\n');
  const call = async (method: string, args: object) => { const r: any = await (await fetch(`${app.origin}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Parallax-Token': app.token }, body: JSON.stringify(args) })).json(); if (!r.ok) throw new Error(JSON.stringify(r.error)); return r.value; };
  await call('importFiles', { jobId: 'j', sources: [{ kind: 'bytes', name: 'c.ndjson', base64: Buffer.from(ndjson).toString('base64') }] });
  const list = await call('listArticles', {});
  const storyId = (await call('createStory', { title: 'T', articleIds: list.map((a: { id: string }) => a.id) })).id;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${app.origin}/#/story/${storyId}/compare`);
  await page.waitForSelector('.cmp-body [role=row]', { timeout: 30000 });
  await page.waitForTimeout(300);
  const { profile } = await cdp.send('Profiler.stop') as any;
  const self = new Map<string, number>();
  const dt = profile.timeDeltas as number[];
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  profile.samples.forEach((id: number, i: number) => { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
  const { SourceMapConsumer } = await import('source-map-js');
  const fs = await import('node:fs');
  const js = fs.readdirSync('/work/main/dist/renderer/assets').find((f) => f.endsWith('.js.map'))!;
  const smc = new SourceMapConsumer(JSON.parse(fs.readFileSync('/work/main/dist/renderer/assets/' + js, 'utf8')));
  const named = new Map<string, number>();
  for (const [k, v] of self) { const m = /:(\d+):(\d+)$/.exec(k); let key = k; if (m && k.includes('index-')) { const o = smc.originalPositionFor({ line: +m[1]! + 1, column: +m[2]! }); key = `${k.split(' ')[0]} ${o.source?.split('/').slice(-2).join('/')}:${o.line}`; } named.set(key, (named.get(key) ?? 0) + v); }
  console.log([...named].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
} finally { await app.stop(); }
