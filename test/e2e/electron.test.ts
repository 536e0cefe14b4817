import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/**
 * The desktop app itself, where Electron's binary is installed. The binary is downloaded from
 * outside the npm registry, so on machines without internet it is absent: then this suite says
 * so clearly and skips, instead of trying to download it.
 */
function electronBinary(): string | undefined {
  const dir = path.resolve('node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const exe = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : undefined;
}

const binary = electronBinary();
if (!binary) console.log('skipped: Electron e2e — the Electron binary is not installed here (node_modules/electron/dist missing; it cannot be downloaded on this machine). Run `npm install` with internet access to enable it.');

describe.skipIf(!binary)('Electron app', () => {
  it('opens one secure window on an empty library and answers API calls through the preload', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'parallax-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.', `--library=${path.join(root, 'library')}`, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
      env: { ...process.env, PARALLAX_USER_DATA: path.join(root, 'user-data') },
    });
    try {
      const page = await app.firstWindow();
      await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
      expect(page.url()).toMatch(/^parallax:\/\/app\//);
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        // getLastWebPreferences exists at run time but is missing from Electron's typings.
        const wc = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null };
        const wp = wc.getLastWebPreferences();
        return { contextIsolation: wp?.contextIsolation, sandbox: wp?.sandbox, nodeIntegration: wp?.nodeIntegration };
      });
      expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      const info = await page.evaluate(() => (window as unknown as { parallax: { invoke: { getAppInfo: (a: object) => Promise<unknown> } } }).parallax.invoke.getAppInfo({}));
      expect(info).toMatchObject({ ok: true, value: { shell: 'electron', articleCount: 0 } });
      // "Save as PDF" goes through the preload to webContents.printToPDF; the dialog itself is not driven here.
      expect(await page.evaluate(() => typeof (window as unknown as { parallax: { printToPdf?: unknown } }).parallax.printToPdf)).toBe('function');
      await page.screenshot({ path: '.test-output/screenshots/electron-empty-library.png' });
    } finally {
      await app.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
