/**
 * Same-event grouping measured on BASIL (../shared/corpus/basil-dev): 150 articles, 50 events
 * reported by three outlets each. The method sees only opaque ids, titles, bodies and dates
 * (no outlet, no file name); the gold event is the `triplet-uuid` field. Prints pairwise
 * precision, recall and F1 at the defaults, the sensitivity to threshold and window, a
 * leave-events-out figure for the tuned threshold, and the errors at the default.
 *
 * Run: npx tsx scripts/eval-grouping.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { clusterEvents, DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, type ClusterDoc } from '../shared/cluster';
import { prepareSet } from '../shared/cluster/cluster';
import { extractFeatures, type DocFeatures } from '../shared/cluster/features';
import { averageLinkage } from '../shared/cluster/linkage';
import { sharedDirOrSkip } from './shared-data';

const shared = sharedDirOrSkip();

interface Basil { title: string; date: string; 'triplet-uuid': string; 'main-event': string; 'body-paragraphs': string[][] }

/** A small seeded PRNG, so the shuffles (and so the opaque ids) are the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffle<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  const rnd = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const dir = path.join(shared, 'corpus', 'basil-dev', 'articles');
const files = readdirSync(dir).flatMap((y) => readdirSync(path.join(dir, y)).map((f) => path.join(dir, y, f)));
// Opaque ids in a shuffled order: neither the file name nor its position says which event it is.
const docs: ClusterDoc[] = [];
const gold = new Map<string, string>();
const event = new Map<string, string>();
for (const [i, f] of shuffle(files.sort(), 7).entries()) {
  const d = JSON.parse(readFileSync(f, 'utf8')) as Basil;
  const id = `a${String(i + 1).padStart(3, '0')}`;
  docs.push({ id, title: d.title, text: d['body-paragraphs'].map((p) => p.join(' ')).join('\n\n'), published: d.date, language: 'en' });
  gold.set(id, d['triplet-uuid']);
  event.set(d['triplet-uuid'], d['main-event']);
}
const titleOf = new Map(docs.map((d) => [d.id, `${d.published} ${d.title || '(no title)'}`]));

interface Counts { tp: number; fp: number; fn: number }
/** Pairwise counts of a grouping against gold, over pairs with at least one document in `focus` (all when absent). */
function pairCounts(groups: string[][], ids: readonly string[], focus?: ReadonlySet<string>): Counts {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((id) => groupOf.set(id, i)));
  const c = { tp: 0, fp: 0, fn: 0 };
  for (let x = 0; x < ids.length; x++) {
    for (let y = x + 1; y < ids.length; y++) {
      const a = ids[x]!;
      const b = ids[y]!;
      if (focus && !focus.has(a) && !focus.has(b)) continue;
      const same = groupOf.get(a) === groupOf.get(b);
      const truth = gold.get(a) === gold.get(b);
      if (same && truth) c.tp++;
      else if (same) c.fp++;
      else if (truth) c.fn++;
    }
  }
  return c;
}
const prf = (c: Counts) => {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (c: Counts) => {
  const { p, r, f1 } = prf(c);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};

// Features depend on one document only: compute them once for every run below.
const t0 = performance.now();
const cache = new Map<string, DocFeatures>(docs.map((d) => [d.id, extractFeatures(d)]));
const featureMs = performance.now() - t0;
function group(subset: readonly ClusterDoc[], threshold: number, windowDays: number): string[][] {
  const set = prepareSet(subset, windowDays, threshold, cache);
  return averageLinkage(set.docs.length, set.edges, threshold).map((m) => m.map((i) => set.docs[i]!.id));
}
const allIds = docs.map((d) => d.id);

// 1. The defaults, through the public function.
const t1 = performance.now();
const clusters = clusterEvents(docs);
const clusterMs = performance.now() - t1;
const atDefault = pairCounts(clusters.map((c) => c.ids), allIds);
console.log(`BASIL: ${docs.length} articles, ${event.size} events (features ${featureMs.toFixed(0)} ms, clusterEvents ${clusterMs.toFixed(0)} ms)`);
console.log(`default (threshold ${DEFAULT_THRESHOLD}, window ±${DEFAULT_WINDOW_DAYS} d): ${fmt(atDefault)}; ${clusters.length} groups`);

// 2. Order independence: the same groups from shuffled input.
const reshuffled = clusterEvents(shuffle(docs, 99));
const canon = (cs: { ids: string[] }[]) => JSON.stringify(cs.map((c) => [...c.ids].sort()).sort());
console.log(`order-independent: ${canon(reshuffled) === canon(clusters) ? 'yes' : 'NO'}`);

// 3. Sensitivity.
const thresholds = [0.05, 0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.25, 0.3, 0.35, 0.4];
const windows = [0, 1, 2, 3, 5, 7, 30, Infinity];
console.log('\nF1 by threshold (rows) and window in days (columns):');
console.log(`thr   ${windows.map((w) => (w === Infinity ? 'none' : `±${w}`).padStart(6)).join('')}`);
for (const t of thresholds) {
  console.log(`${t.toFixed(2)}  ${windows.map((w) => prf(pairCounts(group(docs, t, w), allIds)).f1.toFixed(3).padStart(6)).join('')}`);
}

// 4. Leave events out: choose the threshold on 40 events, score pairs touching the other 10.
console.log(`\nleave-10-events-out (5 folds; threshold chosen on the other 40 events' articles (best F1, middle of ties), window ±${DEFAULT_WINDOW_DAYS} d):`);
const events = shuffle([...event.keys()].sort(), 3);
const total: Counts = { tp: 0, fp: 0, fn: 0 };
for (let f = 0; f < 5; f++) {
  const held = new Set(events.slice(f * 10, f * 10 + 10));
  const train = docs.filter((d) => !held.has(gold.get(d.id)!));
  const trainIds = train.map((d) => d.id);
  // The best training F1; when several thresholds tie (a plateau), the middle one of them.
  const scored = thresholds.map((t) => ({ t, f1: prf(pairCounts(group(train, t, DEFAULT_WINDOW_DAYS), trainIds)).f1 }));
  const top = Math.max(...scored.map((s) => s.f1));
  const tied = scored.filter((s) => s.f1 === top);
  const best = tied[Math.floor((tied.length - 1) / 2)]!;
  const focus = new Set(docs.filter((d) => held.has(gold.get(d.id)!)).map((d) => d.id));
  const c = pairCounts(group(docs, best.t, DEFAULT_WINDOW_DAYS), allIds, focus);
  total.tp += c.tp;
  total.fp += c.fp;
  total.fn += c.fn;
  console.log(`  fold ${f + 1}: chosen threshold ${best.t.toFixed(2)} (train F1 ${best.f1.toFixed(3)}); held-out pairs ${fmt(c)}`);
}
console.log(`  all folds: ${fmt(total)}`);

// 5. The errors at the default, for a person to read.
const groupOf = new Map<string, number>();
clusters.forEach((c, i) => c.ids.forEach((id) => groupOf.set(id, i)));
console.log('\nerrors at the default:');
for (const [uuid, name] of event) {
  const ids = allIds.filter((id) => gold.get(id) === uuid);
  const gs = new Set(ids.map((id) => groupOf.get(id)));
  if (gs.size > 1) console.log(`  split: ${name}\n${ids.map((id) => `      [${groupOf.get(id)}] ${titleOf.get(id)}`).join('\n')}`);
}
for (const [i, c] of clusters.entries()) {
  const evs = new Set(c.ids.map((id) => gold.get(id)));
  if (evs.size > 1) console.log(`  merged [${i}] "${c.label}":\n${c.ids.map((id) => `      ${event.get(gold.get(id)!)!.slice(0, 40).padEnd(40)} | ${titleOf.get(id)}`).join('\n')}`);
}
const f1 = prf(atDefault).f1;
console.log(`\nBASIL pairwise F1 ${f1.toFixed(3)} (target ≥ 0.95): ${f1 >= 0.95 ? 'met' : 'NOT met'}`);
