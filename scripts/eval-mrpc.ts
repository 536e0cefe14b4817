/**
 * The engine's "same claim?" decision on the MRPC training pairs (../shared/corpus/mrpc):
 * accuracy and F1 of `similarity() >= SAME_CLAIM_THRESHOLD`, the exact function and threshold
 * compareArticles uses. IDF comes from the MRPC sentences themselves, as the engine takes it
 * from the sentences of the articles it compares.
 *
 * `--fit` refits the logistic weights on all pairs (to paste into shared/compare/score.ts) and
 * reports 5-fold cross-validated accuracy/F1 (weights fitted on four folds, scored on the fifth),
 * the honest figure, since the shipped weights were fitted on this same data.
 *
 * Run: npx tsx scripts/eval-mrpc.ts [--fit]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../shared/text/normalize';
import { buildIdf } from '../shared/compare/idf';
import { FEATURE_NAMES, makeScorable, pairFeatures, scoreFeatures, SAME_CLAIM_THRESHOLD, WEIGHTS, type Weights } from '../shared/compare/score';

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
const idf = buildIdf(pairs.flatMap((p) => [p.a, p.b]).map((t) => t.filter((x) => x.kind !== 'punct' && !x.stop).map((x) => x.stem)));
const features = pairs.map((p) => pairFeatures(makeScorable(p.a, idf), makeScorable(p.b, idf)));
const labels = pairs.map((p) => p.label);
const raw = features.map((f) => FEATURE_NAMES.map((k) => f[k]));

function metrics(idx: number[], w: Weights, threshold: number): { acc: number; f1: number } {
  let tp = 0, fp = 0, fn = 0, ok = 0;
  for (const i of idx) {
    const yes = scoreFeatures(features[i]!, w) >= threshold;
    const y = labels[i] === 1;
    if (yes === y) ok++;
    if (yes && y) tp++; else if (yes) fp++; else if (y) fn++;
  }
  return { acc: ok / idx.length, f1: (2 * tp) / (2 * tp + fp + fn) };
}

/**
 * Logistic regression by batch gradient descent on standardised features (small L2), then
 * mapped back to weights on the raw features so score.ts needs no scaling step.
 */
function fit(idx: number[]): Weights {
  const d = FEATURE_NAMES.length;
  const mu = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const i of idx) raw[i]!.forEach((v, j) => (mu[j]! += v / idx.length));
  for (const i of idx) raw[i]!.forEach((v, j) => (sd[j]! += (v - mu[j]!) ** 2 / idx.length));
  const scale = sd.map((v) => Math.sqrt(v) || 1);
  const z = (i: number, j: number) => (raw[i]![j]! - mu[j]!) / scale[j]!;
  const w = new Array<number>(d + 1).fill(0);
  for (let epoch = 0; epoch < 800; epoch++) {
    const g = new Array<number>(d + 1).fill(0);
    for (const i of idx) {
      let s = w[0]!;
      for (let j = 0; j < d; j++) s += w[j + 1]! * z(i, j);
      const err = 1 / (1 + Math.exp(-s)) - labels[i]!;
      g[0]! += err;
      for (let j = 0; j < d; j++) g[j + 1]! += err * z(i, j);
    }
    for (let k = 0; k <= d; k++) w[k]! -= 0.5 * (g[k]! / idx.length + (k ? 1e-3 * w[k]! : 0));
  }
  const out: Record<string, number> = { bias: w[0]! };
  FEATURE_NAMES.forEach((k, j) => {
    out[k] = w[j + 1]! / scale[j]!;
    out.bias! -= (w[j + 1]! * mu[j]!) / scale[j]!;
  });
  return out as Weights;
}

const all = pairs.map((_, i) => i);
const majority = Math.max(labels.filter((l) => l === 1).length, labels.filter((l) => l === 0).length) / labels.length;
console.log(`MRPC train: ${pairs.length} pairs, majority class ${majority.toFixed(4)}`);
const shipped = metrics(all, WEIGHTS, SAME_CLAIM_THRESHOLD);
console.log(`shipped weights @ ${SAME_CLAIM_THRESHOLD}: accuracy ${shipped.acc.toFixed(4)}, F1 ${shipped.f1.toFixed(4)}`);
// A lexical baseline for reference: IDF-weighted Dice alone at its best threshold.
let bestDice = 0;
for (let t = 0.2; t < 0.95; t += 0.01) {
  const ok = all.filter((i) => (features[i]!.dice >= t ? 1 : 0) === labels[i]).length / all.length;
  bestDice = Math.max(bestDice, ok);
}
console.log(`baseline (IDF-weighted Dice alone, best threshold): accuracy ${bestDice.toFixed(4)}`);

if (process.argv.includes('--fit')) {
  const w = fit(all);
  console.log('fitted on all pairs:', JSON.stringify(Object.fromEntries(Object.entries(w).map(([k, v]) => [k, +v.toFixed(4)]))));
  const m = metrics(all, w, 0.5);
  console.log(`fitted weights @ 0.5 (in-sample): accuracy ${m.acc.toFixed(4)}, F1 ${m.f1.toFixed(4)}`);
  // 5-fold CV with a fixed interleaved split (pair i goes to fold i % 5): reproducible, no shuffling seed.
  let acc = 0, f1 = 0;
  for (let k = 0; k < 5; k++) {
    const train = all.filter((i) => i % 5 !== k);
    const test = all.filter((i) => i % 5 === k);
    const r = metrics(test, fit(train), 0.5);
    acc += r.acc / 5;
    f1 += r.f1 / 5;
  }
  console.log(`5-fold cross-validated @ 0.5: accuracy ${acc.toFixed(4)}, F1 ${f1.toFixed(4)}`);
}
