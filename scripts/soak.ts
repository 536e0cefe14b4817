/**
 * Soak: `npx tsx scripts/soak.ts [--articles 5000] [--searches 1000] [--comparisons 100]`.
 *
 * One process imports 5,000 articles (AllSides records from ../shared when present, written as
 * NDJSON files of 100; otherwise generated text), runs 1,000 searches and 100 comparisons, and
 * prints resident memory at the start, middle and end (target: flat after warm-up) and every
 * error (target 0).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { openServices } from '../main/services/open-services';

const args = process.argv.slice(2);
const opt = (name: string, def: number) => Number(args[args.indexOf(`--${name}`) + 1] ?? def) || def;
const ARTICLES = opt('articles', 5000);
const SEARCHES = opt('searches', 1000);
const COMPARISONS = opt('comparisons', 100);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'allsides-37k.ndjson.gz');

const root = mkdtempSync(path.join(os.tmpdir(), 'parallax-soak-'));
const inbox = path.join(root, 'inbox');
mkdirSync(inbox);
let records: Array<Record<string, unknown>>;
if (existsSync(corpus)) {
  records = gunzipSync(readFileSync(corpus)).toString('utf8').split('\n').filter(Boolean).slice(0, ARTICLES).map((l) => JSON.parse(l));
  console.log(`soak: ${records.length} AllSides articles`);
} else {
  console.log('soak: ../shared not found — using generated articles');
  records = Array.from({ length: ARTICLES }, (_, i) => ({ title: `Report ${i}`, source: `Outlet ${i % 40}`, date: `2020-06-${String(1 + (i % 28)).padStart(2, '0')}`, body: `Officials in district ${i} said ${i * 3} homes were affected. Repairs will take ${i % 9} days, the mayor said.` }));
}
for (let f = 0; f * 100 < records.length; f++) {
  writeFileSync(path.join(inbox, `batch-${f}.ndjson`), records.slice(f * 100, f * 100 + 100).map((r) => JSON.stringify(r)).join('\n'));
}

records = []; // the corpus text is on disk now; let it go before measuring
// With --expose-gc (npm run soak passes it) memory is read after a full collection, so the figures
// show what is retained rather than when V8 happened to collect.
const mb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return `${Math.round(m.rss / 1024 / 1024)} (heap ${Math.round(m.heapUsed / 1024 / 1024)})`;
};
const errors: string[] = [];
const services = await openServices({ shell: 'cli', userData: path.join(root, 'ud'), libraryDir: path.join(root, 'library') });
const api = services.api;
const rss: Array<[string, string]> = [['start', mb()]];

let t = performance.now();
const report = await api.importFiles({ jobId: 'soak', sources: [{ kind: 'path', path: inbox }] });
for (const r of report.results) if (r.status === 'failed') errors.push(`import ${r.file}: ${r.message}`);
console.log(`imported ${report.summary.articles} articles (${report.summary.duplicates} duplicate files, ${report.summary.failed} failed) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
rss.push(['after import', mb()]);

const queries = ['election', 'trump', '"white house"', 'title:police', 'vaccin*', 'biden~1', '+senate -house', 'economy jobs', 'court ruling', 'china'];
const ids = (await api.listArticles({})).map((a) => a.id);
t = performance.now();
for (let i = 0; i < SEARCHES; i++) {
  try {
    const res = await api.search({ query: queries[i % queries.length]!, limit: 20 });
    if (res.problem) errors.push(`search ${queries[i % queries.length]}: ${res.problem.message}`);
  } catch (e) {
    errors.push(`search: ${(e as Error).message}`);
  }
  if (i === SEARCHES / 2) rss.push(['middle of searches', mb()]);
}
console.log(`${SEARCHES} searches in ${((performance.now() - t) / 1000).toFixed(1)} s`);
rss.push(['after searches', mb()]);

t = performance.now();
for (let i = 0; i < COMPARISONS; i++) {
  const pick = Array.from({ length: 3 + (i % 3) }, (_, k) => ids[(i * 37 + k * 101) % ids.length]!);
  try {
    await api.compareArticles({ articleIds: [...new Set(pick)] });
  } catch (e) {
    errors.push(`compare: ${(e as Error).message}`);
  }
  if (i === COMPARISONS / 2) rss.push(['middle of comparisons', mb()]);
}
console.log(`${COMPARISONS} comparisons in ${((performance.now() - t) / 1000).toFixed(1)} s`);
rss.push(['end', mb()]);
await services.close();
rmSync(root, { recursive: true, force: true });
console.log('\nRSS (heap used) in MB: ' + rss.map(([k, v]) => `${k} ${v}`).join(' · '));
console.log(`errors: ${errors.length}`);
for (const e of errors.slice(0, 20)) console.log(`  ${e}`);
process.exit(errors.length > 0 ? 1 : 0);
