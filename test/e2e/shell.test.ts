import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startBrowserMode, type BrowserModeApp } from './support/browser-mode';

/** The app shell in a real browser against the real browser-mode server. */
describe('browser mode: app shell', () => {
  let app: BrowserModeApp;
  beforeAll(async () => {
    app = await startBrowserMode();
  });
  afterAll(async () => app?.stop());

  it('opens with the token, removes it from the address bar, and shows the empty library', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    expect(page.url()).not.toContain('token=');
    await expect(page.getByRole('link', { name: 'Import articles' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'shell-empty-library-light');
  });

  it('navigates between Library, Search, Stories and Import, with empty states', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: /Stories/ }).click();
    await page.getByRole('heading', { name: 'No stories yet' }).waitFor();
    await nav.getByRole('link', { name: /Import/ }).click();
    await page.getByText('Drop saved articles anywhere in this window').waitFor();
    await nav.getByRole('link', { name: /Search/ }).click();
    await page.getByRole('heading', { name: 'Search everything you saved' }).waitFor();
    await nav.getByRole('link', { name: /Library/ }).click();
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    expect(await nav.getByRole('link', { name: /Library/ }).getAttribute('aria-current')).toBe('page');
  });

  it('has keyboard shortcuts: Ctrl+K focuses search, Ctrl+3 opens import', async () => {
    const { page } = app;
    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-box');
    await page.keyboard.press('Control+3');
    await page.getByText('Drop saved articles anywhere in this window').waitFor();
  });

  it('follows the OS theme and remembers a chosen one across reloads', async () => {
    const { page } = app;
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('link', { name: /Library/ }).first().click();
    await screenshot(page, 'shell-empty-library-dark');
    await page.getByLabel('Theme').selectOption('system');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });

  it('refuses a page without the token: the API answers 401 and the UI explains what to do', async () => {
    const other = await app.context.newPage();
    await other.goto(`${app.origin}/`);
    await other.getByRole('heading', { name: 'Parallax needs its access token' }).waitFor();
    const status = await other.evaluate(async () => (await fetch('/api/listArticles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);
    expect(status).toBe(401);
    await other.close();
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    const outside = app.requests.filter((u) => !u.startsWith(app.origin) && !u.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(app.consoleErrors.filter((e) => !/401/.test(e))).toEqual([]);
  });
});
