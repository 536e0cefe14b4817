import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
export const SCREENSHOTS = path.resolve('.test-output/screenshots');

/**
 * Browser mode as a user runs it: the built server (`node dist/main/web.js`) as its own process
 * on a fresh library, and Debian's Chromium driven by Playwright.
 */
export interface BrowserModeApp {
  url: string;
  origin: string;
  token: string;
  root: string;
  libraryDir: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every request the page made, to assert nothing left 127.0.0.1. */
  requests: string[];
  consoleErrors: string[];
  stop: () => Promise<void>;
}

export async function startBrowserMode(opts: { colorScheme?: 'light' | 'dark'; libraryDir?: string } = {}): Promise<BrowserModeApp> {
  if (!existsSync('dist/main/web.js') || !existsSync('dist/renderer/index.html')) throw new Error('browser mode is not built: run `npm run build` first');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (see .ci/run)`);
  const root = await mkdtemp(path.join(os.tmpdir(), 'parallax-e2e-'));
  const libraryDir = opts.libraryDir ?? path.join(root, 'library');
  const token = randomBytes(16).toString('hex');
  const server = spawn(process.execPath, ['dist/main/web.js', '--no-open', '--library', libraryDir, '--token', token], {
    env: { ...process.env, PARALLAX_USER_DATA: path.join(root, 'user-data'), PARALLAX_NO_OPEN: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(server);
  const origin = new URL(url).origin;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ colorScheme: opts.colorScheme ?? 'light', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  return {
    url,
    origin,
    token,
    root,
    libraryDir,
    browser,
    context,
    page,
    requests,
    consoleErrors,
    stop: async () => {
      await browser.close().catch(() => undefined);
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      await rm(root, { recursive: true, force: true });
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in 30 s:\n${out}\n${err}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${out}\n${err}`));
    });
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
