// What every part of the bench shares: the app's address, fresh browser contexts with the probe,
// response sizes and requests to other origins.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const probeScript = join(root, 'tests', 'e2e', 'harness', 'probe.js');
/** Counts React commits for the bench (see the script); added after the probe. */
export const commitsScript = join(root, 'tests', 'bench', 'harness', 'commits.js');
// Another port when 4180 is taken by a second checkout's bench.
export const PORT = Number(process.env.FOOTHOLD_BENCH_PORT ?? 4180);
export const base = `http://localhost:${PORT}`;
export const LEVELS = 10;
export const VIEWPORT = { width: 1280, height: 720 };

export const gzipSize = (buffer) => gzipSync(buffer).length;
export const kb = (bytes) => bytes / 1024;

/** Collects, into `foreign`, every request a page makes to an origin other than the app's. */
export function watchForeign(page, foreign) {
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== base)
      foreign.push(url);
  });
}

/**
 * Loads a page in a fresh browser context (empty cache) and records every response body.
 * `scripts` run before the app loads, after the probe (IWER for an emulated headset).
 * `before(page)` runs before the page is opened; what it loads is not recorded.
 * `pausedClockAt` (epoch ms): the page runs on a fake clock, stopped at that time from its first
 * script, and moves only when the caller moves it (`page.clock.fastForward`).
 */
export async function loadFresh(
  browser,
  hash,
  ready,
  { scripts = [], before, viewport = VIEWPORT, pausedClockAt } = {},
) {
  // The service worker's precache would download every scene and model in the background and
  // blur what a page itself needs; the offline test covers the worker.
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  for (const path of [probeScript, commitsScript, ...scripts])
    await context.addInitScript({ path });
  if (pausedClockAt !== undefined) {
    // Set on the context before any page exists, so both land in the clock's log and a new
    // document starts paused at exactly that time. Paused on a live page, the clock would have
    // run on meanwhile and the time would be in its past ("Cannot fast-forward to the past").
    await context.clock.install({ time: pausedClockAt });
    await context.clock.pauseAt(pausedClockAt);
  }
  const page = await context.newPage();
  const responses = [];
  const foreign = [];
  watchForeign(page, foreign);
  if (before) await before(page);
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      const request = response.request();
      responses.push({ url: response.url(), request, type: request.resourceType(), body });
    } catch {
      // Redirects and aborted loads have no body to weigh.
    }
  });
  await page.goto(`${base}/${hash}`);
  await ready(page);
  await page.waitForLoadState('networkidle');
  return { context, page, responses, foreign };
}

/** The gzip size of the scripts among `responses` that `keep` accepts. */
export const scriptBytes = (responses, keep = () => true) =>
  responses
    .filter((r) => r.type === 'script' && keep(r))
    .reduce((sum, r) => sum + gzipSize(r.body), 0);

/** Waits until no request has been open for half a second (networkidle fires once per load). */
export async function settled(open) {
  for (let quietSince = Date.now(); Date.now() - quietSince < 500; ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (open.size > 0) quietSince = Date.now();
  }
}

/**
 * Goes one level up and waits until the heading says so: with the page's button, or with the
 * level key where the emulated headset's view covers the page.
 */
export async function levelUpTo(page, level, { key = false } = {}) {
  if (key) await page.keyboard.press('Equal');
  else await page.getByRole('button', { name: 'One level up' }).click();
  await page.getByRole('heading', { name: new RegExp(`level ${level}\\b`) }).waitFor();
}
