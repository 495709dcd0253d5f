// The view during an exposure belongs to the scene: on a 1280×720 screen the controls fold to a
// slim bar, a small pacer and one rating button, and in heights nothing is ever drawn over the view
// straight down. How much of the view is the scene is a budget, measured by the bench (`view`).
import type { Page } from '@playwright/test';
import { canvasOnTop, coverIn, viewCover } from '../tools/view.mjs';
import { expect, expectAccessible, test, waitForFrames } from './fixtures';
import { readDatabase, startSession } from './session-helpers';

const VIEW = { width: 1280, height: 720 };
/** Where a person looking down sees the drop: the middle third of the width, the lowest 40 %. */
const DOWN = {
  left: VIEW.width / 3,
  top: VIEW.height * 0.6,
  right: (2 * VIEW.width) / 3,
  bottom: VIEW.height,
};
/** Every 16 px across that region, edges included. */
const POINTS: [number, number][] = [];
for (let x = Math.ceil(DOWN.left); x < DOWN.right; x += 16)
  for (let y = Math.ceil(DOWN.top); y < DOWN.bottom; y += 16) POINTS.push([x, y]);
for (let x = Math.ceil(DOWN.left); x < DOWN.right; x += 16) POINTS.push([x, DOWN.bottom - 1]);

/** The scene's canvas is the topmost thing at every point of the view straight down, and nothing drawn reaches into it. */
async function expectViewDownClear(page: Page, when: string) {
  expect(await page.evaluate(canvasOnTop, POINTS), `hits over the view down, ${when}`).toEqual([]);
  const { cover } = await page.evaluate(viewCover);
  expect(coverIn(cover, DOWN), `drawn over the view down, ${when}`).toEqual([]);
}

const toggleOf = (page: Page) => page.getByRole('button', { name: /^Rate distress/ });

test.use({ viewport: VIEW });

test('at heights level 5 the view straight down stays clear, whatever is open', async ({
  page,
}) => {
  await startSession(page, '/#/session/heights/5');
  // Look down at the drop, as a person does.
  for (let i = 0; i < 6; i++) await page.keyboard.press('PageDown');
  await waitForFrames(page, 5);

  // A steady exposure: the rating folded to one button, no slider over the scene.
  const toggle = toggleOf(page);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('slider')).toHaveCount(0);
  await expectViewDownClear(page, 'in a steady exposure');

  // A digit key rates at once, as before, and opens the dock a moment to show it.
  await page.keyboard.press('Digit5');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: 'Rate your distress' })).toContainText(
    'Last rating: 50. Ratings so far: 1.',
  );
  await expectViewDownClear(page, 'with a rating just given');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false', { timeout: 60_000 });
  await expect(page.getByRole('slider')).toHaveCount(0);

  // Everything open at once: the pacer, the settings by hand, the rating opened by a click.
  await page.keyboard.press('KeyB');
  await expect(page.getByRole('complementary', { name: 'Breathing pacer' })).toBeVisible();
  await page.getByRole('button', { name: 'Adjust' }).click();
  await expect(page.getByRole('group', { name: 'Adjust by hand' })).toBeVisible();
  await toggle.click();
  const slider = page.getByRole('slider', { name: 'Distress now (slider)' });
  await expect(slider).toBeFocused();
  await expectViewDownClear(page, 'with the pacer, the settings and the rating open');
  await expectAccessible(page, 'the session with every panel open');

  // Rated in the dock, it folds, and focus is back on its button.
  await page.getByRole('spinbutton', { name: 'Distress now (number)' }).fill('45');
  await page.getByRole('button', { name: 'Rate', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Rate distress · last 45' })).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect
    .poll(async () =>
      (await readDatabase(page)).events.filter((e) => e.type === 'suds').map((e) => e.suds),
    )
    .toEqual([50, 45]);
});

test('a rating asked for opens the dock beside the view down; skipping it folds the dock', async ({
  page,
}) => {
  await page.clock.install();
  await startSession(page, '/#/session/heights/5');
  const toggle = toggleOf(page);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.clock.fastForward('02:01');
  const question = page.getByText('Time for a rating: how distressed are you now?');
  await expect(question).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('slider', { name: 'Distress now (slider)' })).toBeVisible();
  // The prompt leaves the person's focus where it was.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await expectViewDownClear(page, 'with a rating asked for');

  await page.getByRole('button', { name: 'Skip this one' }).click();
  await expect(question).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect
    .poll(async () => (await readDatabase(page)).events.map((e) => e.type))
    .toContain('prompt-skipped');
});

test('every control of the exposure is reached with Tab and named, and Escape stops from the open dock', async ({
  page,
}) => {
  await startSession(page, '/#/session/heights/5');
  // From the page itself, Tab goes along the bar and then to the folded rating.
  for (const name of [
    'Stop Esc',
    'One level down',
    'One level up',
    'Adjust',
    'Pause P',
    'Finish',
    'Breathing pacer B',
    'Rate distress',
  ]) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name, exact: true })).toBeFocused();
  }
  // Enter opens the rating and moves into it.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('slider', { name: 'Distress now (slider)' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('spinbutton', { name: 'Distress now (number)' })).toBeFocused();
  await expectAccessible(page, 'the session with the rating open');

  // Escape stops the exposure as it always has, wherever the focus is.
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('heading', { name: 'You stopped. You are safe here.' }),
  ).toBeVisible();
  expect((await readDatabase(page)).events.find((e) => e.type === 'stop')).toMatchObject({
    early: true,
    via: 'escape-key',
  });
});
