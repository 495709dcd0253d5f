// `npm run bench`: measures the design's budgets against the built app in headless Chromium,
// prints one table, writes it to docs/PERFORMANCE.md, and fails when a figure is over its budget.
// `npm run bench -- --only=desktop,memory --scenes=calm` runs some parts (or scenes) alone and
// leaves the document as it is. `npm run bench -- --gpu` measures frame times instead (gpu.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium.mjs';
import { buildIwer } from '../tools/iwer.mjs';
import { kb, PORT, root } from './browser.mjs';
import {
  describeMachine,
  formatTable,
  judge,
  levelsTable,
  maxOverLevels,
  replaceSection,
} from './budgets.mjs';
import { desktopScene, STEADY_SECONDS } from './desktop.mjs';
import { gpuBench } from './gpu.mjs';
import { enteringVr, headsetScene } from './headset.mjs';
import { ratingLatency, review } from './logs.mjs';
import { memoryCheck, SIMULATED_MINUTES } from './memory.mjs';
import { placeBench, placeMemory, VIDEO_MINUTES } from './place.mjs';
import { home, routeChunks } from './routes.mjs';
import { VIEW_BUDGET, viewShares } from './view.mjs';

const PARTS = ['routes', 'desktop', 'view', 'xr', 'place', 'vr', 'memory', 'logs'];
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',') : PARTS;
const unknown = only.filter((p) => !PARTS.includes(p));
if (unknown.length > 0) throw new Error(`Unknown bench parts ${unknown}; known: ${PARTS}`);
const runs = (part) => only.includes(part);
const scenesArg = process.argv.find((a) => a.startsWith('--scenes='));
const onlyScenes = scenesArg ? scenesArg.slice('--scenes='.length).split(',') : null;
const partial = onlyArg !== undefined || onlyScenes !== null;

// Its own folder: the end-to-end tests' copy may be in use while the bench runs.
const iwerDir = join(root, 'tests', '.results', 'bench-harness');
const MB = 2 ** 20;

/** The heap's growth and the renderer objects added between a memory check's start and end. */
function memoryRows(what, { start, end }) {
  return [
    judge(`${what}: JS heap growth after GC`, (end.heap - start.heap) / MB, 'MB', 10, {
      below: true,
    }),
    judge(
      `${what}: geometries / textures added (${start.geometries} → ${end.geometries} / ${start.textures} → ${end.textures})`,
      Math.max(end.geometries - start.geometries, end.textures - start.textures),
      '',
      0,
    ),
  ];
}

/** Rows for one figure over a scene's levels: the largest, naming its level, judged. */
function maxRows(id, where, levels, budgets) {
  return Object.entries(budgets).map(([figure, budget]) => {
    const max = maxOverLevels(levels.map((l) => ({ level: l.level, value: l[figure] })));
    const what = figure === 'calls' ? 'draw calls' : 'triangles';
    return judge(
      `${id}: ${where} ${what}, most of any level (level ${max.level})`,
      max.value,
      '',
      budget,
    );
  });
}

async function measure(browser, iwerScript) {
  const rows = [];
  const foreign = [];
  const perLevel = {};
  const started = Date.now();
  const lap = (what) => console.log(`  ${what} (${Math.round((Date.now() - started) / 1000)} s)`);

  const front = await home(browser);
  foreign.push(...front.foreign);
  rows.push(judge('Home page JS (gzip)', kb(front.js), 'KB', 160));
  if (runs('routes')) {
    const chunks = await routeChunks(browser, front.urls);
    foreign.push(...chunks.foreign);
    rows.push(judge('Review page: JS beyond home (gzip)', kb(chunks.review), 'KB', null));
    rows.push(judge('Session record page: JS beyond home (gzip)', kb(chunks.record), 'KB', null));
    rows.push(judge('Settings page: JS beyond home (gzip)', kb(chunks.settings), 'KB', null));
    rows.push(judge('Ladder page: JS beyond home (gzip)', kb(chunks.ladder), 'KB', null));
    lap('routes');
  }

  for (const id of front.scenes.filter((s) => !onlyScenes || onlyScenes.includes(s))) {
    const desktop = runs('desktop') ? await desktopScene(browser, id, front.urls) : null;
    if (desktop) {
      lap(`${id} on the desktop`);
      foreign.push(...desktop.foreign);
      const { download } = desktop;
      rows.push(
        judge(`${id}: session page JS beyond home (gzip)`, kb(download.beyondHome), 'KB', null),
      );
      rows.push(judge(`${id}: the scene's own chunk (gzip)`, kb(download.own), 'KB', null));
      rows.push(
        judge(`${id}: everything downloaded to run it (gzip)`, kb(download.all), 'KB', 750),
      );
      rows.push(...maxRows(id, 'desktop', desktop.levels, { calls: 100, triangles: 250_000 }));
      if (desktop.people) {
        const { count, calls, triangles } = desktop.people;
        rows.push(judge(`${id} level 10: ${count} people with faces, draw calls`, calls, '', 20));
        rows.push(
          judge(`${id} level 10: ${count} people with faces, triangles`, triangles, '', 150_000),
        );
      }
    }
    if (runs('view')) {
      const view = await viewShares(browser, id);
      lap(`${id}: the view`);
      foreign.push(...view.foreign);
      const atLeast = { atLeast: true };
      for (const { level, plain, pacer, cover } of view.levels) {
        rows.push(
          judge(
            `${id} level ${level}: share of the 1280×720 view that is scene, steady, no prompt`,
            plain,
            '%',
            VIEW_BUDGET,
            atLeast,
          ),
        );
        rows.push(
          judge(
            `${id} level ${level}: the same, breathing pacer shown`,
            pacer,
            '%',
            VIEW_BUDGET,
            atLeast,
          ),
        );
        if (Math.min(plain, pacer) < VIEW_BUDGET)
          console.log(`  ${id} level ${level} is covered by`, cover.map((c) => c.what).join(', '));
      }
    }
    const xr = runs('xr') ? await headsetScene(browser, iwerScript, id) : null;
    if (xr) {
      lap(`${id} in the headset`);
      foreign.push(...xr.foreign);
      rows.push(...maxRows(id, 'XR per eye', xr.levels, { calls: 100, triangles: 250_000 }));
    }
    if (desktop) {
      rows.push(
        judge(
          `${id} level 10: React commits, most in any ${STEADY_SECONDS} s, no input`,
          desktop.commits,
          '',
          10,
        ),
      );
      if (desktop.stopMs !== null)
        rows.push(judge(`${id} level 10: Escape → calm scene drawn`, desktop.stopMs, 'ms', 1000));
      rows.push(
        judge(
          `${id} level 10: script time per frame in useFrame, median`,
          desktop.scriptMs,
          'ms',
          null,
        ),
      );
    }
    if (desktop && xr)
      perLevel[id] = desktop.levels.map((d, i) => ({
        level: d.level,
        desktop: d,
        xr: xr.levels[i],
      }));
    if (runs('memory')) {
      const memory = await memoryCheck(browser, id);
      lap(`${id}: ${SIMULATED_MINUTES} simulated minutes`);
      foreign.push(...memory.foreign);
      rows.push(...memoryRows(`${id} level 10, ${SIMULATED_MINUTES} min`, memory));
    }
  }

  // The person's own place has no card on the home page: it is measured from its own files.
  if (runs('place') && (!onlyScenes || onlyScenes.includes('place'))) {
    const place = await placeBench(browser);
    lap('place: a photo and a video of the person');
    console.log(`  scripts loaded opening the photo's step: ${place.photo.scripts.join(', ')}`);
    foreign.push(...place.foreign);
    for (const kind of ['photo', 'video']) {
      const { what, levels, opening, own } = place[kind];
      rows.push(
        ...maxRows(`place, ${what}`, 'desktop', levels, { calls: 100, triangles: 250_000 }),
      );
      if (kind === 'photo') {
        rows.push(
          judge(
            'place: JS loaded opening its step from the ladder (gzip)',
            kb(opening),
            'KB',
            null,
          ),
        );
        rows.push(judge("place: the scene's own chunk (gzip)", kb(own), 'KB', null));
      }
    }
    if (runs('memory')) {
      const memory = await placeMemory(browser);
      lap(`place: ${VIDEO_MINUTES} minutes of a looping video`);
      foreign.push(...memory.foreign);
      rows.push(
        ...memoryRows(
          `place, looping 1280×720 video at level 10, ${VIDEO_MINUTES} min of it`,
          memory,
        ),
      );
    }
  }

  if (runs('vr')) {
    const vr = await enteringVr(browser, iwerScript);
    lap('entering VR');
    foreign.push(...vr.foreign);
    const { download } = vr;
    rows.push(
      judge(
        'Entering VR: downloaded (panels, font, controller models), gzip',
        kb(download.all),
        'KB',
        600,
      ),
    );
    rows.push(judge("Entering VR: the panels' JS (gzip)", kb(download.js), 'KB', null));
    rows.push(judge("Entering VR: the panels' font (gzip)", kb(download.font), 'KB', null));
    rows.push(
      judge('Entering VR: controller models and profiles (gzip)', kb(download.models), 'KB', null),
    );
    rows.push(
      judge(
        'Draw calls added by the in-headset panels, per eye, everything open',
        vr.panelsPerEye,
        '',
        10,
      ),
    );
  }
  if (runs('logs')) {
    const latency = await ratingLatency();
    foreign.push(...latency.foreign);
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
    const twoYears = await review(browser, 730);
    foreign.push(...twoYears.foreign);
    rows.push(
      judge('Review with 730 sessions / 22,000 ratings: ready', twoYears.ready, 'ms', 1000),
    );
    rows.push(
      judge('Review with 730 sessions: CSV export of 22,000 ratings', twoYears.csv, 'ms', 2000),
    );
    const tenYears = await review(browser, 3650);
    foreign.push(...tenYears.foreign);
    rows.push(
      judge('Review with 3,650 sessions / 109,500 ratings: ready', tenYears.ready, 'ms', 1000),
    );
    rows.push(
      judge(
        'Review ready: growth from 730 to 3,650 sessions (×5 the log)',
        tenYears.ready / twoYears.ready,
        '×',
        2,
      ),
    );
    lap('the log');
  }
  rows.push(judge('Requests to other origins', foreign.length, '', 0));
  return { rows, perLevel };
}

async function main() {
  const started = Date.now();
  console.log('Building the app…');
  await build({ root, logLevel: 'warn' });
  const iwerScript = await buildIwer(iwerDir);
  const server = await preview({
    root,
    preview: { port: PORT, strictPort: true },
    logLevel: 'warn',
  });
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  let result;
  try {
    result = await measure(browser, iwerScript);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
  const { rows, perLevel } = result;
  const table = formatTable(rows);
  console.log(`\n${table}`);
  console.log(`\nBench time: ${Math.round((Date.now() - started) / 1000)} s`);

  if (!partial) {
    const machine = describeMachine({
      cpu: cpus()[0]?.model ?? 'unknown CPU',
      cores: cpus().length,
      memoryBytes: totalmem(),
      browser: browser.version(),
    });
    const date = new Date().toISOString().slice(0, 10);
    const levels = Object.entries(perLevel)
      .map(([id, figures]) => `### ${id}\n\n${levelsTable(figures)}`)
      .join('\n\n');
    const body = [
      `Measured ${date} by \`npm run bench\` on ${machine}.`,
      table,
      '## Every level',
      'Draw calls and triangles of the last frame at each level; in XR per eye (the frame halved).',
      levels,
    ].join('\n\n');
    const docPath = join(root, 'docs', 'PERFORMANCE.md');
    writeFileSync(docPath, replaceSection(readFileSync(docPath, 'utf8'), body));
    console.log('\nWritten to docs/PERFORMANCE.md');
  }

  const over = rows.filter((r) => r.pass === false);
  if (over.length > 0) {
    console.error(
      `\n${over.length} figure(s) outside their budget: ${over.map((r) => r.name).join('; ')}`,
    );
    process.exit(1);
  }
}

(process.argv.includes('--gpu') ? gpuBench(process.argv) : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
