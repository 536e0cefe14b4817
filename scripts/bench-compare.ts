/**
 * Speed of compareArticles on BASIL articles (../shared/corpus/basil-dev), one core:
 * one triplet (3 articles, target < 50 ms), 10 articles of ~1,000 words (< 300 ms), 50 articles
 * (< 5 s), and how time grows with the number of articles. Median of a few runs after a warm-up.
 * Also ten invented reports of one meeting (the end-to-end test's fixture), where most sentences
 * link: BASIL's ten ~1,000-word articles come from different events and link little.
 *
 * With the word vectors (dist/vectors, as the app compares) when they are built; `--no-vectors`
 * for the lexical model alone.
 *
 * Run: npx tsx scripts/bench-compare.ts [--runs N] [--no-vectors]
 */
import { compareArticles, type CompareInput, type CompareOptions } from '../shared/compare';
import { loadWordVectors } from '../main/compare/word-vectors';
import { makeArticles } from '../test/fixtures/compare-e2e/council-articles';
import { loadBasilTriplets } from './report-triplets';
import { sharedDirOrSkip } from './shared-data';

const shared = sharedDirOrSkip();
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 5;

const vectors = process.argv.includes('--no-vectors') ? undefined : loadWordVectors();
const options: CompareOptions = vectors ? { wordVectors: vectors } : {};
console.log(vectors ? `word vectors: ${vectors.count} words × ${vectors.dims} (as the app compares)` : 'word vectors: none (lexical model)');

const triplets = loadBasilTriplets(shared);
const all: CompareInput[] = triplets.flatMap((t) => t.articles);
const words = (a: CompareInput) => a.text.split(/\s+/).length;

/**
 * Median wall time and median CPU time of a run, after warm-up runs. The JavaScript runs on one
 * thread; CPU time (user + system of the whole process) also counts V8's helper threads
 * (parallel garbage collection, background compilation), so it is the stricter figure, and the
 * steadier one on a shared machine. The app's engine worker warms up the same way at start-up
 * (main/engines/engine-worker.ts), so warm figures are what a user meets.
 */
function time(articles: CompareInput[]): number {
  for (let r = 0; r < 3; r++) compareArticles(articles, options); // warm-up (JIT, caches)
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    compareArticles(articles, options);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  lastWall = median(wall);
  return median(cpu);
}
let lastWall = 0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const report = (label: string, articles: CompareInput[], target: number) => {
  const ms = time(articles);
  const w = articles.reduce((s, a) => s + words(a), 0);
  console.log(`${label.padEnd(30)} ${String(articles.length).padStart(3)} articles ${String(w).padStart(6)} words  cpu ${ms.toFixed(1).padStart(7)} ms  wall ${lastWall.toFixed(1).padStart(7)} ms  (target < ${target} ms) ${ms < target ? 'ok' : 'SLOW'}`);
};

// The triplet nearest the median size, so the figure is typical rather than best case.
const bySize = [...triplets].sort((a, b) => a.articles.reduce((s, x) => s + words(x), 0) - b.articles.reduce((s, x) => s + words(x), 0));
const sets: Array<[string, CompareInput[], number]> = [
  ['3 BASIL articles (one event)', bySize[Math.floor(bySize.length / 2)]!.articles, 50],
  ['10 articles of ~1,000 words', [...all].sort((a, b) => Math.abs(words(a) - 1000) - Math.abs(words(b) - 1000)).slice(0, 10), 300],
  ['50 articles', all.slice(0, 50), 5000],
  ['10 reports of one meeting', makeArticles(10).map((a, i): CompareInput => ({ id: `meeting-${i}`, outlet: a.outlet, title: a.title, text: a.body })), 300],
];
// Warm the whole engine first, as the app's engine worker does at start-up: otherwise the first
// set measured pays for compiling code every set uses.
for (const [, articles] of sets) compareArticles(articles, options);
for (const [label, articles, target] of sets) report(label, articles, target);

console.log(`load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
console.log('\ngrowth with the number of articles (BASIL, in file order):');
let prev: { n: number; ms: number } | undefined;
for (const n of [3, 6, 12, 24, 48, 96, 150]) {
  const ms = time(all.slice(0, n));
  const slope = prev ? Math.log(ms / prev.ms) / Math.log(n / prev.n) : NaN;
  console.log(`  n=${String(n).padStart(3)}  cpu ${ms.toFixed(1).padStart(8)} ms  wall ${lastWall.toFixed(1).padStart(8)} ms  ${(ms / n).toFixed(2).padStart(6)} ms/article${prev ? `  growth exponent ${slope.toFixed(2)}` : ''}`);
  prev = { n, ms };
}
