import type { Page } from '@playwright/test';
import { currentMeasures, expect, test, waitForMeasure } from './fixtures';
import { loggedMeasures, rateAndStop, speedUpScene, startSession } from './session-helpers';
import { enterHeadset, leaveHeadsetAndStop } from './xr-helpers';

const TIME_SCALE = 8;

/** The first spider's surface and place, in room metres, and the camera's pitch. */
const firstSpider = (page: Page) =>
  page.evaluate(() => {
    const room = window.__footholdProbe?.scene?.getObjectByName('spiders-room');
    const cast = room?.userData.cast?.() as
      | { spiders: { walker: { surface: { name: string }; body: { u: number; w: number } } }[] }
      | undefined;
    const spider = cast?.spiders[0]?.walker;
    return spider ? { surface: spider.surface.name, u: spider.body.u, w: spider.body.w } : null;
  });

const hintShown = (page: Page) =>
  page.evaluate(() => window.__footholdProbe?.scene?.getObjectByName('hand-hint')?.visible ?? null);

test('a desktop session at level 5 raised to 8: the view starts on the table, and the measures are saved', async ({
  page,
}) => {
  await speedUpScene(page, TIME_SCALE);
  await startSession(page, '/#/session/spiders/5');
  await expect(
    page.getByRole('heading', { name: /level 5: A small spider walking slowly on the table/ }),
  ).toBeVisible();
  // Seated at the table, the view starts looking down at it, where the spider is.
  await expect
    .poll(() => page.evaluate(() => window.__footholdProbe?.camera?.rotation.x ?? 0))
    .toBeLessThan(-0.2);
  await expect.poll(async () => (await firstSpider(page))?.surface).toBe('table');

  for (let i = 0; i < 3; i++) await page.keyboard.press('Equal');
  await expect(
    page.getByRole('heading', { name: /level 8: A large hairy spider 30 cm away/ }),
  ).toBeVisible();
  // The level's own look: the person's look is kept through a change of level.
  await waitForMeasure(page, 'lookingShare', 1);
  await expect
    .poll(async () => (await currentMeasures(page)).closestStayed ?? 0, { timeout: 60_000 })
    .toBeGreaterThan(0);

  await rateAndStop(page, 6);
  // A stop clears the spiders at once: the calm place, and not one left in the view.
  await expect(page.locator('.session')).toHaveAttribute('data-scene', 'calm');
  expect(
    await page.evaluate(() =>
      Boolean(window.__footholdProbe?.scene?.getObjectByName('spider-bodies')),
    ),
  ).toBe(false);
  await expect
    .poll(async () => Object.keys(await loggedMeasures(page)))
    .toEqual(expect.arrayContaining(['closestStayed', 'lookingShare']));
  const measures = await loggedMeasures(page);
  // Never nearer than level 8 allows (30 cm), and seen from the seat: within the table's reach.
  expect(measures.closestStayed).toBeGreaterThanOrEqual(0.3);
  expect(measures.closestStayed).toBeLessThan(1.5);
  expect(measures.closestHand).toBeUndefined();
});

test.describe('in the headset', () => {
  test.use({ xr: true });

  test('with hand tracking, a level 9 spider walks onto the hand laid on the table, and the time on the hand counts', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // Hands, not controllers, from the start.
      const start = () => {
        if (window.__iwer) window.__iwer.primaryInputMode = 'hand';
        else requestAnimationFrame(start);
      };
      start();
    });
    await speedUpScene(page, TIME_SCALE);
    await enterHeadset(page, '/#/session/spiders/9');
    await expect.poll(async () => (await firstSpider(page))?.surface).toBe('table');
    // The card beyond the table says how to invite the spider, until it has come.
    await expect.poll(() => hintShown(page)).toBe(true);
    // The right hand laid on the table ahead, where the spider can reach it.
    await page.evaluate(() => {
      const hand = window.__iwer.hands.right;
      hand?.position.set(0.12, 0.8, -0.6);
    });
    await expect
      .poll(async () => (await firstSpider(page))?.surface, { timeout: 90_000 })
      .toBe('hand');
    await waitForMeasure(page, 'handSeconds', 1);
    await expect.poll(() => hintShown(page)).toBe(false);
    await leaveHeadsetAndStop(page);
    await expect
      .poll(async () => (await loggedMeasures(page)).handSeconds ?? 0, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(1);
    expect((await loggedMeasures(page)).closestHand).toBeLessThan(0.1);
  });
});
