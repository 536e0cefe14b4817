import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** The built `parallax` command, as a script would run it, on real files and a real library folder. */
describe('parallax CLI', () => {
  let root: string;
  let library: string;
  let env: NodeJS.ProcessEnv;
  const cli = async (...args: string[]) => {
    try {
      const r = await run(process.execPath, ['bin/parallax.js', ...args], { env, maxBuffer: 32 * 1024 * 1024 });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'parallax-cli-'));
    library = path.join(root, 'library');
    env = { ...process.env, PARALLAX_USER_DATA: path.join(root, 'user-data') };
    const inbox = path.join(root, 'inbox', 'nested');
    await mkdir(inbox, { recursive: true });
    await copyFile('test/fixtures/e2e/harbour-strike.html', path.join(inbox, 'harbour-strike.html'));
    await writeFile(
      path.join(root, 'inbox', 'wire.txt'),
      'Title: Port Alder dockers strike over night shifts\nSource: Harbour Wire\nURL: https://harbour-wire.example/strike\n\nAbout 1,200 dockworkers walked off the job in Port Alder on Friday, halting traffic at the container terminal, union officials said.\n\nThe Harbour Workers\' Union said the strike would last at least 48 hours. The port authority said it had offered a 4 percent raise.\n',
    );
    await writeFile(path.join(root, 'inbox', 'broken.pdf'), '%PDF-1.7\nthis is not really a pdf');
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('extracts one file without touching a library', async () => {
    const r = await cli('extract', 'test/fixtures/e2e/harbour-strike.html', '--json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({ title: 'Dockworkers walk out in Port Alder', outlet: 'The Coastal Ledger', authors: ['Mira Okonkwo'], language: 'en' });
    expect(a.url).toBe('https://coastal-ledger.example/news/port-alder-strike');
    expect(a.removed.map((x: { text: string }) => x.text)).toContain('ADVERTISEMENT');
  });

  it('imports a folder recursively with one result per file and a summary, exit 1 when a file failed', async () => {
    const r = await cli('import', '--library', library, path.join(root, 'inbox'), '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toMatchObject({ files: 3, imported: 2, articles: 2, failed: 1 });
    const broken = report.results.find((x: { file: string }) => x.file.endsWith('broken.pdf'));
    expect(broken.message).toMatch(/corrupt/i);
    const again = await cli('import', '--library', library, path.join(root, 'inbox', 'wire.txt'));
    expect(again.stdout).toMatch(/^duplicate/m);
    expect(again.stdout).toMatch(/1 file: 0 imported \(0 articles\), 1 duplicate, 0 failed/);
  });

  it('lists and searches the library as JSON', async () => {
    const list = JSON.parse((await cli('list', '--library', library, '--json')).stdout);
    expect(list.map((a: { outlet: string }) => a.outlet).sort()).toEqual(['Harbour Wire', 'The Coastal Ledger']);
    const search = JSON.parse((await cli('search', '--library', library, '"night shifts"', '--json')).stdout);
    expect(search.hits.map((h: { outlet: string }) => h.outlet)).toEqual(['Harbour Wire']);
    const filtered = JSON.parse((await cli('search', '--library', library, 'dockworkers', '--outlet', 'The Coastal Ledger', '--json')).stdout);
    expect(filtered.hits.map((h: { outlet: string }) => h.outlet)).toEqual(['The Coastal Ledger']);
    const bad = await cli('search', '--library', library, 'title:');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/query error/);
  });

  it('creates a story from ids and compares its articles', async () => {
    const list = JSON.parse((await cli('list', '--library', library, '--json')).stdout) as { id: string }[];
    const created = JSON.parse((await cli('story', 'create', 'Port Alder strike', list[0]!.id, '--library', library, '--json')).stdout);
    await cli('story', 'add', created.id, list[1]!.id, '--library', library);
    const stories = JSON.parse((await cli('stories', '--library', library, '--json')).stdout);
    expect(stories[0]).toMatchObject({ title: 'Port Alder strike', articleCount: 2 });
    const md = await cli('compare', '--library', library, list[0]!.id, list[1]!.id, '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/Harbour Wire/);
    expect(md.stdout).toMatch(/The Coastal Ledger/);
    const json = JSON.parse((await cli('compare', 'test/fixtures/e2e/harbour-strike.html', path.join(root, 'inbox', 'wire.txt'), '--json')).stdout);
    expect(json.type).toBe('parallax-comparison');
    expect(json.claims.length).toBeGreaterThan(0);
  });

  it('explains usage errors with exit code 2', async () => {
    const r = await cli('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
