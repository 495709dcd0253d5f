// `npm run bench`: measures the budgets of the design that exist so far against the built app in
// headless Chromium, prints one table, writes it to docs/PERFORMANCE.md, and fails when a figure
// is over its budget.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium.mjs';
import { buildIwer } from '../tools/iwer.mjs';
import { seedLog } from '../tools/seed-log.mjs';
import { startSession, waitForFrames } from '../tools/session.mjs';
import { formatTable, judge } from './budgets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const probeScript = join(root, 'tests', 'e2e', 'harness', 'probe.js');
// Its own folder: the end-to-end tests' copy may be in use while the bench runs.
const iwerDir = join(root, 'tests', '.results', 'bench-harness');
const PORT = 4180;
const base = `http://localhost:${PORT}`;
const LEVELS = 10;

const gzipSize = (buffer) => gzipSync(buffer).length;

/**
 * Loads a page in a fresh browser context (empty cache) and records every response body.
 * `scripts` run before the app loads, after the probe (IWER for an emulated headset).
 */
async function loadFresh(browser, hash, ready, scripts = []) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  for (const path of [probeScript, ...scripts]) await context.addInitScript({ path });
  const page = await context.newPage();
  const responses = [];
  const foreign = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== base)
      foreign.push(url);
  });
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

/** Waits until a named in-headset panel element is laid out (sized once the font has loaded). */
const laidOut = (page, name) =>
  page.waitForFunction(
    (n) => Boolean(window.__footholdProbe?.scene?.getObjectByName(n)?.size?.value),
    name,
    { polling: 100, timeout: 60_000 },
  );

/** Waits until no request has been open for half a second (networkidle fires once per load). */
async function settled(open) {
  for (let quietSince = Date.now(); Date.now() - quietSince < 500; ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (open.size > 0) quietSince = Date.now();
  }
}

/** The median of the renderer's draw calls, read in `count` XR frames after each is drawn. */
function xrDrawCalls(page, count) {
  return page.evaluate(async (n) => {
    const probe = window.__footholdProbe;
    const session = probe?.xrStore?.getState().session;
    if (!probe?.renderer || !session) throw new Error('No headset session to measure');
    const info = probe.renderer.info.render;
    // A frame's callbacks run in the order asked for, and the renderer asks for its next frame
    // before this does: each reading is of the frame just drawn (both eyes, one render call).
    const calls = await new Promise((resolve) => {
      const seen = [];
      const onFrame = () => {
        seen.push(info.calls);
        if (seen.length < n) session.requestAnimationFrame(onFrame);
        else resolve(seen);
      };
      session.requestAnimationFrame(onFrame);
    });
    return calls.sort((a, b) => a - b)[Math.floor(n / 2)];
  }, count);
}

/**
 * A session page in an emulated Quest 3 (IWER, as in the end-to-end tests): what entering VR
 * downloads, and the draw calls the in-headset panels add with the rating panel open.
 */
async function headset(browser, iwerScript) {
  const run = await loadFresh(
    browser,
    '#/session/audience/7',
    async (page) => {
      await startSession(page);
      await waitForFrames(page, 10);
    },
    [iwerScript],
  );
  const { page } = run;
  const requested = new Set();
  const open = new Set();
  page.on('request', (request) => {
    requested.add(request);
    open.add(request);
  });
  page.on('requestfinished', (request) => open.delete(request));
  page.on('requestfailed', (request) => open.delete(request));
  await page.getByRole('button', { name: 'Enter VR' }).click();
  // The session is already running, so the panels show the exposure controls.
  await laidOut(page, 'open-rating');
  await settled(open);
  const weigh = (keep) =>
    run.responses
      .filter((r) => requested.has(r.request) && r.url.startsWith(base) && keep(r))
      .reduce((sum, r) => sum + gzipSize(r.body), 0);
  const download = {
    all: weigh(() => true),
    js: weigh((r) => r.type === 'script'),
    font: weigh((r) => r.url.includes('/fonts/')),
    models: weigh((r) => r.url.includes('/xr-profiles/')),
  };
  // A part weighing nothing means it was never fetched, and the total would flatter.
  if (!download.js || !download.font || !download.models)
    throw new Error(`Entering VR did not download all its parts: ${JSON.stringify(download)}`);

  // Everything open: the rating panel, as the A button opens it.
  const aButton = (value) =>
    page.evaluate((v) => window.__iwer.controllers.right?.updateButtonValue('a-button', v), value);
  await aButton(1);
  await waitForFrames(page, 2);
  await aButton(0);
  await laidOut(page, 'rating-confirm');
  await waitForFrames(page, 10);
  const shown = await xrDrawCalls(page, 31);
  await page.evaluate(() => {
    const panels = window.__footholdProbe?.scene?.getObjectByName('xr-panels');
    if (!panels) throw new Error('No in-headset panels in the scene');
    panels.visible = false;
  });
  const hidden = await xrDrawCalls(page, 31);
  await run.context.close();
  return { download, perEye: (shown - hidden) / 2, foreign: run.foreign };
}

const RATINGS = 40;

/**
 * Time from a rating key press to its transaction being committed (strict durability), in a
 * browser profile on disk: an in-memory profile would say nothing about durability.
 */
/**
 * The review with two years of sessions (730, 22,000 ratings), imported through the page as a
 * person would: how long a fresh visit takes to show the list and the progress charts, and how
 * long the CSV export takes to reach the download.
 */
async function review(browser) {
  const folder = mkdtempSync(join(tmpdir(), 'foothold-bench-review-'));
  const file = join(folder, 'two-years.json');
  writeFileSync(file, JSON.stringify(seedLog()));
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    acceptDownloads: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/#/review`);
    await page.locator('.review[data-ready="true"]').waitFor();
    await page.getByLabel('Choose a Foothold export to import').setInputFiles(file);
    await page.getByText('Imported 730 sessions.').waitFor({ timeout: 120_000 });
    // A fresh load of the page, document and all, as a person opens it.
    await page.goto('about:blank');
    const started = Date.now();
    await page.goto(`${base}/#/review`);
    await page.locator('table.sessions tbody tr').nth(729).waitFor();
    await page.locator('.progress .chart > [role="img"]').nth(3).waitFor();
    const ready = Date.now() - started;
    const downloading = page.waitForEvent('download');
    const exportStarted = Date.now();
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await (await downloading).path();
    return { ready, csv: Date.now() - exportStarted };
  } finally {
    await context.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function ratingLatency() {
  const profile = mkdtempSync(join(tmpdir(), 'foothold-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: resolveChromium(),
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 720 },
  });
  const foreign = [];
  try {
    await context.addInitScript({ path: probeScript });
    const page = await context.newPage();
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== base)
        foreign.push(url);
    });
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

async function main() {
  console.log('Building the app…');
  await build({ root, logLevel: 'warn' });
  const iwerScript = await buildIwer(iwerDir);
  const server = await preview({
    root,
    preview: { port: PORT, strictPort: true },
    logLevel: 'warn',
  });
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  const rows = [];
  const foreign = [];
  try {
    // Home page: the JavaScript a person downloads before choosing anything.
    const home = await loadFresh(browser, '#/', (page) =>
      page.getByRole('heading', { name: 'Practice' }).waitFor(),
    );
    const homeScripts = home.responses.filter((r) => r.type === 'script');
    const homeJs = homeScripts.reduce((sum, r) => sum + gzipSize(r.body), 0);
    rows.push(judge('Home page JS (gzip)', homeJs / 1024, 'KB', 160));
    const homeUrls = new Set(homeScripts.map((r) => r.url));
    foreign.push(...home.foreign);
    // The scenes are whatever the home page offers, so a new scene is measured without edits here.
    const hrefs = await home.page
      .locator('a[href*="#/session/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const scenes = [
      ...new Set(
        hrefs.map((href) => /#\/session\/([^/]+)\//.exec(href ?? '')?.[1]).filter(Boolean),
      ),
    ].map((id) => ({ id }));
    if (scenes.length === 0) throw new Error('The home page offers no scenes to measure');
    await home.context.close();

    for (const scene of scenes) {
      // Everything needed to run the scene, from an empty cache, straight to its address.
      const run = await loadFresh(browser, `#/session/${scene.id}/1`, async (page) => {
        await startSession(page);
        await waitForFrames(page, 10);
      });
      const all = run.responses.reduce((sum, r) => sum + gzipSize(r.body), 0);
      const sceneChunks = run.responses
        .filter((r) => r.type === 'script' && !homeUrls.has(r.url))
        .reduce((sum, r) => sum + gzipSize(r.body), 0);
      rows.push(
        judge(
          `${scene.id}: scene and 3D view JS beyond home (gzip)`,
          sceneChunks / 1024,
          'KB',
          null,
        ),
      );
      // The scene's own chunk: its component module is named <Name>Scene (e.g. HeightsScene.tsx).
      const own = run.responses
        .filter((r) => r.type === 'script' && /\/[A-Za-z]+Scene-[\w-]+\.js$/.test(r.url))
        .reduce((sum, r) => sum + gzipSize(r.body), 0);
      rows.push(judge(`${scene.id}: the scene's own chunk (gzip)`, own / 1024, 'KB', null));
      rows.push(
        judge(`${scene.id}: everything downloaded to run it (gzip)`, all / 1024, 'KB', 750),
      );

      for (let level = 1; level <= LEVELS; level++) {
        if (level > 1) await run.page.getByRole('button', { name: 'One level up' }).click();
        await run.page.getByRole('heading', { name: new RegExp(`level ${level}\\b`) }).waitFor();
        await waitForFrames(run.page, 15);
        const info = await run.page.evaluate(() => {
          const renderer = window.__footholdProbe?.renderer;
          if (!renderer) throw new Error('The session view did not expose its renderer');
          return { calls: renderer.info.render.calls, triangles: renderer.info.render.triangles };
        });
        rows.push(judge(`${scene.id} level ${level}: draw calls`, info.calls, '', 100));
        rows.push(judge(`${scene.id} level ${level}: triangles`, info.triangles, '', 250_000));
      }
      // At the heaviest level: script time per frame spent in the scene's useFrame work.
      await run.page.evaluate(() => {
        if (window.__footholdProbe) window.__footholdProbe.frameWorkMs = [];
      });
      await waitForFrames(run.page, 90);
      const work = await run.page.evaluate(() =>
        [...(window.__footholdProbe?.frameWorkMs ?? [])].sort((a, b) => a - b),
      );
      const median = work[Math.floor(work.length / 2)] ?? Number.NaN;
      rows.push(
        judge(
          `${scene.id} level ${LEVELS}: script time per frame in useFrame, median`,
          median,
          'ms',
          null,
        ),
      );
      foreign.push(...run.foreign);
      await run.context.close();
    }
    const vr = await headset(browser, iwerScript);
    rows.push(
      judge(
        'Entering VR: downloaded (panels, font, controller models), gzip',
        vr.download.all / 1024,
        'KB',
        600,
      ),
    );
    rows.push(judge("Entering VR: the panels' JS (gzip)", vr.download.js / 1024, 'KB', null));
    rows.push(judge("Entering VR: the panels' font (gzip)", vr.download.font / 1024, 'KB', null));
    rows.push(
      judge(
        'Entering VR: controller models and profiles (gzip)',
        vr.download.models / 1024,
        'KB',
        null,
      ),
    );
    rows.push(
      judge(
        'Draw calls added by the in-headset panels, per eye, everything open',
        vr.perEye,
        '',
        10,
      ),
    );
    foreign.push(...vr.foreign);
    const latency = await ratingLatency();
    rows.push(
      judge(
        'Rating given → committed to IndexedDB, median (on-disk profile)',
        latency.median,
        'ms',
        50,
      ),
    );
    rows.push(
      judge('Rating given → committed to IndexedDB, 95th percentile', latency.p95, 'ms', null),
    );
    foreign.push(...latency.foreign);
    const logs = await review(browser);
    rows.push(judge('Review with 730 sessions / 22,000 ratings: ready', logs.ready, 'ms', 2000));
    rows.push(
      judge('Review with 730 sessions: CSV export of 22,000 ratings', logs.csv, 'ms', 2000),
    );
    rows.push(judge('Requests to other origins', foreign.length, '', 0));
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }

  const table = formatTable(rows);
  console.log(`\n${table}`);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const machine = `${cpu} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, no GPU (Chromium ${browser.version()}, SwiftShader WebGL)`;
  const date = new Date().toISOString().slice(0, 10);
  const docPath = join(root, 'docs', 'PERFORMANCE.md');
  mkdirSync(dirname(docPath), { recursive: true });
  const doc = readFileSync(docPath, 'utf8');
  const start = doc.indexOf('<!-- bench:start -->');
  const end = doc.indexOf('<!-- bench:end -->');
  if (start < 0 || end < 0) throw new Error('docs/PERFORMANCE.md lacks the bench markers');
  const section = `<!-- bench:start -->\nMeasured ${date} by \`npm run bench\` on ${machine}.\n\n${table}\n<!-- bench:end -->`;
  writeFileSync(
    docPath,
    doc.slice(0, start) + section + doc.slice(end + '<!-- bench:end -->'.length),
  );
  console.log(`\nWritten to docs/PERFORMANCE.md`);

  const over = rows.filter((r) => r.pass === false);
  if (over.length > 0) {
    console.error(`\n${over.length} figure(s) over budget: ${over.map((r) => r.name).join('; ')}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
