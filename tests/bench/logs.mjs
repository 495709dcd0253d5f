// The log: how fast a rating is committed, and how the review copes with two and ten years of
// daily sessions.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium.mjs';
import { seedLog } from '../tools/seed-log.mjs';
import { startSession, waitForFrames } from '../tools/session.mjs';
import { base, probeScript, VIEWPORT, watchForeign } from './browser.mjs';

const RATINGS = 40;

/**
 * Time from a rating key press to its transaction being committed (strict durability), in a
 * browser profile on disk: an in-memory profile would say nothing about durability.
 */
export async function ratingLatency() {
  const profile = mkdtempSync(join(tmpdir(), 'foothold-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: resolveChromium(),
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    serviceWorkers: 'block',
  });
  const foreign = [];
  try {
    await context.addInitScript({ path: probeScript });
    const page = await context.newPage();
    watchForeign(page, foreign);
    await page.goto(`${base}/#/session/calm/1`);
    await startSession(page);
    await waitForFrames(page, 10);
    const times = await page.evaluate(async (count) => {
      const store = window.__footholdProbe?.session;
      if (!store) throw new Error('The session page did not expose its store');
      const result = [];
      for (let i = 0; i < count; i++) {
        const before = store.getState().save.committed;
        const committed = new Promise((resolve) => {
          const stop = store.subscribe((s) => {
            if (s.save.committed > before) {
              stop();
              resolve(s.lastCommitAt);
            }
          });
        });
        // Both ends on the epoch clock: the commit is stamped where it happens (the log worker).
        const given = performance.timeOrigin + performance.now();
        window.dispatchEvent(
          new KeyboardEvent('keydown', { code: `Digit${i % 10}`, key: String(i % 10) }),
        );
        const at = await committed;
        result.push(at - given);
      }
      return result;
    }, RATINGS);
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { median: at(0.5), p95: at(0.95), foreign };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

const READY_LOADS = 3;

/**
 * The review with a log of daily sessions (730: two years, 22,000 ratings; 3,650: ten years),
 * imported through the page as a person would: how long a fresh visit takes to be ready (the
 * count of sessions, the newest row and the four progress charts drawn; the median of three
 * loads), and how long the CSV export takes to reach the download.
 */
export async function review(browser, sessions = 730) {
  const folder = mkdtempSync(join(tmpdir(), 'foothold-bench-review-'));
  const log = seedLog({ sessions });
  // One file, as the person's own export would be: the import takes ten years at once.
  const file = join(folder, 'log.json');
  writeFileSync(file, JSON.stringify(log));
  const files = [{ file, count: sessions }];
  const context = await browser.newContext({
    viewport: VIEWPORT,
    acceptDownloads: true,
    serviceWorkers: 'block',
  });
  const foreign = [];
  try {
    await context.addInitScript({ path: probeScript });
    const page = await context.newPage();
    watchForeign(page, foreign);
    await page.goto(`${base}/#/review`);
    await page.locator('.review[data-ready="true"]').waitFor();
    for (const { file, count } of files) {
      await page.getByLabel('Choose a Foothold export to import').setInputFiles(file);
      await page
        .getByRole('status')
        .getByText(`Imported ${count.toLocaleString('en')} sessions.`, { exact: true })
        .waitFor({ timeout: 900_000 });
    }
    // A fresh load of the page, document and all, as a person opens it; the median of a few, as
    // one load on a busy machine says more of the machine than of the page.
    const loads = [];
    for (let i = 0; i < READY_LOADS; i++) {
      await page.goto('about:blank');
      const started = Date.now();
      await page.goto(`${base}/#/review`);
      // The page writes its counts as English does: 3,650.
      await page.getByText(`${sessions.toLocaleString('en')} sessions, newest first.`).waitFor();
      await page.locator('table.sessions tbody tr[aria-rowindex="2"]').waitFor();
      await page.locator('.progress .chart > [role="img"]').nth(3).waitFor();
      loads.push(Date.now() - started);
    }
    const ready = [...loads].sort((a, b) => a - b)[Math.floor(READY_LOADS / 2)];
    const downloading = page.waitForEvent('download');
    const exportStarted = Date.now();
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await (await downloading).path();
    return { ready, csv: Date.now() - exportStarted, foreign };
  } finally {
    await context.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
