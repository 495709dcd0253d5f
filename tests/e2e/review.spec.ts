import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { seedLog } from '../tools/seed-log.mjs';
import { expect, test } from './fixtures';
import { PROBE_SCRIPT } from './paths';
import { readDatabase, startSession } from './session-helpers';

const folder = mkdtempSync(join(tmpdir(), 'foothold-review-'));

function writeLog(name: string, log: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof log === 'string' ? log : JSON.stringify(log));
  return path;
}

async function importLog(page: Page, path: string) {
  await page.goto('/#/review');
  await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
  await page.getByLabel('Choose a Foothold export to import').setInputFiles(path);
}

/** The session table as text, row by row. */
const tableText = (page: Page) =>
  page
    .locator('table.sessions tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) =>
        [...r.querySelectorAll('td')].map((td) => td.textContent?.trim()).join(' | '),
      ),
    );

// How fast is the bench's to judge (npm run bench: ready and CSV each within 2 s); a timed
// assertion here would fail on a busy machine, so this test holds what the person sees.
test('two years of sessions: the review shows every one and the CSV holds every rating', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await importLog(page, writeLog('seed.json', seedLog()));
  await expect(page.getByRole('status')).toHaveText('Imported 730 sessions.', { timeout: 60_000 });

  // A fresh load of the page, as a person opens it: the document too, not just the route.
  await page.goto('about:blank');
  await page.goto('/#/review');
  await expect(page.getByText('730 sessions, newest first.')).toBeVisible();
  await expect(page.locator('table.sessions')).toHaveAttribute('aria-rowcount', '731');
  await expect(page.locator('.progress .chart > [role="img"]')).toHaveCount(4);
  // Nothing moved while the page filled in: the outline first, then the list, then the charts
  // into the boxes kept for them (the layout shifts the browser recorded since the load).
  const shifts = await page.evaluate(() => {
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords() as (PerformanceEntry & { value: number })[];
    observer.disconnect();
    return entries.map((e) => e.value);
  });
  expect(shifts).toEqual([]);
  // Only the rows in view are in the page; the newest first, and the oldest at the bottom.
  const rows = page.locator('table.sessions tbody tr[data-index]');
  await expect(
    page.locator(
      'table.sessions tr[aria-rowindex="2"] a[href$="/5eed0000-0000-4000-8000-000000000729"]',
    ),
  ).toBeVisible();
  expect(await rows.count()).toBeLessThan(80);
  await page.locator('.session-list').evaluate((box) => {
    box.scrollTop = box.scrollHeight;
  });
  await expect(
    page.locator(
      'table.sessions tr[aria-rowindex="731"] a[href$="/5eed0000-0000-4000-8000-000000000000"]',
    ),
  ).toBeVisible();
  expect(await rows.count()).toBeLessThan(80);
  await expect(page.locator('.progress-line').first()).toContainText('Your peak distress at level');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await downloading;
  const text = readFileSync((await csv.path()) ?? '', 'utf8');
  const lines = text.trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'session_id,started_at,scene,level,seconds_since_start,suds,prompted,pacer_on,mode',
  );
  expect(lines).toHaveLength(22_001);
});

test('an export imported into a fresh profile reproduces the same list', async ({
  page,
  browser,
}) => {
  await startSession(page, '/#/session/calm/2');
  await page.keyboard.press('4');
  await page.keyboard.press('b');
  await page.keyboard.press('Escape');
  await page.getByRole('spinbutton', { name: /distressed are you now, at the end/ }).fill('20');
  await page.getByRole('button', { name: 'Save and see the summary' }).click();
  await expect(page.getByRole('heading', { name: 'Session summary' })).toBeVisible();
  await importLog(page, writeLog('few.json', seedLog({ sessions: 5, ratingsPerSession: 4 })));
  await expect(page.getByRole('status')).toHaveText('Imported 5 sessions.');
  const before = await tableText(page);
  expect(before).toHaveLength(6);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = await (await downloading).path();

  const fresh = await browser.newContext();
  await fresh.addInitScript({ path: PROBE_SCRIPT });
  const other = await fresh.newPage();
  await importLog(other, file ?? '');
  await expect(other.getByRole('status')).toHaveText('Imported 6 sessions.');
  expect(await tableText(other)).toEqual(before);
  // The same file again adds nothing.
  await other.getByLabel('Choose a Foothold export to import').setInputFiles(file ?? '');
  await expect(other.getByRole('status')).toHaveText('Imported 0 sessions; 6 were already here.');
  expect(await tableText(other)).toEqual(before);
  await fresh.close();
});

test('a bad file is refused with a message that says what and where, and changes nothing', async ({
  page,
}) => {
  await importLog(page, writeLog('few.json', seedLog({ sessions: 2, ratingsPerSession: 3 })));
  await expect(page.getByRole('status')).toHaveText('Imported 2 sessions.');
  const before = await readDatabase(page);

  const bad = seedLog({ sessions: 3, ratingsPerSession: 3, start: Date.UTC(2025, 5, 1) });
  (bad.sessions[1]?.events[2] as { suds: number }).suds = 130;
  await page
    .getByLabel('Choose a Foothold export to import')
    .setInputFiles(writeLog('bad.json', bad));
  await expect(page.getByRole('alert')).toContainText('sessions[1].events[2].suds');
  await expect(page.getByRole('alert')).toContainText('Nothing was imported');

  await page
    .getByLabel('Choose a Foothold export to import')
    .setInputFiles(writeLog('junk.json', '{ not json'));
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  expect(await readDatabase(page)).toEqual(before);
});

test('one session, or everything, can be deleted, after a confirm that says what will go', async ({
  page,
}) => {
  await importLog(page, writeLog('three.json', seedLog({ sessions: 3, ratingsPerSession: 3 })));
  await expect(page.getByRole('status')).toHaveText('Imported 3 sessions.');
  await page.locator('table.sessions tbody tr').first().getByRole('link').click();
  await expect(page.getByRole('img', { name: 'Distress over the session' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete this session…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('its 3 ratings');
  await page.getByRole('button', { name: 'Delete it' }).click();
  await expect(page.locator('table.sessions tbody tr')).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('all 2 sessions and 6 ratings');
  await page.getByRole('button', { name: 'Delete all 2 sessions' }).click();
  await expect(page.getByText('Nothing has been logged yet.')).toBeVisible();
  expect((await readDatabase(page)).sessions).toEqual([]);
});

test('the review page, and one session, work with a keyboard and a screen reader (axe), on a phone too', async ({
  page,
}) => {
  await importLog(page, writeLog('ten.json', seedLog({ sessions: 10, ratingsPerSession: 5 })));
  await expect(page.getByRole('status')).toHaveText('Imported 10 sessions.');
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await serious()).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await serious()).toEqual([]);
  // No sideways scrolling of the page on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.locator('table.sessions tbody tr').first().getByRole('link').click();
  await expect(page.getByRole('img', { name: 'Distress over the session' })).toBeVisible();
  expect(await serious()).toEqual([]);
});
