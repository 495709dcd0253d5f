// Nothing a running session logs is lost to another tab. The Review is open in a second tab of the
// same browser; a session runs in the first. Deleting everything from the second tab keeps the
// running session whole, and a session whose record is deleted anyway is saved again whole.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { seedLog } from '../tools/seed-log.mjs';
import { expect, test } from './fixtures';
import { PROBE_SCRIPT } from './paths';
import { type RawEvent, readDatabase, startSession } from './session-helpers';

const folder = mkdtempSync(join(tmpdir(), 'foothold-delete-live-'));

/** A second tab of the same browser, on the Review, holding two earlier sessions of 3 ratings each. */
async function reviewWithTwoSessions(context: BrowserContext) {
  const review = await context.newPage();
  // The fixture watches the first tab; this one is held to the same: no error of any kind.
  const errors: string[] = [];
  review.on('pageerror', (error) => errors.push(error.message));
  review.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Past the first-run screen, as the first tab is.
  await review.addInitScript({ path: PROBE_SCRIPT });
  const file = join(folder, 'two.json');
  writeFileSync(file, JSON.stringify(seedLog({ sessions: 2, ratingsPerSession: 3 })));
  await review.goto('/#/review');
  await expect(review.locator('.review[data-ready="true"]')).toBeVisible();
  await review.getByLabel('Choose a Foothold export to import').setInputFiles(file);
  await expect(review.getByRole('status')).toHaveText('Imported 2 sessions.');
  return { review, errors, earlier: (await readDatabase(review)).sessions.map((s) => s.id) };
}

/** The Review open in a second tab, then a session started in the first and rated twice (40, 50). */
async function runAndRateTwice(page: Page, context: BrowserContext) {
  const opened = await reviewWithTwoSessions(context);
  await startSession(page, '/#/session/calm/2');
  await page.keyboard.press('Digit4');
  await page.keyboard.press('Digit5');
  await expect.poll(() => runRatings(page, opened.earlier)).toEqual([40, 50]);
  return opened;
}

/** Stops with Escape (an early stop), answers the after-questions and saves. */
async function finish(page: Page) {
  await page.keyboard.press('Escape');
  await page.getByRole('spinbutton', { name: /distressed are you now, at the end/ }).fill('20');
  await page.getByRole('button', { name: 'Save and see the summary' }).click();
  await expect(page.getByRole('heading', { name: 'Session summary' })).toBeVisible();
}

/** The one session the first tab ran, as stored: its record, and its events in seq order. */
async function storedRun(page: Page, earlier: string[]) {
  const { sessions, events } = await readDatabase(page);
  const run = sessions.filter((s) => !earlier.includes(s.id));
  expect(run).toHaveLength(1);
  const id = run[0]?.id ?? '';
  const own = events.filter((e) => e.sessionId === id).sort((a, b) => a.seq - b.seq);
  return { record: run[0], events: own, all: { sessions, events } };
}

/** The ratings stored of every session but the earlier ones. */
async function runRatings(page: Page, earlier: string[]) {
  const { events } = await readDatabase(page);
  return events
    .filter((e) => !earlier.includes(e.sessionId) && e.type === 'suds')
    .map((e) => e.suds);
}

const shape = (events: RawEvent[]) => events.map((e) => [e.seq, e.type]);
const whole = [
  [0, 'started'],
  [1, 'suds'],
  [2, 'suds'],
  [3, 'suds'],
  [4, 'suds'],
  [5, 'stop'],
  [6, 'end'],
];

test('deleting everything from another tab keeps the running session whole and says so', async ({
  page,
  context,
}) => {
  const { review, errors, earlier } = await runAndRateTwice(page, context);

  // The Review's own copy is not trusted: the confirm counts what is stored now, and asks
  // which sessions still run.
  await review.getByRole('button', { name: 'Delete everything…' }).click();
  const confirm = review.getByRole('alertdialog');
  await expect(confirm).toContainText('This deletes 2 sessions and 6 ratings from this device.');
  await expect(confirm).toContainText(
    /It keeps the Calm shore session started .+, which is still running in another tab or window/,
  );
  await review.getByRole('button', { name: 'Delete 2 sessions' }).click();
  await expect(review.getByRole('status')).toHaveText(
    /^Deleted 2 sessions and 6 ratings\. Kept the Calm shore session started .+, which is still running in another tab or window\.$/,
  );

  // The first tab carries on and finishes normally.
  await page.keyboard.press('Digit3');
  await page.keyboard.press('Digit2');
  await expect.poll(() => runRatings(page, earlier)).toEqual([40, 50, 30, 20]);
  await finish(page);

  const { record, events, all } = await storedRun(page, earlier);
  expect(record?.status).toBe('stopped-early');
  expect(shape(events)).toEqual(whole);
  // Only the running session is left: no other session, no event of any other.
  expect(all.sessions).toHaveLength(1);
  expect(all.events).toHaveLength(events.length);

  // The Review shows it, read whole: the peak is a rating given before the delete.
  await expect(review.locator('table.sessions tbody tr')).toHaveCount(1);
  await review.locator('table.sessions tbody tr').first().getByRole('link').click();
  await expect(review.getByRole('img', { name: 'Distress over the session' })).toBeVisible();
  await expect(review.locator('[data-figure="baseline"]')).toHaveText('20');
  await expect(review.locator('[data-figure="peak"]')).toHaveText('50');
  await expect(review.locator('[data-figure="end"]')).toHaveText('20');
  await expect(review.getByRole('button', { name: 'Delete this session…' })).toBeVisible();
  expect(errors, 'errors in the Review tab').toEqual([]);
});

test('a session whose record is deleted under it is saved again whole, and the person is told', async ({
  page,
  context,
}) => {
  const { review, errors, earlier } = await runAndRateTwice(page, context);

  // A tab that cannot tell the session runs (an older version, a browser without Web Locks)
  // empties the log.
  await review.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('foothold');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['sessions', 'events'], 'readwrite');
          tx.objectStore('sessions').clear();
          tx.objectStore('events').clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  expect(await readDatabase(page)).toEqual({ sessions: [], events: [] });

  await page.keyboard.press('Digit3');
  await expect(page.getByRole('status').filter({ hasText: 'deleted from another tab' })).toHaveText(
    'This session was deleted from another tab or window while it ran. Foothold saved it again, with everything logged so far, so nothing is lost.',
  );
  await page.keyboard.press('Digit2');
  await expect.poll(() => runRatings(page, earlier)).toEqual([40, 50, 30, 20]);
  await finish(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'deleted from another tab' }),
  ).toBeVisible();

  const { record, events } = await storedRun(page, earlier);
  expect(record?.status).toBe('stopped-early');
  expect(shape(events)).toEqual(whole);
  await review.goto('/#/review');
  await expect(review.locator('table.sessions tbody tr')).toHaveCount(1);
  expect(errors, 'errors in the Review tab').toEqual([]);
});
