// Ten minutes at a scene's heaviest level, time-scaled: the page runs on a fake clock that the
// bench moves on in steps, one frame drawn per step, so every timeline of the scene (animation,
// audience, cars, wind) and of the session (prompts every 2 min, measures every 30 s, the clock)
// lives through ten minutes in a few hundred frames. The JS heap after a forced GC, and the geometries and
// textures the renderer holds, are compared at the start (after a warm-up) and at the end.
import { startSession } from '../tools/session.mjs';
import { LEVELS, loadFresh } from './browser.mjs';

export const SIMULATED_MINUTES = 10;
/**
 * Long enough for what a scene draws first a while in (the audience's question card, raised
 * 60-100 s in) to be on the GPU before the start figures: a first upload is not a leak.
 */
const WARM_UP_SECONDS = 120;
/** Simulated time per frame drawn: software rendering makes every frame dear. */
const STEP_MS = 2000;
/** Small, as pixels cost time and hold no memory of the scene's own. */
const VIEWPORT = { width: 640, height: 360 };
/** A rating just after each prompt opens (every 2 min by default), as a person would answer. */
const RATE_EVERY_S = 120;

/** The JS heap in use after a full garbage collection, and the renderer's resident objects. */
export async function snapshot(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const memory = await page.evaluate(() => {
    const info = window.__footholdProbe?.renderer?.info.memory;
    if (!info) throw new Error('The session view did not expose its renderer');
    return { geometries: info.geometries, textures: info.textures };
  });
  return { heap: usedSize, ...memory };
}

/** Any fixed time: the page's clock starts there, paused, and every step is relative to it. */
const CLOCK_START = Date.UTC(2026, 0, 5, 18, 0);

/** Small steps while the page loads: its timers (lazy routes, fades) fire as in real time. */
const LOAD_STEP_MS = 50;

/** Moves the paused clock on in `stepMs` steps until `done()` holds. */
async function stepUntil(page, what, done, stepMs) {
  // Bounded in steps, not in time: a slow machine takes longer per step, never more steps.
  for (let steps = 0; !(await done()); steps++) {
    if (steps > 2000) throw new Error(`Not ${what} after ${steps} clock steps`);
    await page.clock.fastForward(stepMs);
  }
}

/** Moves the paused clock on a step at a time until the 3D view has drawn `count` frames. */
async function stepFrames(page, count) {
  const drawn = () => page.evaluate(() => window.__footholdProbe?.frames ?? 0);
  const start = await drawn();
  await stepUntil(
    page,
    `${count} frames drawn`,
    async () => (await drawn()) - start >= count,
    STEP_MS,
  );
}

/** Moves the page's clock on by `seconds`, a frame at a time, rating after each prompt. */
async function live(page, seconds, startAt) {
  const frames = await page.evaluate(() => window.__footholdProbe?.frames ?? 0);
  const steps = Math.round((seconds * 1000) / STEP_MS);
  for (let i = 1; i <= steps; i++) {
    await page.clock.fastForward(STEP_MS);
    const at = startAt + (i * STEP_MS) / 1000;
    if (at % RATE_EVERY_S === 5) await page.keyboard.press(String(((at / RATE_EVERY_S) % 10) | 0));
  }
  const drawn = (await page.evaluate(() => window.__footholdProbe?.frames ?? 0)) - frames;
  // Each step must draw a frame, or the scene's time did not run.
  if (drawn < steps) throw new Error(`Only ${drawn} of ${steps} simulated frames were drawn`);
}

/** @returns {Promise<{ start: object, end: object, foreign: string[] }>} */
export async function memoryCheck(browser, id) {
  const run = await loadFresh(
    browser,
    `#/session/${id}/${LEVELS}`,
    async (page) => {
      const form = page.getByRole('button', { name: 'Start the session' });
      await stepUntil(page, 'showing the before-questions', () => form.isVisible(), LOAD_STEP_MS);
      await startSession(page);
      await stepFrames(page, 10);
    },
    // The page's time moves only when the bench moves it, from its first script on: every step
    // is relative, so none can land in the clock's past however slow the machine.
    { pausedClockAt: CLOCK_START, viewport: VIEWPORT },
  );
  const { page } = run;
  const cdp = await run.context.newCDPSession(page);
  try {
    await live(page, WARM_UP_SECONDS, 0);
    const start = await snapshot(page, cdp);
    await live(page, SIMULATED_MINUTES * 60, WARM_UP_SECONDS);
    const end = await snapshot(page, cdp);
    return { start, end, foreign: run.foreign };
  } finally {
    await cdp.detach();
    await run.context.close();
  }
}
