import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startBrowserMode, type BrowserModeApp } from './support/browser-mode';

/** Import through the real UI: file picker, per-file results, the reader, the original shown safely. */
describe('browser mode: import and reader', () => {
  let app: BrowserModeApp;
  let files: string[];
  beforeAll(async () => {
    app = await startBrowserMode();
    const dir = path.join(app.root, 'to-import');
    await mkdir(dir);
    const page = path.join(dir, 'harbour-strike.html');
    await copyFile('test/fixtures/e2e/harbour-strike.html', page);
    const binary = path.join(dir, 'not-really.html');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    const empty = path.join(dir, 'empty.txt');
    await writeFile(empty, '');
    files = [page, binary, empty];
  });
  afterAll(async () => app?.stop());

  it('imports a batch where some files fail, with a result line for each', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('link', { name: /Import/ }).first().click();
    await page.getByTestId('file-input').setInputFiles(files);
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await expect.poll(() => page.getByTestId('import-result').count()).toBe(3);
    const lines = await page.getByTestId('import-result').allInnerTexts();
    expect(lines.find((l) => l.includes('harbour-strike.html'))).toMatch(/imported/);
    expect(lines.find((l) => l.includes('not-really.html'))).toMatch(/failed[\s\S]*unsupported/i);
    expect(lines.find((l) => l.includes('empty.txt'))).toMatch(/failed[\s\S]*empty/i);
    expect(await report.locator('.summary').innerText()).toMatch(/3 files: 1 article imported, 0 duplicates, 2 failed/);
    await page.getByLabel('Failed only').check();
    await expect.poll(() => page.getByTestId('import-result').count()).toBe(2);
    await screenshot(page, 'import-results');
  });

  it('shows the clean article, its metadata and the furniture that was removed', async () => {
    const { page } = app;
    await page.getByRole('link', { name: /Library/ }).first().click();
    await page.getByRole('link', { name: 'Dockworkers walk out in Port Alder' }).click();
    await page.getByRole('heading', { name: 'Dockworkers walk out in Port Alder' }).waitFor();
    const text = await page.locator('.clean-text').innerText();
    expect(text).toContain('About 1,200 dockworkers walked off the job');
    expect(text).toContain('no arrests had been made by midday');
    expect(text).not.toContain('ADVERTISEMENT');
    expect(text).not.toMatch(/Sign up for our newsletter/);
    expect(await page.locator('.reader-header').innerText()).toMatch(/The Coastal Ledger[\s\S]*Mira Okonkwo/);
    await page.getByRole('tab', { name: /Removed furniture/ }).click();
    expect(await page.locator('.removed-list').innerText()).toMatch(/ADVERTISEMENT/);
    await screenshot(page, 'reader-removed');
  });

  it('shows the original without running its scripts or fetching anything', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Original' }).click();
    const original = page.getByTestId('original-html');
    await original.waitFor();
    await expect.poll(() => original.evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('About 1,200 dockworkers');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await original.evaluate((el) => el.shadowRoot!.querySelectorAll('script, iframe, [onerror], [onload], link').length)).toBe(0);
    await screenshot(page, 'reader-original');
    const outside = app.requests.filter((u) => !u.startsWith(app.origin) && !u.startsWith('data:'));
    expect(outside).toEqual([]);
  });

  it('edits an article\'s details and keeps them', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Outlet').fill('Coastal Ledger');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.reload();
    await expect.poll(() => page.locator('.reader-header').innerText()).toMatch(/^Coastal Ledger/);
  });
});
