/**
 * The engine's "same claim?" decision on the MRPC training pairs (../shared/corpus/mrpc):
 * accuracy and F1 of `scoreFeatures() >= SAME_CLAIM_THRESHOLD`, the exact functions and threshold
 * compareArticles uses, for the lexical model and (when dist/vectors/ has been built by
 * scripts/build-word-vectors.mjs) the model with word vectors. IDF comes from the MRPC sentences
 * themselves, as the engine takes it from the sentences of the articles it compares.
 *
 * `--fit` refits both weight sets on all pairs (to paste into shared/compare/score.ts) and prints
 * a table of 5-fold cross-validated accuracy/F1 (weights fitted on four folds, scored on the
 * fifth) for the feature sets tried: the honest figures, since the shipped weights were fitted
 * on this same data.
 *
 * Run: npx tsx scripts/eval-mrpc.ts [--fit] [--no-vectors]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../shared/text/normalize';
import { buildIdf } from '../shared/compare/idf';
import {
  LEXICAL_FEATURES, LEXICAL_WEIGHTS, makeScorable, pairFeatures, SAME_CLAIM_THRESHOLD, scoreFeatures, VECTOR_FEATURES,
  VECTOR_WEIGHTS, withVectors, type FeatureName, type PairFeatures, type Weights,
} from '../shared/compare/score';
import { unitVectors } from '../shared/compare/vectors';
import { loadWordVectors } from '../main/compare/word-vectors';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '..', 'shared');
const file = path.join(shared, 'corpus', 'mrpc', 'msr_paraphrase_train.txt');
if (!existsSync(file)) {
  console.log('skipped: ../shared not found');
  process.exit(0);
}

const rows = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1).filter((l) => l.trim());
const pairs = rows.map((l) => {
  const [q, , , a, b] = l.split('\t');
  return { label: q === '1' ? 1 : 0, a: tokenize(a!), b: tokenize(b!) };
});
const baseIdf = buildIdf(pairs.flatMap((p) => [p.a, p.b]).map((t) => t.filter((x) => x.kind !== 'punct' && !x.stop).map((x) => x.stem)));
const loaded = process.argv.includes('--no-vectors') ? undefined : loadWordVectors();
if (loaded) console.log(`word vectors: ${loaded.count} words × ${loaded.dims} from ${path.relative(process.cwd(), loaded.dir)}, loaded in ${loaded.loadMs.toFixed(0)} ms`);
else console.log('word vectors: none (run `node scripts/build-word-vectors.mjs`); lexical model only');
const idf = withVectors(baseIdf, loaded && unitVectors(loaded));

const t0 = performance.now();
const features: PairFeatures[] = pairs.map((p) => pairFeatures(makeScorable(p.a, idf), makeScorable(p.b, idf)));
console.log(`features of ${pairs.length} pairs in ${(performance.now() - t0).toFixed(0)} ms`);
const labels = pairs.map((p) => p.label);
const all = pairs.map((_, i) => i);

function metrics(idx: readonly number[], score: (i: number) => number, threshold: number): { acc: number; f1: number } {
  let tp = 0, fp = 0, fn = 0, ok = 0;
  for (const i of idx) {
    const yes = score(i) >= threshold;
    const y = labels[i] === 1;
    if (yes === y) ok++;
    if (yes && y) tp++; else if (yes) fp++; else if (y) fn++;
  }
  return { acc: ok / idx.length, f1: (2 * tp) / (2 * tp + fp + fn) };
}
const fmt = (m: { acc: number; f1: number }) => `accuracy ${m.acc.toFixed(4)}, F1 ${m.f1.toFixed(4)}`;

function fit(idx: readonly number[], names: readonly FeatureName[]): Weights {
  const w = fitLogistic(idx.map((i) => names.map((k) => features[i]![k] ?? 0)), idx.map((i) => labels[i]!));
  return Object.fromEntries([['bias', w.bias], ...names.map((k, j) => [k, w.weights[j]!])]) as Weights;
}

/** 5-fold CV with a fixed interleaved split (pair i goes to fold i % 5): reproducible, no seed. */
function crossValidate(names: readonly FeatureName[]): { acc: number; f1: number } {
  const score = new Array<number>(all.length);
  for (let k = 0; k < 5; k++) {
    const w = fit(all.filter((i) => i % 5 !== k), names);
    for (const i of all) if (i % 5 === k) score[i] = scoreFeatures(features[i]!, w);
  }
  return metrics(all, (i) => score[i]!, SAME_CLAIM_THRESHOLD);
}

const majority = Math.max(labels.filter((l) => l === 1).length, labels.filter((l) => l === 0).length) / labels.length;
console.log(`MRPC train: ${pairs.length} pairs, majority class ${majority.toFixed(4)}`);
let bestDice = 0;
for (let t = 0.2; t < 0.95; t += 0.01) bestDice = Math.max(bestDice, all.filter((i) => (features[i]!.dice >= t ? 1 : 0) === labels[i]).length / all.length);
console.log(`baseline (IDF-weighted Dice alone, best threshold): accuracy ${bestDice.toFixed(4)}`);
console.log(`shipped lexical model @ ${SAME_CLAIM_THRESHOLD} (in-sample): ${fmt(metrics(all, (i) => scoreFeatures(features[i]!, LEXICAL_WEIGHTS), SAME_CLAIM_THRESHOLD))}`);
if (loaded) console.log(`shipped vector model @ ${SAME_CLAIM_THRESHOLD} (in-sample): ${fmt(metrics(all, (i) => scoreFeatures(features[i]!, VECTOR_WEIGHTS), SAME_CLAIM_THRESHOLD))}`);

if (process.argv.includes('--fit')) {
  const round = (w: Weights) => JSON.stringify(Object.fromEntries(Object.entries(w).map(([k, v]) => [k, +(v as number).toFixed(4)])));
  console.log(`\nLEXICAL_WEIGHTS (fitted on all pairs): ${round(fit(all, LEXICAL_FEATURES))}`);
  if (loaded) console.log(`VECTOR_WEIGHTS (fitted on all pairs): ${round(fit(all, VECTOR_FEATURES))}`);
  const first21 = LEXICAL_FEATURES.slice(0, 21);
  const previousVector: FeatureName[] = [...first21, 'alignedDice', 'softLcs'];
  const table: Array<[string, readonly FeatureName[]]> = [
    ['21 lexical features (previous model)', first21],
    ['+ gapMax (longest unaligned run)', [...first21, 'gapMax']],
    ['+ numbersDiffer', [...first21, 'numbersDiffer']],
    ['+ substituted, fragmentation', [...first21, 'substituted', 'fragmentation']],
    ['lexical model (25 features)', LEXICAL_FEATURES],
  ];
  if (loaded) {
    table.push(
      ['23 vector features (previous model)', previousVector],
      ['+ softGapMax', [...previousVector, 'softGapMax']],
      ['lexical model (25) + alignedDice, softLcs', [...LEXICAL_FEATURES, 'alignedDice', 'softLcs']],
      ['+ softGapMax', [...LEXICAL_FEATURES, 'alignedDice', 'softLcs', 'softGapMax']],
      ['vector model (32 features)', VECTOR_FEATURES],
    );
  }
  console.log(`\n5-fold cross-validated @ ${SAME_CLAIM_THRESHOLD}:`);
  for (const [label, names] of table) console.log(`  ${label.padEnd(40)} ${fmt(crossValidate(names))}`);
}

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares) on standardised features, returned as weights on the raw features so score.ts needs
 * no scaling step. Newton converges in a dozen steps where gradient descent stalls on the
 * strongly correlated overlap features.
 */
interface LogisticFit {
  bias: number;
  weights: number[];
}

function fitLogistic(rows: readonly number[][], labels: readonly number[], l2 = 1, iterations = 15): LogisticFit {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const mu = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const r of rows) r.forEach((v, j) => (mu[j]! += v / n));
  for (const r of rows) r.forEach((v, j) => (sd[j]! += (v - mu[j]!) ** 2 / n));
  const scale = sd.map((v) => Math.sqrt(v) || 1);
  // Row i as [1, z1 … zd].
  const z = rows.map((r) => [1, ...r.map((v, j) => (v - mu[j]!) / scale[j]!)]);
  let w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const h = Array.from({ length: d + 1 }, (_, i) => Array.from({ length: d + 1 }, (_, j) => (i === j && i > 0 ? l2 : 0)));
    const g = w.map((x, k) => (k > 0 ? l2 * x : 0));
    z.forEach((zi, row) => {
      let s = 0;
      for (let j = 0; j <= d; j++) s += w[j]! * zi[j]!;
      const p = 1 / (1 + Math.exp(-s));
      const q = p * (1 - p);
      for (let a = 0; a <= d; a++) {
        g[a]! += (p - labels[row]!) * zi[a]!;
        const qa = q * zi[a]!;
        const ha = h[a]!;
        for (let b = 0; b <= d; b++) ha[b]! += qa * zi[b]!;
      }
    });
    const step = solve(h, g);
    w = w.map((x, k) => x - step[k]!);
  }
  const weights = w.slice(1).map((x, j) => x / scale[j]!);
  const bias = w[0]! - w.slice(1).reduce((s, x, j) => s + (x * mu[j]!) / scale[j]!, 0);
  return { bias, weights };
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      if (f !== 0) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((r, i) => r[n]! / r[i]!);
}
