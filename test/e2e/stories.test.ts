import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startBrowserMode, type BrowserModeApp } from './support/browser-mode';

/** Issue 7 end to end: import a folder of reports, accept the suggested story, open its comparison. */
const report = (outlet: string, title: string, date: string, body: string) => `Title: ${title}\nSource: ${outlet}\nDate: ${date}\n\n${body}`;
const FILES: Record<string, string> = {
  'ledger-ferry.txt': report('Coastal Ledger', 'Ferry fire forces evacuation off Port Alder', '2025-03-14', 'A fire broke out in the engine room of the ferry Saint Brendan off Port Alder on Friday, forcing the evacuation of 212 passengers, the coast guard said.\n\nCaptain Ilse Marsh said the crew contained the blaze within forty minutes. Two crew members were treated for smoke inhalation.'),
  'wire-ferry.txt': report('Harbour Wire', 'Saint Brendan passengers evacuated after engine fire', '2025-03-14', 'Coast guard boats evacuated 212 passengers from the ferry Saint Brendan after an engine-room fire near Port Alder on Friday.\n\nCaptain Ilse Marsh told reporters the fire was out within forty minutes and two crew members had inhaled smoke.'),
  'daily-ferry.txt': report('Northern Daily', 'Engine fire on Port Alder ferry, all passengers safe', '2025-03-15', 'All 212 passengers of the Saint Brendan ferry were brought ashore after a fire in its engine room off Port Alder, the coast guard said on Saturday.\n\nThe ferry operator said Captain Ilse Marsh and her crew fought the blaze for about forty minutes.'),
  'ledger-budget.txt': report('Coastal Ledger', 'Port Alder council passes harbour budget', '2025-03-14', 'The Port Alder council voted 7 to 4 on Friday to approve a harbour budget of 18 million crowns, including new dredging works.\n\nMayor Tomas Varga called the vote a turning point for the town.'),
};

describe('browser mode: stories from suggestions', () => {
  let app: BrowserModeApp;
  let files: string[];
  beforeAll(async () => {
    app = await startBrowserMode();
    const dir = path.join(app.root, 'reports');
    await mkdir(dir);
    files = await Promise.all(Object.entries(FILES).map(async ([name, text]) => (await writeFile(path.join(dir, name), text), path.join(dir, name))));
  });
  afterAll(async () => app?.stop());

  it('suggests the ferry reports as one story and leaves the budget vote out', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Import/ }).click();
    await page.getByTestId('file-input').setInputFiles(files);
    await page.getByTestId('import-report').getByText('4 articles imported').waitFor({ timeout: 60_000 });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Stories/ }).click();
    const card = page.getByTestId('suggestion');
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    const text = await card.innerText();
    expect(text).toMatch(/Coastal Ledger/);
    expect(text).toMatch(/Harbour Wire/);
    expect(text).toMatch(/Northern Daily/);
    expect(text).not.toMatch(/harbour budget/);
    await screenshot(page, 'stories-suggestion');
  });

  it('accepts the suggestion under an edited title and opens its comparison', async () => {
    const { page } = app;
    await page.getByLabel('Title of the suggested story').fill('Saint Brendan ferry fire');
    await page.getByTestId('suggestion').getByRole('button', { name: 'Create story' }).click();
    await page.getByRole('heading', { name: 'Saint Brendan ferry fire' }).waitFor();
    await page.getByRole('button', { name: /Open comparison/ }).or(page.getByRole('link', { name: /Open comparison/ })).first().click();
    await page.locator('.cmp-body [role="row"]').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('compare-stats').innerText()).toMatch(/3 outlets/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Stories/ }).click();
    await page.getByRole('link', { name: 'Saint Brendan ferry fire' }).waitFor();
    expect(await page.getByTestId('suggestion').count()).toBe(0);
  });
});
