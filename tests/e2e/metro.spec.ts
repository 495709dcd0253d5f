import type { Page } from '@playwright/test';
import { currentMeasures, expect, test, waitForMeasure } from './fixtures';
import { loggedMeasures, rateAndStop, speedUpScene, startSession } from './session-helpers';
import { enterHeadset, leaveHeadsetAndStop } from './xr-helpers';

/** Scene time runs four times as fast, so a minute's stop in the tunnel takes fifteen seconds. */
const TIME_SCALE = 4;

/** The train's phase and the announcement on show, read from the live scene. */
const state = (page: Page) =>
  page.evaluate(() => {
    const metro = window.__footholdProbe?.scene?.getObjectByName('metro')?.userData as
      | { ride: () => { phase: string } }
      | undefined;
    const card = window.__footholdProbe?.scene?.getObjectByName('announcement');
    return {
      phase: metro?.ride().phase ?? null,
      announcement: card?.visible ? String(card.userData.text ?? '') : null,
    };
  });

test('a desktop ride at level 5 raised to 7 stops in the tunnel with a delay announced, and the measures are saved', async ({
  page,
}) => {
  await speedUpScene(page, TIME_SCALE);
  await startSession(page, '/#/session/metro/5');
  await expect(
    page.getByRole('heading', { name: /level 5: Half full, people standing near/ }),
  ).toBeVisible();
  for (let i = 0; i < 2; i++) await page.keyboard.press('Equal');
  await expect(
    page.getByRole('heading', { name: /level 7: A stop in the tunnel, a short delay announced/ }),
  ).toBeVisible();

  await expect.poll(async () => (await state(page)).phase, { timeout: 90_000 }).toBe('held');
  await expect
    .poll(async () => (await state(page)).announcement, { timeout: 60_000 })
    .toMatch(/delay ahead/);
  await waitForMeasure(page, 'tunnelStopSeconds', 5);

  await rateAndStop(page, 4);
  await expect
    .poll(async () => Object.keys(await loggedMeasures(page)))
    .toEqual(
      expect.arrayContaining([
        'tunnelStopSeconds',
        'closestPassenger',
        'doorsShare',
        'closestDoor',
      ]),
    );
  const measures = await loggedMeasures(page);
  expect(measures.tunnelStopSeconds).toBeGreaterThanOrEqual(5);
  // Level 7 lets passengers as near as 0.6 m (eyes a little ahead of the body), never nearer.
  expect(measures.closestPassenger).toBeGreaterThanOrEqual(0.5);
  expect(measures.closestPassenger).toBeLessThan(2);
});

test.describe('in the headset', () => {
  test.use({ xr: true });

  test('stepping from the seat to the doors brings the door distance down and counts time near them', async ({
    page,
  }) => {
    await enterHeadset(page, '/#/session/metro/6');
    await expect
      .poll(async () => (await currentMeasures(page)).closestDoor ?? 0, { timeout: 60_000 })
      .toBeGreaterThan(1);
    // The middle door is 2.2 m to the left and 2.6 m ahead of the seat: step up to it.
    await page.evaluate(() => window.__iwer.position.set(-1.6, 1.6, -2.3));
    await expect
      .poll(async () => (await currentMeasures(page)).closestDoor ?? 9, { timeout: 60_000 })
      .toBeLessThan(0.5);
    await waitForMeasure(page, 'nearDoorsSeconds', 1);
    await leaveHeadsetAndStop(page);
    await expect
      .poll(async () => (await loggedMeasures(page)).closestDoor ?? 9, { timeout: 20_000 })
      .toBeLessThan(0.5);
    expect((await loggedMeasures(page)).nearDoorsSeconds).toBeGreaterThanOrEqual(1);
  });
});
