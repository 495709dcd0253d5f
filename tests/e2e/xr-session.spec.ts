import type { Page } from '@playwright/test';
import { expect, test, waitForFrames } from './fixtures';
import { readDatabase, startSession } from './session-helpers';
import { aimAt, holdUntil, nudge, panelElement, press, pull, tap } from './xr-helpers';

test.use({ xr: true });

const stored = async (page: Page) => (await readDatabase(page)).events;
/** The last thing the person did: the scene's own measures are logged every 30 s in between. */
const lastAction = async (page: Page) =>
  (await stored(page)).filter((e) => e.type !== 'measures').at(-1);
const types = async (page: Page) => (await stored(page)).map((e) => e.type);

async function enterVr(page: Page) {
  await waitForFrames(page, 3);
  await page.getByRole('button', { name: 'Enter VR' }).click();
  await waitForFrames(page, 5, 'xrFrames');
}

test('a whole session in the headset: questions, ratings, level, pacer and a held-button stop, all on the panels', async ({
  page,
}) => {
  test.setTimeout(360_000);
  await page.goto('/#/session/audience/7');
  await enterVr(page);

  // The before-questions on the panel: the sliders take a point, not typing.
  await press(page, 'before-now-slider', -0.5 + 0.2);
  await press(page, 'before-expected-slider', -0.5 + 0.6);
  await press(page, 'before-start');
  await expect.poll(() => types(page)).toEqual(['started', 'xr-enter']);
  const [started] = await stored(page);
  expect(started).toMatchObject({ before: { sudsNow: 20, sudsExpected: 60 } });

  // A heavy scene asks the headset for 72 or 90 Hz, not its highest rate.
  await expect
    .poll(() => page.evaluate(() => window.__footholdProbe?.xrStore?.getState().session?.frameRate))
    .toBe(72);

  // Rating 1: A opens the rating panel; point at the slider, confirm.
  await tap(page, 'right', 'a-button');
  await press(page, 'rating-slider', -0.5 + 0.4);
  await press(page, 'rating-confirm');
  // Rating 2: with the thumbstick: one lean lands on 50, a second on 55.
  await tap(page, 'right', 'a-button');
  await panelElement(page, 'rating-confirm');
  await nudge(page, 'right', 1);
  await nudge(page, 'right', 1);
  await press(page, 'rating-confirm');
  // Rating 3 with the +5 button: the first press picks 0, the second 5.
  await tap(page, 'right', 'a-button');
  await panelElement(page, 'rating-up');
  await press(page, 'rating-up');
  await pull(page);
  await press(page, 'rating-confirm');
  await expect
    .poll(async () => (await stored(page)).filter((e) => e.type === 'suds').map((e) => e.suds))
    .toEqual([40, 55, 5]);

  // One level up, and the breathing pacer, from the panel.
  await press(page, 'level-up');
  await expect.poll(() => lastAction(page)).toMatchObject({ type: 'intensity', level: 8 });
  await press(page, 'pacer');
  await expect.poll(() => lastAction(page)).toMatchObject({ type: 'pacer', visible: true });

  // B held stops (after half a second: tests/unit/xr-input.test.ts); the view fades to the calm
  // shore (how fast: the bench's).
  await holdUntil(page, 'right', 'b-button', () =>
    expect
      .poll(() => lastAction(page))
      .toMatchObject({ type: 'stop', early: true, via: 'controller-hold' }),
  );
  await expect(page.locator('.session')).toHaveAttribute('data-scene', 'calm');

  // End the session on the panel with the after-question.
  await press(page, 'end-session');
  await press(page, 'after-end-slider', -0.5 + 0.3);
  await press(page, 'after-save');
  await panelElement(page, 'exit-vr');

  const events = await stored(page);
  // The scene's own measures are logged along the way; the person's actions are these.
  expect(events.map((e) => e.type).filter((t) => t !== 'measures')).toEqual([
    'started',
    'xr-enter',
    'suds',
    'suds',
    'suds',
    'intensity',
    'pacer',
    'stop',
    'end',
  ]);
  expect(events.at(-1)).toMatchObject({ after: { sudsEnd: 30 } });
  expect(new Set(events.map((e) => e.mode))).toEqual(new Set(['xr']));
  const { sessions } = await readDatabase(page);
  expect(sessions[0]?.status).toBe('stopped-early');
});

test('the headset hidden (taken off, system menu) pauses the session; Resume on the panel goes on', async ({
  page,
}) => {
  await startSession(page, '/#/session/calm/2');
  await enterVr(page);
  await page.evaluate(() => window.__iwer.updateVisibilityState('hidden'));
  await expect
    .poll(() => lastAction(page))
    .toMatchObject({ type: 'pause', reason: 'hidden', mode: 'xr' });
  await page.evaluate(() => window.__iwer.updateVisibilityState('visible'));
  await waitForFrames(page, 3, 'xrFrames');
  // The panel's Pause button now says Resume.
  await press(page, 'pause');
  await expect.poll(() => lastAction(page)).toMatchObject({ type: 'resume' });

  // Leaving VR altogether pauses too; the page then offers Resume.
  await page.evaluate(() => window.__footholdProbe?.xrStore?.getState().session?.end());
  await expect.poll(() => types(page)).toContain('xr-exit');
  await expect.poll(() => lastAction(page)).toMatchObject({ type: 'pause', reason: 'hidden' });
  await page
    .locator('.paused-overlay')
    .getByRole('button', { name: /Resume/ })
    .click();
  await expect.poll(() => lastAction(page)).toMatchObject({ type: 'resume', mode: 'desktop' });
});

test('hands: a pinch presses a panel button, and both hands pinching at once stops', async ({
  page,
}) => {
  await startSession(page, '/#/session/audience/2');
  await page.evaluate(() => {
    window.__iwer.primaryInputMode = 'hand';
  });
  await enterVr(page);
  await aimAt(page, 'pacer', 0, 'hand');
  await pull(page, 'hand');
  await expect.poll(() => lastAction(page)).toMatchObject({ type: 'pacer', visible: true });

  await page.evaluate(() => {
    window.__iwer.hands.left?.updatePinchValue(1);
    window.__iwer.hands.right?.updatePinchValue(1);
  });
  await expect
    .poll(() => lastAction(page))
    .toMatchObject({ type: 'stop', via: 'both-hands-pinch', mode: 'xr' });
  await expect(page.locator('.session')).toHaveAttribute('data-scene', 'calm');
});

test('a slow press, the trigger held two seconds on a panel button, still presses it', async ({
  page,
}) => {
  await startSession(page, '/#/session/calm/2');
  await enterVr(page);
  await aimAt(page, 'pacer');
  await pull(page, 'controller', 2000);
  await expect.poll(() => lastAction(page)).toMatchObject({ type: 'pacer', visible: true });
});

test('the tab closed while in the headset: the session and its ratings are kept, as interrupted', async ({
  page,
  context,
}) => {
  await startSession(page, '/#/session/calm/3');
  await enterVr(page);
  await tap(page, 'right', 'a-button');
  await press(page, 'rating-slider', -0.5 + 0.35);
  await press(page, 'rating-confirm');
  await expect
    .poll(async () =>
      (await stored(page)).filter((e) => e.type === 'suds').map((e) => [e.suds, e.mode]),
    )
    .toEqual([[35, 'xr']]);

  await page.close();
  const again = await context.newPage();
  await again.goto('/#/');
  const notice = again.getByRole('region', { name: 'A session was interrupted' });
  await expect(notice).toBeVisible();
  const { sessions, events } = await readDatabase(again);
  expect(sessions.map((s) => s.status)).toEqual(['interrupted']);
  expect(events.filter((e) => e.type === 'suds').map((e) => e.suds)).toEqual([35]);
});
