import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startBrowserMode, type BrowserModeApp } from './support/browser-mode';

/** Desktop search in the real UI: as-you-type results, highlights, syntax errors, filters, keyboard, stories from results. */
const report = (outlet: string, title: string, date: string, body: string) => `Title: ${title}\nSource: ${outlet}\nDate: ${date}\n\n${body}`;
const FILES: Record<string, string> = {
  'a.txt': report('Coastal Ledger', 'Ceasefire talks in Valmora end without a deal', '2025-03-14', 'Negotiators met for nearly five hours in Valmora but reached no compromise, officials said. Envoy Jared Kushner attended the talks.'),
  'b.txt': report('Harbour Wire', 'Valmora negotiations stall over border line', '2025-03-15', 'The negotiations stalled again on Saturday; there was no compromise on the border line, a spokesman said.'),
  'c.txt': report('Northern Daily', 'Port Alder ferry resumes service', '2025-03-16', 'The ferry between Port Alder and Kessa resumed service on Sunday after repairs to its engine.'),
};

describe('browser mode: search', () => {
  let app: BrowserModeApp;
  beforeAll(async () => {
    app = await startBrowserMode();
    const dir = path.join(app.root, 'docs');
    await mkdir(dir);
    const files = await Promise.all(Object.entries(FILES).map(async ([n, t]) => (await writeFile(path.join(dir, n), t), path.join(dir, n))));
    await app.page.goto(app.url);
    await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Import/ }).click();
    await app.page.getByTestId('file-input').setInputFiles(files);
    await app.page.getByTestId('import-report').getByText('3 articles imported').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => app?.stop());

  it('finds a phrase as you type and highlights it', async () => {
    const { page } = app;
    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox').fill('"no compromise"');
    await expect.poll(() => page.getByTestId('search-hit').count()).toBe(2);
    const marks = await page.locator('.snippet mark').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase())).toEqual(['no compromise', 'no compromise']);
    await screenshot(page, 'search-phrase');
  });

  it('shows a malformed query at its position instead of failing', async () => {
    const { page } = app;
    await page.getByRole('searchbox').fill('title:');
    await page.getByTestId('query-problem').waitFor();
    expect(await page.getByTestId('query-problem').innerText()).toMatch(/title/);
  });

  it('filters by outlet and combines required terms', async () => {
    const { page } = app;
    await page.getByRole('searchbox').fill('Valmora');
    await expect.poll(() => page.getByTestId('search-hit').count()).toBe(2);
    await page.getByLabel('Outlet').selectOption('Harbour Wire');
    await expect.poll(() => page.getByTestId('search-hit').count()).toBe(1);
    await page.getByLabel('Outlet').selectOption('');
    await page.getByRole('searchbox').fill('+Valmora +Kushner');
    await expect.poll(() => page.getByTestId('search-hit').count()).toBe(1);
  });

  it('makes a new story from selected results, by keyboard', async () => {
    const { page } = app;
    await page.getByRole('searchbox').fill('Valmora');
    await expect.poll(() => page.getByTestId('search-hit').count()).toBe(2);
    await page.getByRole('searchbox').press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'New story from selection' }).click();
    await page.getByRole('heading', { name: 'Valmora' }).waitFor();
    expect(await page.locator('tbody').innerText()).toMatch(/Coastal Ledger/);
    expect(await page.locator('tbody').innerText()).toMatch(/Harbour Wire/);
  });

  it('opens the article at the match with Enter', async () => {
    const { page } = app;
    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox').fill('ferry');
    await expect.poll(() => page.getByTestId('search-hit').count()).toBe(1);
    await page.getByRole('searchbox').press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Port Alder ferry resumes service' }).waitFor();
  });
});
