import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, withDeclaredSize } from '../fixtures/formats/make-docx';
import { layoutParagraphs, makePdf } from '../fixtures/formats/make-pdf';

/**
 * Hostile files, generated here, imported in one batch by the built CLI (with its extraction
 * worker threads, as in the app). Every file gets its own clear result, the batch goes on, and
 * memory stays bounded.
 */
/** A plausible article body; each hostile page gets its own town so none is a duplicate of another. */
const article = (town: string) => `<p>Negotiators met for nearly five hours in ${town} on Tuesday but left without an agreement, officials said after the meeting ended late in the evening.</p>`.repeat(4);

describe('hostile inputs', () => {
  let root: string;
  let inbox: string;
  let result: { code: number | null; stdout: string; stderr: string; peakRssMb: number };

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'parallax-hostile-'));
    inbox = path.join(root, 'inbox');
    await mkdir(path.join(inbox, 'sub'), { recursive: true });
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>Talks end without a deal</title></head><body><article><h1>Talks end without a deal</h1>${article('Valmora')}</article></body></html>`;
    const docx = makeDocx(['Talks end without a deal', 'Negotiators met for nearly five hours in Valmora on Tuesday but left without an agreement, officials said.']);
    const files: Record<string, string | Uint8Array> = {
      'truncated.html': page.slice(0, Math.floor(page.length * 0.6)),
      'corrupt.pdf': '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n\u0000\u0001garbage',
      'truncated.pdf': makePdf([layoutParagraphs([['Talks end without a deal'], ['Negotiators met in Valmora.']])]).subarray(0, 200),
      'truncated.docx': docx.subarray(0, Math.floor(docx.length / 2)),
      'binary.html': new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      'empty.txt': '',
      'deep.html': `<html><body>${'<div>'.repeat(100_000)}${article('Easthaven')}${'</div>'.repeat(100_000)}</body></html>`,
      // Encoded in windows-1251 throughout, but labelled UTF-8 (a common server misconfiguration).
      'mislabelled.html': iconv.encode(`<html><head><meta charset="utf-8"><title>Переговоры</title></head><body><article>${'<p>Переговоры в Вальморе длились почти пять часов и завершились без соглашения, сообщили официальные лица после встречи.</p>'.repeat(4)}</article></body></html>`, 'windows-1251'),
      'invalid-utf8.txt': Buffer.concat([Buffer.from('Talks end without a deal\n\nNegotiators met for nearly five hours in Valmora on Tuesday \u00e2'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' but left without an agreement, officials said after the meeting.\n')]),
      'scripts.html': `<html><head><title>Talks end</title><script>while(true){}</script><script src="https://evil.example/x.js"></script></head><body onload="alert(1)"><iframe src="https://evil.example"></iframe><img src="https://evil.example/p.gif" onerror="alert(2)"><article><h1>Talks end without a deal</h1>${article('Port Alder')}<script>document.write('INJECTED')</script></article></body></html>`,
      'sub/Ωmega — "quoted" & <angle> 日本語.txt': 'Harbour strike\n\nAbout 1,200 dockworkers walked off the job in Port Alder on Friday, halting traffic at the container terminal, union officials said.\n',
      'sub/line\nbreak.txt': 'Dock talks\n\nThe port authority said it had offered a 4 percent raise to the dockworkers who walked off the job in Port Alder on Friday morning.\n',
      'sub/-dash.md': '# Ferry delayed\n\nThe ferry to Easthaven was delayed by four hours on Monday after a storm closed the harbour mouth, the operator said.\n',
    };
    for (const [name, body] of Object.entries(files)) await writeFile(path.join(inbox, name), body);
    // A DOCX whose document.xml inflates to 300 MB of zeros, with sizes that lie about it.
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(300 * 1024 * 1024) }, { level: 1 });
    await writeFile(path.join(inbox, 'bomb.docx'), withDeclaredSize(bomb, 1000));
    // A 200 MB text file (sparse: instant to make, but 200 MB to anyone who reads it).
    await writeFile(path.join(inbox, 'huge.txt'), 'x');
    await truncate(path.join(inbox, 'huge.txt'), 200 * 1024 * 1024);
    // A symlink loop: sub/loop -> .. (the inbox itself).
    await symlink('..', path.join(inbox, 'sub', 'loop'));
    result = await runCli(['import', '--library', path.join(root, 'library'), inbox, '--json'], { ...process.env, PARALLAX_USER_DATA: path.join(root, 'ud') });
  }, 180_000);
  afterAll(async () => rm(root, { recursive: true, force: true }));

  const byName = (name: string) => {
    const report = JSON.parse(result.stdout) as { results: { file: string; status: string; message: string }[] };
    const line = report.results.filter((r) => path.basename(r.file) === name);
    expect(line, `exactly one result for ${name}`).toHaveLength(1);
    return line[0]!;
  };

  it('finishes the batch with one result per file, exit code 1 because some failed', () => {
    expect(result.stderr).not.toMatch(/Unhandled|FATAL|Segmentation/);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    // 15 files; the symlink loop adds none (each folder is read once).
    expect(report.results).toHaveLength(15);
    console.log(`hostile batch: ${report.summary.files} files, ${report.summary.articles} articles, ${report.summary.failed} failed; peak RSS ${result.peakRssMb} MB`);
  });

  it('explains each failure specifically', () => {
    expect(byName('corrupt.pdf')).toMatchObject({ status: 'failed', message: expect.stringMatching(/corrupt/i) });
    expect(byName('truncated.pdf')).toMatchObject({ status: 'failed', message: expect.stringMatching(/corrupt|damaged|truncated/i) });
    expect(byName('truncated.docx')).toMatchObject({ status: 'failed', message: expect.stringMatching(/corrupt|damaged/i) });
    expect(byName('binary.html')).toMatchObject({ status: 'failed', message: expect.stringMatching(/unsupported|binary/i) });
    expect(byName('empty.txt')).toMatchObject({ status: 'failed', message: expect.stringMatching(/empty/i) });
    expect(byName('huge.txt')).toMatchObject({ status: 'failed', message: expect.stringMatching(/size limit.*200\.0 MB/i) });
    expect(byName('bomb.docx')).toMatchObject({ status: 'failed', message: expect.stringMatching(/unpack to more than 300 MB/) });
  });

  it('imports what can be read, from hostile markup and odd names alike', async () => {
    for (const name of ['deep.html', 'mislabelled.html', 'invalid-utf8.txt', 'scripts.html', 'Ωmega — "quoted" & <angle> 日本語.txt', 'line\nbreak.txt', '-dash.md', 'truncated.html']) {
      expect(byName(name).status, name).toBe('imported');
    }
    const list = await runCli(['list', '--library', path.join(root, 'library'), '--json'], { ...process.env, PARALLAX_USER_DATA: path.join(root, 'ud') });
    const titles = (JSON.parse(list.stdout) as { title: string }[]).map((a) => a.title);
    expect(titles).toContain('Переговоры');
  });

  it('never keeps script content and decodes mislabelled text correctly', async () => {
    const lib = path.join(root, 'library', 'articles');
    const { readdir } = await import('node:fs/promises');
    const texts = await Promise.all((await readdir(lib)).map(async (f) => JSON.parse(await readFile(path.join(lib, f), 'utf8')).text as string));
    expect(texts.join('\n')).not.toMatch(/INJECTED|while\(true\)|alert\(/);
    expect(texts.some((t) => t.includes('Переговоры в Вальморе длились почти пять часов'))).toBe(true);
  });

  it('keeps memory bounded', () => {
    expect(result.peakRssMb).toBeGreaterThan(0);
    expect(result.peakRssMb).toBeLessThan(1500);
  });
});

/** Runs the built CLI, sampling its resident memory (Linux /proc) until it exits. */
function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string; peakRssMb: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/parallax.js', ...args], { env });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const timer = setInterval(async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb);
    }, 25);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, stdout, stderr, peakRssMb: Math.round(peak / 1024) });
    });
  });
}
