/**
 * Import speed: `npm run bench:import`.
 *
 * Imports the 88 extraction-dev pages (HTML, gzip-decompressed to real .html files) and the 150
 * BASIL articles (JSON records) into a fresh library through the real import pipeline — reading,
 * sniffing, decoding, extraction, de-duplication, atomic record writes and indexing — in this one
 * process (extraction in-process, i.e. one core), and prints pages/s and peak memory.
 * Target: ≥ 25 HTML pages/s on one core.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractFile } from '../main/import/extract-file';
import { openServices } from '../main/services/open-services';
import { sharedDirOrSkip } from './shared-data';

const shared = sharedDirOrSkip();

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

const root = mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-import-'));
const htmlDir = path.join(root, 'html');
const basilDir = path.join(root, 'basil');
mkdirSync(htmlDir);
mkdirSync(basilDir);
const pagesDir = path.join(shared, 'corpus/extraction-dev/html');
for (const f of readdirSync(pagesDir).filter((f) => f.endsWith('.html.gz'))) {
  writeFileSync(path.join(htmlDir, f.replace(/\.gz$/, '')), gunzipSync(readFileSync(path.join(pagesDir, f))));
}
const basilRoot = path.join(shared, 'corpus/basil-dev/articles');
for (const year of readdirSync(basilRoot)) {
  for (const f of readdirSync(path.join(basilRoot, year)).filter((f) => f.endsWith('.json'))) {
    writeFileSync(path.join(basilDir, `${year}-${f}`), readFileSync(path.join(basilRoot, year, f)));
  }
}

/**
 * CPU time of this process's main thread (Linux only), in ms: the import pipeline and extraction
 * run there; process CPU also counts V8's garbage-collection and compiler threads on other cores.
 */
function mainThreadCpuMs(): number | undefined {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks, 100 per second on Linux
  } catch {
    return undefined;
  }
}

const services = await openServices({ shell: 'cli', userData: path.join(root, 'user-data'), libraryDir: path.join(root, 'library') });
async function run(label: string, dir: string) {
  const files = readdirSync(dir).length;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  const report = await services.api.importFiles({ jobId: `bench-${label}`, sources: [{ kind: 'path', path: dir }] });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const main1 = mainThreadCpuMs();
  const mainMs = main0 !== undefined && main1 !== undefined ? main1 - main0 : undefined;
  const s = report.summary;
  console.log(
    `${label.padEnd(16)} ${String(files).padStart(4)} files  ${String(s.articles).padStart(4)} articles  ${s.failed} failed  ${s.duplicates} duplicates  ` +
      `${(ms / 1000).toFixed(2)} s wall = ${((files / ms) * 1000).toFixed(1)} files/s  (CPU ${(cpuMs / files).toFixed(1)} ms/file = ${((files / cpuMs) * 1000).toFixed(1)} files/s` +
      `${mainMs !== undefined ? `; main thread ${(mainMs / files).toFixed(1)} ms/file` : ''})`,
  );
  for (const r of report.results.filter((x) => x.status === 'failed')) console.log(`  failed: ${path.basename(r.file)}: ${r.message}`);
}
// Warm-up outside the timing: the first extraction loads and compiles the parsers.
await extractFile(new Uint8Array(readFileSync(path.join(htmlDir, readdirSync(htmlDir)[0]!))), 'warm-up.html');
console.log(`Import benchmark (one process, extraction in-process; Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)})\n`);
await run('extraction-dev', htmlDir);
await run('basil-dev', basilDir);
clearInterval(sampler);
console.log(`\nload ${os.loadavg()[0]!.toFixed(1)} at the end · peak RSS ${mb(peakRss)} · library ${services.ctx.library.articles.size} articles · target ≥ 25 HTML pages/s on one core`);
await services.close();
rmSync(root, { recursive: true, force: true });
