import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Two CLI imports and browser mode (the app's services) writing to one library at the same time:
 * nothing lost, nothing stored twice, and the app's search finds what the CLI imported.
 */
const N = 60;
const article = (i: number) =>
  `Title: Storm report ${i}\nSource: Outlet ${i % 7}\nDate: 2025-02-${String(1 + (i % 27)).padStart(2, '0')}\n\nResidents of district ${i} said on day ${i} that ${i * 3} homes lost power in the storm, and repairs would take ${1 + (i % 9)} days.\n\nThe mayor of district ${i} promised help within ${i % 11} days.`;

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('concurrent writers', () => {
  let root: string;
  let env: NodeJS.ProcessEnv;
  const library = () => path.join(root, 'library');
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'parallax-concurrent-'));
    env = { ...process.env, PARALLAX_USER_DATA: path.join(root, 'ud') };
    // Folder a: articles 0..39, folder b: 20..59 (20 in both), folder c (the app): 40..59 again, as pasted text.
    for (const [dir, from, to] of [['a', 0, 40], ['b', 20, 60]] as const) {
      await mkdir(path.join(root, dir));
      for (let i = from; i < to; i++) await writeFile(path.join(root, dir, `storm-${i}.txt`), article(i));
    }
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('two CLI imports and the app import at once; every article stored exactly once', async () => {
    const token = 'c'.repeat(32);
    const web = spawn(process.execPath, ['dist/main/web.js', '--no-open', '--library', library(), '--token', token], { env: { ...env, PARALLAX_NO_OPEN: '1' } });
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      web.stdout.on('data', (d: Buffer) => {
        out += d;
        const m = /127\.0\.0\.1:(\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      web.on('exit', (code) => reject(new Error(`browser mode exited ${code}`)));
    });
    const call = async (method: string, args: unknown) => {
      const res = await fetch(`http://127.0.0.1:${port}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Parallax-Token': token }, body: JSON.stringify(args) });
      return ((await res.json()) as { value: unknown }).value;
    };
    try {
      const [a, b, app] = await Promise.all([
        run(['bin/parallax.js', 'import', '--library', library(), path.join(root, 'a'), '--json'], env),
        run(['bin/parallax.js', 'import', '--library', library(), path.join(root, 'b'), '--json'], env),
        call('importFiles', { jobId: 'app-1', sources: Array.from({ length: 20 }, (_, k) => ({ kind: 'text', text: article(40 + k) })) }),
      ]);
      expect(a.stderr + b.stderr).not.toMatch(/Error|busy/);
      const summaries = [JSON.parse(a.stdout).summary, JSON.parse(b.stdout).summary, (app as { summary: { articles: number; duplicates: number } }).summary];
      expect(summaries.reduce((n, s) => n + s.articles, 0)).toBe(N);
      expect(summaries.reduce((n, s) => n + s.articles + s.duplicates, 0)).toBe(40 + 40 + 20);

      const files = await readdir(path.join(library(), 'articles'));
      const hashes = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(library(), 'articles', f), 'utf8')).contentHash as string));
      expect(new Set(hashes).size).toBe(N);
      expect(files).toHaveLength(N);

      // The app sees what the CLI processes wrote: in its list and in its search.
      expect(((await call('listArticles', {})) as unknown[]).length).toBe(N);
      const found = (await call('search', { query: 'district', limit: 1000 })) as { total: number };
      expect(found.total).toBe(N);
    } finally {
      web.kill('SIGTERM');
    }
  });
});
