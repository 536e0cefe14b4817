/**
 * Sentence-boundary F1 of shared/text/segment against the gold sentences of
 * ../shared/corpus/basil-dev (all 150 articles), next to plain Intl.Segmenter.
 *
 * Each article is rebuilt as the app stores it: gold sentences of a paragraph joined by one
 * space, paragraphs by a blank line. A boundary is the end offset of a sentence; paragraph
 * ends are boundaries any splitter gets for free, so we report F1 both with them ("all") and
 * on boundaries inside paragraphs only ("inside"), the harder figure.
 *
 * Run: npx tsx scripts/eval-segmentation.ts [--errors N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { segmentSentences, splitParagraphs } from '../shared/text/segment';
import { sharedDirOrSkip } from './shared-data';

const shared = sharedDirOrSkip();
const showErrors = Number(process.argv[process.argv.indexOf('--errors') + 1]) || 0;

interface Basil { 'body-paragraphs': string[][] }
const dir = path.join(shared, 'corpus', 'basil-dev', 'articles');
const files = readdirSync(dir).flatMap((y) => readdirSync(path.join(dir, y)).map((f) => path.join(dir, y, f))).sort();

type Splitter = (text: string) => number[];
const ours: Splitter = (text) => segmentSentences(text, 'en').map((s) => s.end);
const plain: Splitter = (text) => {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  const ends: number[] = [];
  for (const p of splitParagraphs(text)) {
    for (const s of seg.segment(text.slice(p.start, p.end))) ends.push(p.start + s.index + s.segment.trimEnd().length);
  }
  return ends;
};

function evaluate(name: string, split: Splitter): void {
  const all = { tp: 0, fp: 0, fn: 0 };
  const inside = { tp: 0, fp: 0, fn: 0 };
  let shown = 0;
  for (const file of files) {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as Basil;
    const paragraphs = doc['body-paragraphs'].map((p) => p.map((s) => s.trim()).filter(Boolean)).filter((p) => p.length);
    let text = '';
    const gold = new Set<number>();
    const paraEnds = new Set<number>();
    paragraphs.forEach((p, i) => {
      if (i) text += '\n\n';
      p.forEach((s, j) => {
        if (j) text += ' ';
        text += s;
        gold.add(text.length);
      });
      paraEnds.add(text.length);
    });
    const predicted = new Set(split(text));
    for (const b of predicted) {
      const hit = gold.has(b);
      if (hit) all.tp++; else all.fp++;
      if (!paraEnds.has(b)) { if (hit) inside.tp++; else inside.fp++; }
      if (!hit && shown < showErrors && name === 'parallax') { shown++; console.log('  FP', JSON.stringify(text.slice(Math.max(0, b - 60), b + 40))); }
    }
    for (const b of gold) {
      if (!predicted.has(b)) {
        all.fn++;
        if (!paraEnds.has(b)) inside.fn++;
        if (shown < showErrors && name === 'parallax') { shown++; console.log('  FN', JSON.stringify(text.slice(Math.max(0, b - 60), b + 40))); }
      }
    }
  }
  const f1 = (c: typeof all) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
  console.log(`${name.padEnd(16)} F1 all ${f1(all).toFixed(4)} (tp ${all.tp}, fp ${all.fp}, fn ${all.fn}) · inside paragraphs ${f1(inside).toFixed(4)} (tp ${inside.tp}, fp ${inside.fp}, fn ${inside.fn})`);
}

console.log(`BASIL dev: ${files.length} articles`);
evaluate('Intl.Segmenter', plain);
evaluate('parallax', ours);
