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
import { startSession, waitForFrames } from '../tools/session.mjs';
import { formatTable, judge } from './budgets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const probeScript = join(root, 'tests', 'e2e', 'harness', 'probe.js');
const PORT = 4180;
const base = `http://localhost:${PORT}`;
const LEVELS = 10;

const gzipSize = (buffer) => gzipSync(buffer).length;

/** Loads a page in a fresh browser context (empty cache) and records every response body. */
async function loadFresh(browser, hash, ready) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript({ path: probeScript });
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
      responses.push({ url: response.url(), type: response.request().resourceType(), body });
    } catch {
      // Redirects and aborted loads have no body to weigh.
    }
  });
  await page.goto(`${base}/${hash}`);
  await ready(page);
  await page.waitForLoadState('networkidle');
  return { context, page, responses, foreign };
}

const RATINGS = 40;

/**
 * Time from a rating key press to its transaction being committed (strict durability), in a
 * browser profile on disk: an in-memory profile would say nothing about durability.
 */
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
