// `npm run bench -- --gpu`: each scene's frame time at every level, on the desktop and per XR
// frame in the emulated headset, drawn by the machine's own GPU. Software rendering (SwiftShader,
// llvmpipe) makes frame time a measure of the CPU, so on a machine without a GPU this says so
// and measures nothing. See docs/PERFORMANCE.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium.mjs';
import { buildIwer } from '../tools/iwer.mjs';
import { startSession, waitForFrames } from '../tools/session.mjs';
import { LEVELS, levelUpTo, loadFresh, PORT, root } from './browser.mjs';
import {
  formatTable,
  frameStats,
  frameTimesTable,
  GPU_MARKERS,
  isHardwareRenderer,
  judge,
  maxOverLevels,
  QUEST_FRAME_MS,
  replaceSection,
} from './budgets.mjs';
import { eachXrLevel } from './headset.mjs';
import { home } from './routes.mjs';

/** ANGLE's backend per platform; `--angle=gl|vulkan|metal|d3d11` chooses another. */
const DEFAULT_ANGLE = { linux: 'gl', darwin: 'metal', win32: 'd3d11' };

/**
 * Chromium on the hardware GPU, headless: the GPU process even where Chromium would rather
 * not (`--ignore-gpu-blocklist`), through ANGLE on the platform's API, and frames not held to
 * the display's refresh, so the time between frames is the time a frame takes.
 */
export function gpuArgs(angle) {
  return [
    '--enable-gpu',
    '--ignore-gpu-blocklist',
    `--use-angle=${angle}`,
    ...(angle === 'vulkan' ? ['--enable-features=Vulkan'] : []),
    '--enable-gpu-rasterization',
    '--disable-gpu-vsync',
    '--disable-frame-rate-limit',
  ];
}

/** Frames measured at each level, after the level's own settle. */
const FRAMES = 120;

/** WebGL's unmasked renderer in a blank page, or null without WebGL. */
async function webglRenderer(browser) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      if (!gl) return null;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

/** The time between `n` successive frames of `source` ('window' or the XR session), in ms. */
const frameTimes = (page, source, n) =>
  page.evaluate(
    async ([from, count]) => {
      const session = window.__footholdProbe?.xrStore?.getState().session;
      if (from === 'xr' && !session) throw new Error('No headset session to measure');
      const request = (f) =>
        from === 'xr' ? session.requestAnimationFrame(f) : requestAnimationFrame(f);
      return new Promise((resolve) => {
        const times = [];
        let last;
        const onFrame = (now) => {
          if (last !== undefined) times.push(now - last);
          last = now;
          if (times.length < count) request(onFrame);
          else resolve(times);
        };
        request(onFrame);
      });
    },
    [source, n],
  );

async function desktopFrameTimes(browser, id) {
  const run = await loadFresh(browser, `#/session/${id}/1`, async (page) => {
    await startSession(page);
    await waitForFrames(page, 10);
  });
  const levels = [];
  for (let level = 1; level <= LEVELS; level++) {
    if (level > 1) await levelUpTo(run.page, level);
    await waitForFrames(run.page, 30);
    levels.push(frameStats(await frameTimes(run.page, 'window', FRAMES)));
  }
  await run.context.close();
  return { levels, foreign: run.foreign };
}

/** Per XR frame in the emulated headset: each frame draws both eyes. */
const xrFrameTimes = (browser, iwerScript, id) =>
  eachXrLevel(browser, iwerScript, id, async (page) => {
    await waitForFrames(page, 30);
    return frameStats(await frameTimes(page, 'xr', FRAMES));
  });

/** @param {string[]} argv  the bench's arguments */
export async function gpuBench(argv) {
  const angleArg = argv.find((a) => a.startsWith('--angle='));
  const angle = angleArg
    ? angleArg.slice('--angle='.length)
    : (DEFAULT_ANGLE[process.platform] ?? 'gl');
  const scenesArg = argv.find((a) => a.startsWith('--scenes='));
  const onlyScenes = scenesArg ? scenesArg.slice('--scenes='.length).split(',') : null;
  const args = [...CHROMIUM_ARGS, ...gpuArgs(angle)];
  const browser = await chromium.launch({ executablePath: resolveChromium(), args });
  let server;
  try {
    const renderer = await webglRenderer(browser);
    if (!isHardwareRenderer(renderer)) {
      console.log(
        `No hardware GPU: with ${args.slice(CHROMIUM_ARGS.length).join(' ')}, WebGL draws with ` +
          `${renderer ? `"${renderer}"` : 'nothing (no WebGL)'}, in software. Frame times are ` +
          'measured only on a GPU; nothing was measured.',
      );
      return;
    }
    console.log(`GPU: ${renderer} (ANGLE ${angle}). Building the app…`);
    await build({ root, logLevel: 'warn' });
    const iwerScript = await buildIwer(join(root, 'tests', '.results', 'bench-harness'));
    server = await preview({ root, preview: { port: PORT, strictPort: true }, logLevel: 'warn' });

    const front = await home(browser);
    const foreign = [...front.foreign];
    const rows = [];
    const sections = [];
    for (const id of front.scenes.filter((s) => !onlyScenes || onlyScenes.includes(s))) {
      const desktop = await desktopFrameTimes(browser, id);
      const xr = await xrFrameTimes(browser, iwerScript, id);
      foreign.push(...desktop.foreign, ...xr.foreign);
      const levels = desktop.levels.map((d, i) => ({ level: i + 1, desktop: d, xr: xr.levels[i] }));
      const worstXr = maxOverLevels(levels.map((l) => ({ level: l.level, value: l.xr.p95 })));
      const worstDesktop = maxOverLevels(
        levels.map((l) => ({ level: l.level, value: l.desktop.p95 })),
      );
      rows.push(
        judge(
          `${id}: desktop frame time, 95th percentile, most of any level (level ${worstDesktop.level})`,
          worstDesktop.value,
          'ms',
          null,
        ),
        judge(
          `${id}: XR frame time, 95th percentile, most of any level (level ${worstXr.level})`,
          worstXr.value,
          'ms',
          QUEST_FRAME_MS,
        ),
      );
      sections.push(`### ${id}\n\n${frameTimesTable(levels)}`);
      console.log(`  ${id} measured`);
    }
    rows.push(judge('Requests to other origins', foreign.length, '', 0));
    const table = formatTable(rows);
    console.log(`\n${table}`);
    const date = new Date().toISOString().slice(0, 10);
    const body = [
      `Measured ${date} by \`npm run bench -- --gpu\` on ${renderer} (ANGLE ${angle}, Chromium ${browser.version()}).`,
      table,
      ...sections,
    ].join('\n\n');
    const docPath = join(root, 'docs', 'PERFORMANCE.md');
    writeFileSync(docPath, replaceSection(readFileSync(docPath, 'utf8'), body, GPU_MARKERS));
    console.log('\nWritten to docs/PERFORMANCE.md');
    const over = rows.filter((r) => r.pass === false);
    if (over.length > 0) {
      console.error(
        `\n${over.length} figure(s) over budget: ${over.map((r) => r.name).join('; ')}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    if (server) await new Promise((resolve) => server.httpServer.close(resolve));
  }
}
