// A scene on a desktop screen (1280×720): what running it downloads, its draw calls and triangles
// at every level, and at the heaviest level (10) its React commits and script time per frame.
import { startSession, waitForFrames } from '../tools/session.mjs';
import { gzipSize, LEVELS, levelUpTo, loadFresh, scriptBytes } from './browser.mjs';
import { mostInWindow } from './budgets.mjs';

/** The budget's window: React commits in any 10 s of steady exposure, with no input. */
export const STEADY_SECONDS = 10;
/** Watched for a whole cycle of the session's 30 s measures log, so the worst window is seen. */
const WATCHED_SECONDS = 31;

/** The renderer's figures for the last frame drawn. */
export const lastFrame = (page) =>
  page.evaluate(() => {
    const renderer = window.__footholdProbe?.renderer;
    if (!renderer) throw new Error('The session view did not expose its renderer');
    return { calls: renderer.info.render.calls, triangles: renderer.info.render.triangles };
  });

/**
 * @param {import('playwright').Browser} browser
 * @param {string} id  the scene
 * @param {Set<string>} homeUrls  the scripts the home page already loaded
 */
export async function desktopScene(browser, id, homeUrls) {
  // Everything needed to run the scene, from an empty cache, straight to its address.
  const run = await loadFresh(browser, `#/session/${id}/1`, async (page) => {
    await startSession(page);
    await waitForFrames(page, 10);
  });
  const { page } = run;
  const download = {
    all: run.responses.reduce((sum, r) => sum + gzipSize(r.body), 0),
    beyondHome: scriptBytes(run.responses, (r) => !homeUrls.has(r.url)),
    // The scene's own chunk: its component module is named <Name>Scene (e.g. HeightsScene.tsx).
    own: scriptBytes(run.responses, (r) => /\/[A-Za-z]+Scene-[\w-]+\.js$/.test(r.url)),
  };

  const levels = [];
  for (let level = 1; level <= LEVELS; level++) {
    if (level > 1) await levelUpTo(page, level);
    // Uniforms and instanced buffers settle within a few frames of a change.
    await waitForFrames(page, 15);
    levels.push({ level, ...(await lastFrame(page)) });
  }

  // The people alone at the top level (a hundred with faces in the audience): everything else
  // hidden for a few frames, so the renderer counts only what drawing them costs.
  const people = await peopleAlone(page);

  // Steady exposure at the top level: nothing pressed, only the scene and the clock running.
  await waitForFrames(page, 5);
  await page.evaluate(() => {
    const probe = window.__footholdProbe;
    if (!probe?.commitTimes) throw new Error('The React commit counter is not installed');
    probe.commitTimes = [];
  });
  await page.waitForTimeout(WATCHED_SECONDS * 1000);
  const times = await page.evaluate(() => window.__footholdProbe?.commitTimes ?? []);
  const commits = mostInWindow(times, STEADY_SECONDS * 1000);

  // Script time per frame spent in the scene's useFrame work.
  await page.evaluate(() => {
    if (window.__footholdProbe) window.__footholdProbe.frameWorkMs = [];
  });
  await waitForFrames(page, 90);
  const work = await page.evaluate(() =>
    [...(window.__footholdProbe?.frameWorkMs ?? [])].sort((a, b) => a - b),
  );
  const scriptMs = work[Math.floor(work.length / 2)] ?? Number.NaN;

  // The rest place itself has nothing to fade to.
  const stopMs = id === 'calm' ? null : await stopToCalm(page);
  await run.context.close();
  return { download, levels, people, commits, scriptMs, stopMs, foreign: run.foreign };
}

/** The people module's draw calls and triangles, with the rest of the scene hidden; null if none. */
async function peopleAlone(page) {
  const count = await page.evaluate(() => {
    const scene = window.__footholdProbe?.scene;
    const people = scene?.getObjectByName('people');
    if (!scene || !people) return null;
    const hidden = [];
    scene.traverse((o) => {
      if (!o.isMesh && !o.isLine && !o.isPoints && !o.isSprite) return;
      let inPeople = false;
      for (let p = o; p; p = p.parent) if (p === people) inPeople = true;
      if (!inPeople && o.visible) {
        o.visible = false;
        hidden.push(o);
      }
    });
    window.__footholdHidden = hidden;
    return people.userData.people;
  });
  if (count === null) return null;
  await waitForFrames(page, 3);
  const figures = await lastFrame(page);
  await page.evaluate(() => {
    for (const o of window.__footholdHidden ?? []) o.visible = true;
    window.__footholdHidden = undefined;
  });
  await waitForFrames(page, 3);
  return { count, ...figures };
}

/**
 * Escape pressed at level 10 → the calm scene drawn behind the after-questions: measured in the
 * page, from the key event to the first frame drawn once the stage shows the calm scene.
 */
function stopToCalm(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const probe = window.__footholdProbe;
        const stage = document.querySelector('.session');
        if (!probe || !stage) return reject(new Error('No session stage to stop'));
        const given = performance.now();
        const drawn = () => {
          const frames = probe.frames;
          const next = () =>
            probe.frames > frames
              ? resolve(performance.now() - given)
              : requestAnimationFrame(next);
          next();
        };
        const watch = new MutationObserver(() => {
          if (stage.getAttribute('data-scene') !== 'calm') return;
          watch.disconnect();
          drawn();
        });
        watch.observe(stage, { attributes: true, attributeFilter: ['data-scene'] });
        window.dispatchEvent(new KeyboardEvent('keydown', { code: 'Escape', key: 'Escape' }));
      }),
  );
}
