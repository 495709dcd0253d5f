// How much of a 1280×720 desktop view is the scene during a steady exposure with no prompt open:
// each scene at levels 1, 5 and 10, as the session starts (the pacer hidden) and with the
// breathing pacer shown. What counts as drawn over the scene is tests/tools/view.mjs's.
import { startSession, waitForFrames } from '../tools/session.mjs';
import { viewCover } from '../tools/view.mjs';
import { levelUpTo, loadFresh } from './browser.mjs';
import { sceneShare } from './budgets.mjs';

export const VIEW_LEVELS = [1, 5, 10];
/** The design's budget: at least this share (%) of the view is the scene. */
export const VIEW_BUDGET = 85;

/** Steady: no prompt or rest asked for, the rating dock folded, no fade, a few frames drawn. */
async function steady(page) {
  const asked = await page.evaluate(() => {
    const store = window.__footholdProbe?.session;
    if (!store) throw new Error('The session page did not expose its store');
    return store.getState().promptOpen;
  });
  // A slow machine may reach the first prompt (2 min): it is skipped, as it is not the steady view.
  if (asked) await page.getByRole('button', { name: 'Skip this one' }).click();
  await page
    .getByRole('button', { name: /^Rate distress/, expanded: false })
    .waitFor({ state: 'visible' });
  await page.waitForFunction(() => !document.querySelector('.fade.dark'));
  await waitForFrames(page, 10);
}

async function share(page) {
  const view = await page.evaluate(viewCover);
  return { share: sceneShare(view), cover: view.cover };
}

/**
 * @param {import('playwright').Browser} browser
 * @param {string} id  the scene
 */
export async function viewShares(browser, id) {
  const run = await loadFresh(browser, `#/session/${id}/1`, async (page) => {
    await startSession(page);
    await waitForFrames(page, 10);
  });
  const { page } = run;
  const pacer = page.getByRole('complementary', { name: 'Breathing pacer' });
  const levels = [];
  let level = 1;
  for (const target of VIEW_LEVELS) {
    // The level key: a click would leave the level button focused, ringed, over the scene.
    while (level < target) await levelUpTo(page, ++level, { key: true });
    await steady(page);
    const plain = await share(page);
    await page.keyboard.press('KeyB');
    await pacer.waitFor({ state: 'visible' });
    await steady(page);
    const withPacer = await share(page);
    await page.keyboard.press('KeyB');
    await pacer.waitFor({ state: 'detached' });
    levels.push({ level, plain: plain.share, pacer: withPacer.share, cover: withPacer.cover });
  }
  await run.context.close();
  return { levels, foreign: run.foreign };
}
