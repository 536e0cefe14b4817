/**
 * Readable comparison reports for a few BASIL events (three outlets each: NYT, Fox News,
 * HuffPost) from ../shared/corpus/basil-dev, written as Markdown for a person to read and judge.
 *
 * Run: npx tsx scripts/report-triplets.ts [OUT_DIR=/tmp/basil-reports/] [--events N]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareArticles, renderComparisonMarkdown, type CompareInput } from '../shared/compare';
import { sharedDirOrSkip } from './shared-data';

const shared = sharedDirOrSkip();
const args = process.argv.slice(2);
const eventsAt = args.indexOf('--events');
const events = eventsAt >= 0 ? Number(args[eventsAt + 1]) : 5;
const outDir = args.find((a, i) => !a.startsWith('--') && i !== eventsAt + 1) ?? '/tmp/basil-reports/';

interface Basil { source: string; title: string; date: string; url: string; 'main-event': string; 'triplet-uuid': string; 'body-paragraphs': string[][] }
const OUTLET: Record<string, string> = { nyt: 'New York Times', fox: 'Fox News', hpo: 'HuffPost' };

/** Every BASIL triplet as CompareInput[], keyed by event, files sorted so the selection is stable. */
export function loadBasilTriplets(sharedDir: string): Array<{ event: string; articles: CompareInput[] }> {
  const dir = path.join(sharedDir, 'corpus', 'basil-dev', 'articles');
  const files = readdirSync(dir).flatMap((y) => readdirSync(path.join(dir, y)).map((f) => path.join(dir, y, f))).sort();
  const byTriplet = new Map<string, { event: string; articles: CompareInput[] }>();
  for (const f of files) {
    const d = JSON.parse(readFileSync(f, 'utf8')) as Basil;
    const t = byTriplet.get(d['triplet-uuid']) ?? { event: d['main-event'], articles: [] };
    t.articles.push({
      id: path.basename(f, '.json'),
      outlet: OUTLET[d.source] ?? d.source,
      title: d.title,
      language: 'en',
      published: d.date,
      url: d.url,
      text: d['body-paragraphs'].map((p) => p.join(' ')).join('\n\n'),
    });
    byTriplet.set(d['triplet-uuid'], t);
  }
  return [...byTriplet.values()].filter((t) => t.articles.length === 3);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(outDir, { recursive: true });
  const triplets = loadBasilTriplets(shared).slice(0, events);
  for (const [i, t] of triplets.entries()) {
    const t0 = performance.now();
    const c = compareArticles(t.articles);
    const ms = performance.now() - t0;
    const file = path.join(outDir, `${String(i + 1).padStart(2, '0')}-${t.event.replace(/[^\w]+/g, '-').slice(0, 50)}.md`);
    writeFileSync(file, `<!-- event: ${t.event} · ${ms.toFixed(0)} ms -->\n${renderComparisonMarkdown(c)}`);
    const all = c.claims.filter((cl) => cl.members.length === 3).length;
    console.log(`${file}: ${c.claims.length} claims (${all} by all three), ${c.unique.length} unique sentences, ${ms.toFixed(0)} ms`);
  }
}
