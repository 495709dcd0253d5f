import { currentMeasures, expect, test, waitForFrames, waitForMeasure } from './fixtures';
import { loggedMeasures, readDatabase, startSession } from './session-helpers';

test('a desktop session at heights level 5, raised to 8, with its measures saved', async ({
  page,
}) => {
  await startSession(page, '/#/session/heights/5');
  await expect(
    page.getByRole('heading', { name: /Heights · level 5: 50 m, low rail/ }),
  ).toBeVisible();

  // Look down past 30 degrees for a few seconds, then walk up to the railing.
  for (let i = 0; i < 6; i++) await page.keyboard.press('PageDown');
  await waitForMeasure(page, 'lookDownShare', 20);
  for (let i = 0; i < 6; i++) await page.keyboard.press('KeyW');
  await page.keyboard.press('Digit6');

  for (let i = 0; i < 3; i++) await page.keyboard.press('Equal');
  await expect(
    page.getByRole('heading', { name: /level 8: 160 m, no railing, glass floor/ }),
  ).toBeVisible();
  // The blocker keeps the person on the floor: more steps do not go past the edge.
  for (let i = 0; i < 10; i++) await page.keyboard.press('KeyW');
  // Level 8's edge is 0.5 m ahead; the blocker keeps the eye 12 cm behind it, give or take 2 cm.
  const eyeZ = () => page.evaluate(() => window.__footholdProbe?.camera?.position.z ?? 0);
  await expect.poll(eyeZ).toBeLessThan(-0.35);
  await waitForFrames(page, 10);
  expect(await eyeZ()).toBeGreaterThanOrEqual(-0.38);
  await expect
    .poll(async () => (await currentMeasures(page)).secondsBeyondEdge ?? 0)
    .toBeGreaterThan(0);

  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('heading', { name: 'You stopped. You are safe here.' }),
  ).toBeVisible();
  await expect.poll(async () => Object.keys(await loggedMeasures(page)).length).toBeGreaterThan(2);
  const measures = await loggedMeasures(page);
  expect(measures.lookDownShare).toBeGreaterThan(10);
  expect(measures.closestToEdge).toBeLessThan(0.2);
  expect(measures.closestToEdge).toBeGreaterThan(0);
  // Standing over the glass floor at the edge counts as time past it.
  expect(measures.secondsBeyondEdge).toBeGreaterThan(0);

  const types = (await readDatabase(page)).events.map((e) => e.type);
  expect(types.filter((t) => t === 'intensity')).toHaveLength(3);
  expect(types.lastIndexOf('measures')).toBeLessThan(types.indexOf('stop'));

  await page
    .getByRole('spinbutton', { name: 'How distressed are you now, at the end? (number)' })
    .fill('35');
  await page.getByRole('button', { name: 'Save and see the summary' }).click();
  await expect(page.getByRole('heading', { name: 'What the scene measured' })).toBeVisible();
  await expect(page.locator('[data-measure="lookDownShare"]')).toHaveText(
    `${measures.lookDownShare} %`,
  );
});
