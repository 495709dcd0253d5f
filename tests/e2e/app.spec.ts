import { expect, test, waitForFrames } from './fixtures';
import { readDatabase, startSession } from './session-helpers';

const THREE_MARKER = 'WebGLRenderer';

test('home → calm scene → back, loading three.js only for the scene', async ({ page, watch }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Practice' })).toBeVisible();
  const card = page.getByRole('article', { name: 'Calm shore' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('option')).toHaveCount(10);
  await page.waitForLoadState('networkidle');
  const homeScripts = [...watch.scripts.values()];
  expect(homeScripts.length).toBeGreaterThan(0);
  expect(
    homeScripts.some((body) => body.includes(THREE_MARKER)),
    'three.js on the home page',
  ).toBe(false);

  await card.getByLabel('Level', { exact: true }).selectOption('3');
  await card.getByRole('link', { name: 'Start Calm shore at level 3' }).click();
  await expect(page).toHaveURL(/#\/session\/calm\/3$/);
  await expect(
    page.getByRole('heading', { name: /Before you start: Calm shore, level 3/ }),
  ).toBeVisible();
  // Escape before starting leaves, and nothing is logged.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Practice' })).toBeVisible();

  await startSession(page, '/#/session/calm/3');
  await expect(
    page.getByRole('heading', { name: /level 3: Low sun over the water/ }),
  ).toBeVisible();
  expect([...watch.scripts.values()].some((body) => body.includes(THREE_MARKER))).toBe(true);
  // No headset here, so no button that would fail when pressed.
  await expect(page.getByRole('button', { name: 'Enter VR' })).toHaveCount(0);

  // A level change redraws the same view: no reload, the scene keeps running.
  await page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 1;
  });
  await page.getByRole('button', { name: 'One level up' }).click();
  await expect(page.getByRole('heading', { name: /level 4: Sun touching the sea/ })).toBeVisible();
  await waitForFrames(page, 5);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

  // Escape stops: the calm place, then the after-questions.
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('heading', { name: 'You stopped. You are safe here.' }),
  ).toBeVisible();
});

test('dragging turns the view without ever rolling the horizon', async ({ page }) => {
  await startSession(page, '/#/session/calm/5');
  const readLook = () =>
    page.evaluate(() => {
      const camera = window.__footholdProbe?.camera;
      if (!camera) throw new Error('no camera');
      const e = camera.rotation.clone().reorder('YXZ');
      return { yaw: e.y, pitch: e.x, roll: e.z, y: camera.position.y };
    });
  const before = await readLook();
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2 + 80, { steps: 8 });
  await page.mouse.up();
  await waitForFrames(page, 3);
  const after = await readLook();
  expect(after.yaw).not.toBeCloseTo(before.yaw, 2);
  expect(after.pitch).toBeGreaterThan(before.pitch);
  expect(after.roll).toBeCloseTo(0, 6);
  expect(after.y).toBeCloseTo(1.6, 6);

  await page.keyboard.press('ArrowLeft');
  await waitForFrames(page, 3);
  expect((await readLook()).yaw).toBeGreaterThan(after.yaw);
});

test('a scene or level that does not exist gets a clear message', async ({ page }) => {
  await page.goto('/#/session/nowhere/3');
  await expect(page.getByRole('alert')).toHaveText('There is no scene called "nowhere".');
  await page.goto('/#/session/calm/12');
  await expect(page.getByRole('alert')).toHaveText('Level "12" is not a level from 1 to 10.');
  await page.getByRole('link', { name: 'Back to the start page' }).click();
  await expect(page.getByRole('heading', { name: 'Practice' })).toBeVisible();
});

test('settings are kept across a reload', async ({ page }) => {
  await page.goto('/#/settings');
  const volume = page.getByLabel('Scene sound volume');
  await expect(volume).toHaveValue('0.7');
  await volume.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(volume).toHaveValue('0.6');
  await page.getByLabel('Ask for a distress rating every').selectOption('3');
  await page.reload();
  await expect(page.getByLabel('Scene sound volume')).toHaveValue('0.6');
  await expect(page.getByLabel('Ask for a distress rating every')).toHaveValue('3');
  await expect(page.getByTestId('storage-used')).toHaveText(
    /Foothold uses [\d.]+ KB of this browser's storage\./,
  );
  await expect(page.getByTestId('storage-persistent')).not.toBeEmpty();

  // The next session asks for a rating on the chosen interval.
  await startSession(page, '/#/session/calm/1');
  await expect
    .poll(
      async () =>
        (
          (await readDatabase(page)).events.find((e) => e.type === 'started') as {
            promptMinutes?: number;
          }
        )?.promptMinutes,
    )
    .toBe(3);
});

test('review lists only sessions really saved on this device', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Review' })
    .click();
  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
  await expect(page.getByText('Nothing has been logged yet')).toBeVisible();
  await expect(page.locator('svg, canvas, table, .session-list')).toHaveCount(0);
});
