/**
 * Same-event grouping on real, unlabelled news: one month (or a few) of the AllSides corpus
 * (../shared/corpus/allsides-37k.ndjson.gz). The method sees only title, body and date; the
 * outlet is printed beside each title so a person can judge the groups. Prints timing, the
 * distribution of group sizes and a sample of multi-article groups.
 *
 * Run: npx tsx scripts/sample-grouping-month.ts [--month 2020-06] [--months 1] [--sample 15]
 *        [--threshold 0.15] [--window 3]
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { clusterEvents, DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, type ClusterDoc } from '../shared/cluster';
import { sharedDirOrSkip } from './shared-data';

const shared = sharedDirOrSkip();
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const month = arg('month', '2020-06');
const months = Number(arg('months', '1'));
const sampleSize = Number(arg('sample', '15'));
const threshold = Number(arg('threshold', String(DEFAULT_THRESHOLD)));
const windowDays = Number(arg('window', String(DEFAULT_WINDOW_DAYS)));

/** The months selected: `month` and the next `months - 1`. */
const wanted = new Set<string>();
for (let k = 0; k < months; k++) {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + k, 1));
  wanted.add(d.toISOString().slice(0, 7));
}

interface AllSides { id: string; source: string; title: string; date: string; body: string }
const t0 = performance.now();
const docs: ClusterDoc[] = [];
const outletOf = new Map<string, string>();
const lines = createInterface({ input: createReadStream(path.join(shared, 'corpus', 'allsides-37k.ndjson.gz')).pipe(createGunzip()) });
for await (const line of lines) {
  if (!line.trim()) continue;
  const a = JSON.parse(line) as AllSides;
  if (!a.date || !wanted.has(a.date.slice(0, 7))) continue;
  docs.push({ id: a.id, title: a.title ?? '', text: a.body ?? '', published: a.date });
  outletOf.set(a.id, a.source);
}
const readMs = performance.now() - t0;
const chars = docs.reduce((n, d) => n + d.text.length, 0);

const t1 = performance.now();
const clusters = clusterEvents(docs, { threshold, windowDays });
const clusterMs = performance.now() - t1;

console.log(`AllSides ${[...wanted].sort().join(', ')}: ${docs.length} articles (${(chars / 1e6).toFixed(1)} MB of text); read ${(readMs / 1000).toFixed(1)} s`);
console.log(`clusterEvents (threshold ${threshold}, window ±${windowDays} d): ${(clusterMs / 1000).toFixed(1)} s, ${((clusterMs / docs.length)).toFixed(1)} ms an article, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);

const sizes = new Map<number, number>();
for (const c of clusters) sizes.set(c.ids.length, (sizes.get(c.ids.length) ?? 0) + 1);
const multi = clusters.filter((c) => c.ids.length > 1);
console.log(`groups: ${clusters.length}; with ≥ 2 articles: ${multi.length} holding ${multi.reduce((n, c) => n + c.ids.length, 0)} articles`);
console.log(`size distribution: ${[...sizes].sort((x, y) => x[0] - y[0]).map(([s, n]) => `${s}:${n}`).join('  ')}`);
const multiOutlet = multi.filter((c) => new Set(c.ids.map((id) => outletOf.get(id))).size > 1).length;
console.log(`multi-article groups spanning ≥ 2 outlets: ${multiOutlet} of ${multi.length}`);

// The three biggest groups, then an even spread over the rest (deterministic: every k-th).
const rest = multi.slice(3);
const step = Math.max(1, Math.floor(rest.length / Math.max(1, sampleSize - 3)));
const sample = [...multi.slice(0, 3), ...rest.filter((_, i) => i % step === 0)].slice(0, sampleSize);
const byId = new Map(docs.map((d) => [d.id, d]));
for (const [i, c] of sample.entries()) {
  console.log(`\n#${i + 1} ${c.ids.length} articles · cohesion ${c.cohesion} · ${c.label}`);
  console.log(`   shared: ${[...c.evidence.entities.slice(0, 4), ...c.evidence.numbers.slice(0, 2), ...c.evidence.terms.slice(0, 4)].join(', ')}`);
  const members = c.ids.map((id) => byId.get(id)!).sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '') || x.id.localeCompare(y.id));
  for (const d of members.slice(0, 8)) console.log(`   ${d.published} ${(outletOf.get(d.id) ?? '').slice(0, 24).padEnd(24)} ${d.title.slice(0, 90)}`);
  if (members.length > 8) console.log(`   … and ${members.length - 8} more`);
}
