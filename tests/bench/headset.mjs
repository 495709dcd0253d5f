// The app in an emulated Meta Quest 3 (IWER, as in the end-to-end tests): what entering VR
// downloads, the draw calls the in-headset panels add, and every scene's figures at every level.
//
// three's WebGLRenderer has no multiview: in XR it renders the scene once per eye (an ArrayCamera
// of two cameras, one renderScene each, WebGLRenderer.render), and renderer.info adds up both.
// So a figure per eye is the frame's figure halved.
import { startSession, waitForFrames } from '../tools/session.mjs';
import { base, gzipSize, LEVELS, levelUpTo, loadFresh, settled } from './browser.mjs';

/** Waits until a named in-headset panel element is laid out (sized once the font has loaded). */
const laidOut = (page, name) =>
  page.waitForFunction(
    (n) => Boolean(window.__footholdProbe?.scene?.getObjectByName(n)?.size?.value),
    name,
    { polling: 100, timeout: 60_000 },
  );

/** The median draw calls and triangles of `count` XR frames, each read just after it is drawn. */
function xrFrames(page, count) {
  return page.evaluate(async (n) => {
    const probe = window.__footholdProbe;
    const session = probe?.xrStore?.getState().session;
    if (!probe?.renderer || !session) throw new Error('No headset session to measure');
    const info = probe.renderer.info.render;
    // A frame's callbacks run in the order asked for, and the renderer asks for its next frame
    // before this does: each reading is of the frame just drawn (both eyes).
    const seen = await new Promise((resolve) => {
      const frames = [];
      const onFrame = () => {
        frames.push({ calls: info.calls, triangles: info.triangles });
        if (frames.length < n) session.requestAnimationFrame(onFrame);
        else resolve(frames);
      };
      session.requestAnimationFrame(onFrame);
    });
    const median = (key) => seen.map((f) => f[key]).sort((a, b) => a - b)[Math.floor(n / 2)];
    return { calls: median('calls'), triangles: median('triangles') };
  }, count);
}

/** Opens a session page in the emulated headset, the session started on the screen. */
async function openInHeadset(browser, iwerScript, hash) {
  const run = await loadFresh(
    browser,
    hash,
    async (page) => {
      await startSession(page);
      await waitForFrames(page, 10);
    },
    { scripts: [iwerScript] },
  );
  return run;
}

/** What entering VR downloads, and the draw calls per eye the panels add with everything open. */
export async function enteringVr(browser, iwerScript) {
  const run = await openInHeadset(browser, iwerScript, '#/session/audience/7');
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
  const shown = await xrFrames(page, 31);
  await page.evaluate(() => {
    const panels = window.__footholdProbe?.scene?.getObjectByName('xr-panels');
    if (!panels) throw new Error('No in-headset panels in the scene');
    panels.visible = false;
  });
  const hidden = await xrFrames(page, 31);
  await run.context.close();
  return { download, panelsPerEye: (shown.calls - hidden.calls) / 2, foreign: run.foreign };
}

/** One level up in the headset, once the fade of the change has cleared. */
async function xrLevelUpTo(page, level) {
  await levelUpTo(page, level, { key: true });
  // In a headset a level change fades through black; the new level shows once it clears.
  await page.waitForTimeout(800);
  await page.waitForFunction(
    () => window.__footholdProbe?.scene?.getObjectByName('xr-veil')?.visible === false,
    undefined,
    { polling: 100, timeout: 60_000 },
  );
}

/**
 * Each level of a scene in the headset, in turn: the session started on the screen, then "Enter
 * VR", each level reached with the level key once the fade of its change has cleared;
 * `measure(page, level)` gives that level's figures.
 */
export async function eachXrLevel(browser, iwerScript, id, measure) {
  const run = await openInHeadset(browser, iwerScript, `#/session/${id}/1`);
  const { page } = run;
  await page.getByRole('button', { name: 'Enter VR' }).click();
  await laidOut(page, 'open-rating');
  const levels = [];
  for (let level = 1; level <= LEVELS; level++) {
    if (level > 1) await xrLevelUpTo(page, level);
    levels.push(await measure(page, level));
  }
  await run.context.close();
  return { levels, foreign: run.foreign };
}

/**
 * A scene at every level in the headset, per eye: all that is drawn (scene, panels with the
 * exposure controls, controllers), after the fade of each level change has cleared.
 */
export function headsetScene(browser, iwerScript, id) {
  return eachXrLevel(browser, iwerScript, id, async (page, level) => {
    // Few frames: each XR frame draws two large eyes in software.
    await waitForFrames(page, 5);
    const frame = await xrFrames(page, 3);
    return { level, calls: frame.calls / 2, triangles: frame.triangles / 2 };
  });
}
