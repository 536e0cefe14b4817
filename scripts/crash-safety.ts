/**
 * Crash safety: `npx tsx scripts/crash-safety.ts [--files 1000] [--kills 20]`.
 *
 * Starts a 1,000-file import with the built CLI and kills it with SIGKILL at a random moment,
 * 20 times. After each kill it opens the library as the app would and checks: every record
 * validates (nothing quarantined), no temp files are left, every article's original is there
 * (no orphaned records), no article is stored twice, and the search index agrees with the
 * records once reconciled. Then it resumes (re-runs) the import to completion and prints how many
 * articles were lost (target 0). Needs `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../main/services/open-services';

const args = process.argv.slice(2);
const opt = (name: string, def: number) => Number(args[args.indexOf(`--${name}`) + 1] ?? def) || def;
const FILES = opt('files', 1000);
const KILLS = opt('kills', 20);
if (!existsSync('dist/main/cli.js')) {
  console.error('crash-safety: run `npm run build` first');
  process.exit(1);
}

const root = mkdtempSync(path.join(os.tmpdir(), 'parallax-crash-'));
const inbox = path.join(root, 'inbox');
const library = path.join(root, 'library');
const userData = path.join(root, 'user-data');
mkdirSync(inbox);
const towns = ['Valmora', 'Port Alder', 'Easthaven', 'Kessa', 'Dovrinsk', 'Halvard', 'Brightwater', 'Ostrel'];
for (let i = 0; i < FILES; i++) {
  const town = towns[i % towns.length]!;
  writeFileSync(
    path.join(inbox, `report-${String(i).padStart(4, '0')}.txt`),
    `Title: Report ${i} from ${town}\nSource: Outlet ${i % 17}\nDate: 2025-0${1 + (i % 9)}-1${i % 10}\n\n` +
      `Officials in ${town} said on day ${i} that ${i * 7} residents had been affected by the storm, and that repairs would take ${1 + (i % 12)} weeks.\n\n` +
      `Report number ${i} was filed by correspondent ${i % 23} after interviews with ${i % 5} witnesses near the harbour of ${town}.`,
  );
}

function runImport(killAfterMs?: number): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/parallax.js', 'import', '--library', library, inbox, '--json'], {
      env: { ...process.env, PARALLAX_USER_DATA: userData },
      stdio: 'ignore',
    });
    let killed = false;
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => ((killed = true), child.kill('SIGKILL')), killAfterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ killed, code });
    });
  });
}

async function check(label: string): Promise<{ articles: number; problems: string[] }> {
  const services = await openServices({ shell: 'cli', userData, libraryDir: library });
  const problems: string[] = [];
  const lib = services.ctx.library;
  if (lib.quarantined.length > 0) problems.push(`${lib.quarantined.length} damaged record(s): ${lib.quarantined[0]!.problem}`);
  const temps = readdirSync(path.join(library, 'articles')).filter((n) => n.startsWith('.tmp-'));
  if (temps.length > 0) problems.push(`${temps.length} temp file(s) left`);
  const hashes = new Set<string>();
  for (const meta of lib.articles.allSummaries()) {
    if (hashes.has(meta.contentHash)) problems.push(`article stored twice: ${meta.title}`);
    hashes.add(meta.contentHash);
    if (!meta.originalSha256 || !(await lib.originals.get(meta.originalSha256))) problems.push(`orphaned record (original missing): ${meta.id}`);
  }
  await services.ctx.search.reconcile();
  const indexed = services.ctx.search.status().documents;
  if (indexed !== lib.articles.size) problems.push(`index has ${indexed} documents, library ${lib.articles.size}`);
  const articles = lib.articles.size;
  await services.close();
  console.log(`${label.padEnd(22)} ${String(articles).padStart(5)} articles  ${problems.length === 0 ? 'ok' : problems.slice(0, 3).join('; ')}`);
  return { articles, problems };
}

console.log(`Crash safety: ${FILES} files, ${KILLS} kills (SIGKILL at a random moment)\n`);
const t0 = Date.now();
await runImport();
const fullMs = Date.now() - t0;
rmSync(library, { recursive: true, force: true });
console.log(`one uninterrupted import takes ${(fullMs / 1000).toFixed(1)} s; killing within that window\n`);

// Each run resumes the import (files already imported are skipped quickly); each kill lands at a
// random moment within the time the remaining work should take. If a run finishes first, the
// library is emptied so the next kill again hits an import in progress.
let problemsTotal = 0;
let lostTotal = 0;
let before = 0;
for (let k = 1; k <= KILLS; k++) {
  const remainingMs = 800 + fullMs * (1 - before / FILES);
  const at = Math.round(300 + Math.random() * remainingMs);
  const r = await runImport(at);
  const { articles, problems } = await check(`kill ${String(k).padStart(2)} at ${(at / 1000).toFixed(1)} s${r.killed ? '' : ' (finished first)'}`);
  problemsTotal += problems.length;
  // Articles whose import had completed before this run must all still be there.
  if (articles < before) lostTotal += before - articles;
  before = articles;
  if (articles === FILES) {
    rmSync(library, { recursive: true, force: true });
    before = 0;
  }
}
await runImport();
const final = await check('resumed');
const lost = lostTotal + (FILES - final.articles);
console.log(`\nfiles ${FILES} · kills ${KILLS} · problems found after kills ${problemsTotal} · articles lost ${lost} (target 0)`);
rmSync(root, { recursive: true, force: true });
process.exit(lost === 0 && problemsTotal === 0 ? 0 : 1);
