/**
 * Article-extraction quality and speed on ../shared/corpus/extraction-dev.
 *
 *   npx tsx scripts/eval-extraction.ts [--baseline] [--out predictions.json] [--worst N]
 *
 * Runs extractFromHtml over every page (or, with --baseline, plain Readability on linkedom),
 * writes {id: {articleBody}} predictions, scores them with ../shared/tools/score-extraction.mjs
 * and prints median / p95 / mean milliseconds per page (decode + parse + extract), both wall
 * clock and this process's CPU time: on a shared machine the CPU figure is the one that says
 * what one core does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../main/import/charset';
import { extractFromHtml } from '../main/import/html/extract-html';
import { sharedDirOrSkip } from './shared-data';

const sharedDir = sharedDirOrSkip();

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const baseline = flag('--baseline');
const outPath = option('--out') ?? path.join(mkdtempSync(path.join(tmpdir(), 'parallax-eval-')), 'predictions.json');
const worst = Number(option('--worst') ?? 0);

const corpus = path.join(sharedDir, 'corpus', 'extraction-dev');
const truthPath = path.join(corpus, 'ground-truth.json');
const htmlDir = path.join(corpus, 'html');

function extractBody(bytes: Uint8Array, url: string | undefined): string {
  const { text: html } = decodeBytes(bytes, { isHtml: true });
  if (baseline) {
    const { document } = parseHTML(html);
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  }
  try {
    return extractFromHtml(html, url ? { url } : {}).text;
  } catch (err) {
    console.error(`  ${url ?? '?'}: ${(err as Error).message}`);
    return '';
  }
}

const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody: string; url?: string }>;
const predictions: Record<string, { articleBody: string }> = {};
const times: number[] = [];
const cpuTimes: number[] = [];
for (const file of readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).sort()) {
  const id = file.replace(/\.html\.gz$/, '');
  const bytes = gunzipSync(readFileSync(path.join(htmlDir, file)));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const articleBody = extractBody(bytes, truth[id]?.url);
  const cpu = process.cpuUsage(c0);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  times.push(performance.now() - t0);
  predictions[id] = { articleBody };
}
writeFileSync(outPath, JSON.stringify(predictions));

const scorer = path.join(sharedDir, 'tools', 'score-extraction.mjs');
const score = execFileSync(process.execPath, [scorer, truthPath, outPath], { encoding: 'utf8' }).trim();

function summary(label: string, xs: number[]): string {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return `${label} ms/page: median ${at(0.5).toFixed(1)}, p95 ${at(0.95).toFixed(1)}, mean ${mean.toFixed(1)} (${(1000 / mean).toFixed(1)} pages/s)`;
}
console.log(`extractor: ${baseline ? 'plain Readability on linkedom' : 'extractFromHtml'}`);
console.log(`score: ${score}`);
console.log(summary('wall', times));
console.log(summary('cpu ', cpuTimes));
console.log(`predictions: ${outPath}`);

if (worst > 0) printWorst(truth, predictions, worst);

/** The pages with the lowest F1, for error analysis (same metric as the scorer, per page). */
function printWorst(truthById: typeof truth, preds: typeof predictions, n: number): void {
  const tokens = (t: string) => t.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const shingles = (t: string) => {
    const tk = tokens(t);
    const m = new Map<string, number>();
    for (let i = 0; i < Math.max(1, tk.length - 3); i++) {
      const k = tk.slice(i, i + 4).join(' ');
      if (k) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  const rows = Object.entries(truthById).map(([id, { articleBody, url }]) => {
    const want = shingles(articleBody);
    const got = shingles(preds[id]?.articleBody ?? '');
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const k of new Set([...want.keys(), ...got.keys()])) {
      const w = want.get(k) ?? 0;
      const g = got.get(k) ?? 0;
      tp += Math.min(w, g);
      fp += Math.max(0, g - w);
      fn += Math.max(0, w - g);
    }
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    return { id, url, p, r, f: (2 * p * r) / (p + r || 1) };
  });
  rows.sort((a, b) => a.f - b.f);
  for (const row of rows.slice(0, n)) {
    console.log(`${row.f.toFixed(3)} p=${row.p.toFixed(3)} r=${row.r.toFixed(3)} ${row.id.slice(0, 8)} ${row.url ?? ''}`);
  }
}
