// Every export imports back, at the size of ten years of daily practice: read, checked and
// written in a worker while the page shows how far it has come.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seedLog } from '../tools/seed-log.mjs';
import { expect, test } from './fixtures';
import { PROBE_SCRIPT } from './paths';

const folder = mkdtempSync(join(tmpdir(), 'foothold-import-'));

/** Records every value an import's progress bar shows, and the longest task the page ran. */
async function watchImport(page: Page) {
  await page.evaluate(() => {
    const seen: { value: number; max: number }[] = [];
    const w = window as unknown as { importSeen: typeof seen; longestTask: number };
    w.importSeen = seen;
    w.longestTask = 0;
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll('.import-progress progress[value]'))
        seen.push({
          value: Number(bar.getAttribute('value')),
          max: Number(bar.getAttribute('max')),
        });
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.longestTask = Math.max(w.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/** Imports a file on the review, in a worker, and returns how long it took (ms). */
async function importInWorker(page: Page, path: string, sessions: number): Promise<number> {
  const workers: string[] = [];
  const inPage: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('console', (message) => {
    if (message.text().startsWith('Importing in the page')) inPage.push(message.text());
  });
  await page.goto('/#/review');
  await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
  await watchImport(page);
  const started = Date.now();
  await page.getByLabel('Choose a Foothold export to import').setInputFiles(path);
  // Either outcome ends the wait: a refusal shows its words at once, not after the timeout.
  const outcome = page.getByRole('status').or(page.getByRole('alert'));
  await expect(outcome).toBeVisible({ timeout: 600_000 });
  await expect(outcome).toHaveText(`Imported ${sessions.toLocaleString('en')} sessions.`);
  const took = Date.now() - started;
  expect(workers.some((url) => url.includes('import.worker'))).toBe(true);
  expect(inPage, 'the import fell back to the page').toEqual([]);
  const seen = await page.evaluate(
    () => (window as unknown as { importSeen: { value: number; max: number }[] }).importSeen,
  );
  // The bar showed a share of the work before it was done.
  expect(seen.some(({ value, max }) => value > 0 && value < max)).toBe(true);
  await expect(page.locator('.import-progress')).toHaveCount(0);
  const longest = await page.evaluate(
    () => (window as unknown as { longestTask: number }).longestTask,
  );
  console.log(
    `imported ${sessions} sessions in ${took} ms; longest task on the page ${Math.round(longest)} ms`,
  );
  return took;
}

async function exportJson(page: Page, sessions: number) {
  // The list is virtualised: its row count (with the header row) says how many it holds.
  await expect(page.locator('table.sessions')).toHaveAttribute(
    'aria-rowcount',
    String(sessions + 1),
    {
      timeout: 300_000,
    },
  );
  const downloading = page.waitForEvent('download', { timeout: 300_000 });
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const path = (await (await downloading).path()) ?? '';
  return { path, file: JSON.parse(readFileSync(path, 'utf8')) };
}

test('ten years of daily sessions export and import back, equal, in a fresh profile', async ({
  page,
  browser,
}) => {
  test.setTimeout(1_800_000);
  // Ten years that ended yesterday: an import refuses times later than the file's export.
  const day = 24 * 60 * 60 * 1000;
  const seed = seedLog({ sessions: 3650, start: Math.floor(Date.now() / day - 3652) * day });
  const seedPath = join(folder, 'ten-years.json');
  writeFileSync(seedPath, JSON.stringify(seed, null, 1));

  await importInWorker(page, seedPath, 3650);
  const first = await exportJson(page, 3650);
  // Newest first in the export; the seed is oldest first. Events and records as written.
  expect([...first.file.sessions].reverse()).toEqual(seed.sessions);

  const fresh = await browser.newContext();
  await fresh.addInitScript({ path: PROBE_SCRIPT });
  const other = await fresh.newPage();
  await importInWorker(other, first.path, 3650);
  const second = await exportJson(other, 3650);
  expect({ ...second.file, exportedAt: null }).toEqual({ ...first.file, exportedAt: null });
  await fresh.close();
});

test('a file that is not valid JSON is refused with its line and column, and changes nothing', async ({
  page,
}) => {
  const text = JSON.stringify(seedLog({ sessions: 2, ratingsPerSession: 3 }), null, 1);
  const nan = text.replace('"suds": 80', '"suds": NaN');
  const at = nan.indexOf('NaN');
  const line = nan.slice(0, at).split('\n').length;
  const column = at - nan.lastIndexOf('\n', at);
  const path = join(folder, 'nan.json');
  writeFileSync(path, nan);
  await page.goto('/#/review');
  await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
  await page.getByLabel('Choose a Foothold export to import').setInputFiles(path);
  await expect(page.getByRole('alert')).toHaveText(
    `Nothing was imported. This is not a Foothold export: it is not valid JSON at line ${line}, column ${column} (unexpected "N" where a value comes).`,
  );
  await expect(page.getByText('Nothing has been logged yet.')).toBeVisible();
});
