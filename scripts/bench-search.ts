/**
 * `npm run bench:search` — the search engine against plain lunr and MiniSearch on the AllSides
 * corpus (../shared/corpus/allsides-37k.ndjson.gz). For each size: build time, peak RSS,
 * index size on disk, time from process start to the first answered query (a fresh process
 * opens the saved index) and p50/p95 over a fixed query set.
 *
 *   npx tsx scripts/bench-search.ts [--max N] [--sizes 1000,10000] [--plain-max 10000] [--no-minisearch] [--no-plain]
 *
 * Every measurement runs in its own child process (this file bundled with esbuild, as the app
 * bundles its main process), so peak RSS and start-up time are clean.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, readSync, writeFileSync, createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { SearchEngine } from '../main/search/search-engine';
import { indexSizeOnDisk } from '../main/search/index-store';
import { FIELD_BOOSTS, FIELDS, fieldTexts, type IndexDoc } from '../main/search/index-schema';

const QUERIES = [
  'election', 'ceasefire', 'immigration', 'Kushner', 'hurricane',
  'border wall', 'health care', 'tax reform', 'supreme court',
  'title:trump', 'title:ceasefire', 'outlet:breitbart', 'authors:mason', 'title:senate body:filibuster',
  'immigra*', 'elect*', 'cyber*',
  'obamacare~1', 'kavanagh~1', 'putin~1',
  '+trump +russia', '+clinton -email', 'senate -house', '+title:election fraud',
  '"white house"', '"no compromise"', '"border wall" +funding', '"health care" -obamacare',
];
const ROUNDS = 5;
const LIBRARY_SIZE = 37_554;

type Engine = 'ours' | 'lunr' | 'minisearch';
interface Args { [k: string]: string | true }

function parseArgs(argv: string[]): Args {
  const out: Args = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) out[a.slice(2)] = argv[++i]!;
    else out[a.slice(2)] = true;
  }
  return out;
}

/** Streams corpus records as IndexDocs, without holding the corpus in memory. */
async function* readCorpus(file: string, max: number, skip = 0): AsyncGenerator<IndexDoc> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (n++ < skip) continue;
    if (n > skip + max) break;
    const r = JSON.parse(line) as { id: string; source: string; title: string; date?: string; authors?: string; body: string };
    const doc: IndexDoc = {
      id: r.id, title: r.title ?? '', outlet: r.source ?? '', authors: (r.authors ?? '').split(',').map((a) => a.trim()).filter(Boolean),
      text: r.body ?? '', language: 'en', storyIds: [],
    };
    if (r.date) doc.published = r.date;
    yield doc;
  }
  lines.close();
}

const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/** A stand-in for the library's article files: texts in one file, offsets in another. */
class TextStore {
  private fd: number;
  private constructor(private offsets: Record<string, [number, number]>, file: string) { this.fd = openSync(file, 'r'); }
  static async write(dir: string, docs: AsyncIterable<IndexDoc>): Promise<void> {
    const parts: Buffer[] = [];
    const offsets: Record<string, [number, number]> = {};
    let at = 0;
    for await (const d of docs) {
      const b = Buffer.from(JSON.stringify({ title: d.title, text: d.text }));
      offsets[d.id] = [at, b.length];
      parts.push(b);
      at += b.length;
    }
    await writeFile(path.join(dir, 'texts.bin'), Buffer.concat(parts));
    await writeFile(path.join(dir, 'texts.json'), JSON.stringify(offsets));
  }
  static async open(dir: string): Promise<TextStore> {
    return new TextStore(JSON.parse(await readFile(path.join(dir, 'texts.json'), 'utf8')), path.join(dir, 'texts.bin'));
  }
  get = (id: string): { title: string; text: string } | undefined => {
    const o = this.offsets[id];
    if (!o) return undefined;
    const b = Buffer.alloc(o[1]);
    readSync(this.fd, b, 0, o[1], o[0]);
    return JSON.parse(b.toString('utf8'));
  };
}

/** Plain lunr and MiniSearch have no phrases: they get the phrase's words; MiniSearch gets its nearest options. */
function miniSearchQuery(q: string): [string, Record<string, unknown>] {
  const fields = /(\w+):/.exec(q)?.[1];
  const opts: Record<string, unknown> = { combineWith: /\+/.test(q) ? 'AND' : 'OR' };
  if (q.includes('*')) opts.prefix = true;
  const fuzzy = /~(\d)/.exec(q);
  if (fuzzy) opts.fuzzy = Number(fuzzy[1]);
  if (fields) opts.fields = [fields];
  const words = q.replace(/"/g, ' ').split(/\s+/).filter((w) => w && !w.startsWith('-')).map((w) => w.replace(/^\+/, '').replace(/^\w+:/, '').replace(/[*~^\d]+$/, ''));
  return [words.join(' '), opts];
}

// ---------------------------------------------------------------- child processes

async function childBuild(engine: Engine, corpus: string, n: number, dir: string, workerUrl?: string): Promise<Record<string, number>> {
  const t0 = performance.now();
  if (engine === 'ours') {
    const e = await SearchEngine.open(dir, workerUrl ? { workerUrl: new URL(workerUrl) } : {});
    const trace = process.env.BENCH_MEM_TRACE ? setInterval(() => process.stderr.write(`mem ${(performance.now() / 1000).toFixed(0)}s rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)}\n`), 2000) : undefined;
    await e.rebuild(readCorpus(corpus, n), (p) => process.env.BENCH_MEM_TRACE && p.done % 5000 < 2500 && process.stderr.write(`done ${p.done}\n`), undefined, { total: n });
    clearInterval(trace);
    await e.idle();
    const buildMs = performance.now() - t0;
    const cpu = process.cpuUsage(); // all threads: what the build costs on a quiet machine
    const buildCpuS = (cpu.user + cpu.system) / 1e6;
    const rss = peakRssMb();
    // Ten new articles: time from add() until a search finds all of them.
    const fresh: IndexDoc[] = [];
    for await (const d of readCorpus(corpus, 10, n < LIBRARY_SIZE ? n : 0)) fresh.push({ ...d, id: `new-${d.id}`, title: `${d.title} zqxfresh` });
    const t1 = performance.now();
    await e.add(fresh);
    const found = e.search({ query: 'zqxfresh', limit: 20 }, () => ({ title: 'zqxfresh', text: '' })).total;
    const addMs = performance.now() - t1;
    await e.remove(fresh.map((d) => d.id));
    await e.close();
    const diskMb = (await indexSizeOnDisk(dir)) / 2 ** 20;
    await TextStore.write(dir, readCorpus(corpus, n));
    return { buildMs, buildCpuS, peakRssMb: rss, diskMb, addTenMs: addMs, addTenFound: found };
  }
  const docs: IndexDoc[] = [];
  for await (const d of readCorpus(corpus, n)) docs.push(d);
  const t1 = performance.now();
  let json: string;
  if (engine === 'lunr') {
    const idx = lunr(function () {
      this.ref('id');
      FIELDS.forEach((f, i) => this.field(f, { boost: FIELD_BOOSTS[i]! }));
      for (const d of docs) { const t = fieldTexts(d); this.add(Object.fromEntries([['id', d.id], ...FIELDS.map((f, i) => [f, t[i]])])); }
    });
    json = JSON.stringify(idx);
  } else {
    const ms = new MiniSearch({ fields: [...FIELDS], storeFields: [], searchOptions: { boost: { title: FIELD_BOOSTS[0]! } } });
    ms.addAll(docs.map((d) => { const t = fieldTexts(d); return Object.fromEntries([['id', d.id], ...FIELDS.map((f, i) => [f, t[i]])]); }));
    json = JSON.stringify(ms);
  }
  const buildMs = performance.now() - t1;
  writeFileSync(path.join(dir, 'index.json'), json);
  return { buildMs, peakRssMb: peakRssMb(), diskMb: Buffer.byteLength(json) / 2 ** 20 };
}

async function childQuery(engine: Engine, dir: string): Promise<void> {
  // First query, as soon as possible after start: the parent times this line.
  let run: (q: string) => number;
  let core: ((q: string) => number) | undefined;
  if (engine === 'ours') {
    const e = await SearchEngine.open(dir, { workers: 0 });
    const texts = await TextStore.open(dir);
    run = (q) => e.search({ query: q, limit: 20 }, texts.get).total;
    core = (q) => e.search({ query: q, limit: 20 }, texts.get, { snippets: false }).total;
  } else if (engine === 'lunr') {
    const idx = lunr.Index.load(JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')));
    run = (q) => { try { return idx.search(q.replace(/"/g, '')).length; } catch { return 0; } };
  } else {
    const ms = MiniSearch.loadJSON(await readFile(path.join(dir, 'index.json'), 'utf8'), { fields: [...FIELDS] });
    run = (q) => { const [text, opts] = miniSearchQuery(q); return ms.search(text, opts).length; };
  }
  const firstHits = run(QUERIES[0]!);
  const startCpu = process.cpuUsage();
  process.stdout.write(`FIRST ${performance.now()} ${firstHits} ${(startCpu.user + startCpu.system) / 1000}\n`);
  for (const q of QUERIES) run(q); // warm-up
  const times: number[] = [];
  const perQuery: Record<string, number> = {};
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of QUERIES) {
      const t = performance.now();
      const hits = run(q);
      const ms = performance.now() - t;
      times.push(ms);
      perQuery[q] = Math.max(perQuery[q] ?? 0, ms);
      if (r === 0) perQuery[`${q} (hits)`] = hits;
    }
  }
  // Ranked ids only, as plain lunr and MiniSearch return them (phrases still checked in the text).
  const coreTimes: number[] = [];
  if (core) {
    for (const q of QUERIES) core(q);
    for (let r = 0; r < ROUNDS; r++) for (const q of QUERIES) { const t = performance.now(); core(q); coreTimes.push(performance.now() - t); }
  }
  const cpu = process.cpuUsage();
  for (const q of QUERIES) run(q);
  const cpuPerQuery = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000 / QUERIES.length;
  process.stdout.write(`RESULT ${JSON.stringify({ p50: percentile(times, 0.5), p95: percentile(times, 0.95), coreP50: coreTimes.length ? percentile(coreTimes, 0.5) : undefined, coreP95: coreTimes.length ? percentile(coreTimes, 0.95) : undefined, cpuPerQuery, perQuery, queryRssMb: peakRssMb() })}\n`);
}

// ---------------------------------------------------------------- parent

function runChild(bundle: string, args: string[], heapMb?: number): Promise<{ lines: string[]; wallMs: number; firstAtMs?: number; firstCpuMs?: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), bundle, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines: string[] = [];
    let firstAtMs: number | undefined;
    let firstCpuMs: number | undefined;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('FIRST') && firstAtMs === undefined) {
          firstAtMs = performance.now() - started;
          firstCpuMs = Number(line.split(' ')[3]);
        }
        lines.push(line);
      }
    });
    child.on('exit', (code) => (code === 0 ? resolve({ lines, wallMs: performance.now() - started, ...(firstAtMs !== undefined ? { firstAtMs, firstCpuMs: firstCpuMs ?? NaN } : {}) }) : reject(new Error(`child ${args.join(' ')} exited ${code}`))));
  });
}

const resultOf = (lines: string[]) => JSON.parse(lines.find((l) => l.startsWith('RESULT '))!.slice(7));

async function parent(args: Args): Promise<void> {
  const here = fileURLToPath(import.meta.url);
  const repoRoot = path.resolve(path.dirname(here), '..');
  const corpus = path.join(path.resolve(repoRoot, '..', 'shared'), 'corpus', 'allsides-37k.ndjson.gz');
  if (!existsSync(path.resolve(repoRoot, '..', 'shared'))) { console.log('skipped: ../shared not found'); return; }
  const max = Number(args.max ?? LIBRARY_SIZE);
  const sizes = (typeof args.sizes === 'string' ? args.sizes.split(',').map(Number) : [1000, 10000, LIBRARY_SIZE]).map((s) => Math.min(s, max)).filter((s, i, a) => a.indexOf(s) === i);
  const plainMax = Number(args['plain-max'] ?? 10000);
  const work = await mkdtemp(path.join(tmpdir(), 'bench-search-'));
  const { build } = await import('esbuild');
  await build({ entryPoints: { bench: here, worker: path.join(repoRoot, 'main/search/segment-worker.ts') }, outdir: work, bundle: true, platform: 'node', format: 'esm', outExtension: { '.js': '.mjs' }, logLevel: 'warning', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
  const bundle = path.join(work, 'bench.mjs');
  const workerUrl = `file://${path.join(work, 'worker.mjs')}`;
  const engines: Engine[] = ['ours', ...(args['no-plain'] ? [] : ['lunr' as const]), ...(args['no-minisearch'] ? [] : ['minisearch' as const])];
  console.log(`queries: ${QUERIES.length} × ${ROUNDS} rounds (limit 20, snippets included for ours)`);
  try {
    for (const n of sizes) {
      const rows: Record<string, Record<string, number>> = {};
      for (const engine of engines) {
        if (engine === 'lunr' && n > plainMax) { console.log(`  plain lunr skipped at ${n} (--plain-max ${plainMax}); reference: 487 s build, 4.0 GB heap, p95 342 ms`); continue; }
        const dir = path.join(work, `${engine}-${n}`);
        await mkdir(dir, { recursive: true });
        // Plain lunr and MiniSearch need a big heap at 10k+ articles; ours runs with Node's defaults.
        const heapMb = engine === 'ours' ? undefined : 8192;
        const built = resultOf((await runChild(bundle, ['--child', 'build', '--engine', engine, '--corpus', corpus, '--n', String(n), '--dir', dir, '--worker', workerUrl], heapMb)).lines);
        const q = await runChild(bundle, ['--child', 'query', '--engine', engine, '--dir', dir], heapMb);
        const queried = resultOf(q.lines);
        rows[engine] = { ...built, firstQueryMs: q.firstAtMs!, firstCpuMs: q.firstCpuMs!, p50: queried.p50, p95: queried.p95, coreP50: queried.coreP50, coreP95: queried.coreP95, cpuPerQuery: queried.cpuPerQuery, queryRssMb: queried.queryRssMb };
        if (args.verbose) console.log(engine, n, queried.perQuery);
        await rm(dir, { recursive: true, force: true });
      }
      printTable(n, rows);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function printTable(n: number, rows: Record<string, Record<string, number>>): void {
  const ours = rows.ours!;
  const fmt = (v: number | undefined, d = 1) => (v === undefined ? '—' : v.toFixed(d));
  console.log(`\n${n} articles`);
  console.log('engine      build s  peak RSS MB  disk MB  first query s  p50 ms  p95 ms  core p50/p95 ms  CPU ms/query  query RSS MB  add 10 ms');
  for (const [name, r] of Object.entries(rows)) {
    const core = r.coreP50 === undefined ? '—' : `${fmt(r.coreP50, 2)}/${fmt(r.coreP95, 2)}`;
    console.log(`${name.padEnd(10)} ${fmt(r.buildMs! / 1000).padStart(8)} ${fmt(r.peakRssMb, 0).padStart(12)} ${fmt(r.diskMb).padStart(8)} ${fmt(r.firstQueryMs! / 1000, 2).padStart(14)} ${fmt(r.p50, 2).padStart(7)} ${fmt(r.p95, 2).padStart(7)} ${core.padStart(16)} ${fmt(r.cpuPerQuery, 2).padStart(13)} ${fmt(r.queryRssMb, 0).padStart(13)} ${r.addTenMs === undefined ? '—' : `${fmt(r.addTenMs, 0)} (found ${r.addTenFound})`}`);
  }
  console.log(`  CPU: ${Object.entries(rows).map(([name, r]) => `${name} first query ${fmt(r.firstCpuMs! / 1000, 2)} s CPU${r.buildCpuS !== undefined ? `, build ${fmt(r.buildCpuS)} s CPU (all threads)` : ''}`).join('; ')}`);
  console.log(`  (ours: p50/p95 include titles, highlights and 1–3 snippets per hit read from a text store; "core" = ranked ids only, like the others; load average at print ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`);
  for (const [name, r] of Object.entries(rows)) {
    if (name === 'ours') continue;
    console.log(`  ${name}/ours: build ×${fmt(r.buildMs! / ours.buildMs!)}, peak RSS ×${fmt(r.peakRssMb! / ours.peakRssMb!)}, disk ×${fmt(r.diskMb! / ours.diskMb!)}, first query ×${fmt(r.firstQueryMs! / ours.firstQueryMs!)}, p95 ×${fmt(r.p95! / ours.p95!)}`);
  }
}

const args = parseArgs(process.argv.slice(2));
if (args.child === 'build') {
  const r = await childBuild(args.engine as Engine, String(args.corpus), Number(args.n), String(args.dir), typeof args.worker === 'string' ? args.worker : undefined);
  process.stdout.write(`RESULT ${JSON.stringify(r)}\n`);
  process.exit(0);
} else if (args.child === 'query') {
  await childQuery(args.engine as Engine, String(args.dir));
  process.exit(0);
} else {
  await parent(args);
}
