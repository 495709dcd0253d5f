import { expect, test } from './fixtures';
import { readDatabase, startSession } from './session-helpers';

const last = async (page: import('@playwright/test').Page) =>
  (await readDatabase(page)).events
    .filter((e) => e.type !== 'prompt-skipped' && e.type !== 'measures')
    .at(-1);

test('after 30 minutes a rest in the calm place is offered; the exposure comes back on resume', async ({
  page,
}) => {
  await page.clock.install();
  await startSession(page, '/#/session/audience/3');
  await expect(page.getByText('A rest in the calm place?')).toBeHidden();
  await page.clock.fastForward('30:05');
  await page.getByRole('button', { name: 'Rest', exact: true }).click();
  await expect(page.locator('.session')).toHaveAttribute('data-scene', 'calm');
  await expect(page.getByText('Resting in the calm place.')).toBeVisible();
  await expect.poll(() => last(page)).toMatchObject({ type: 'pause', reason: 'rest' });
  await page
    .locator('.paused-overlay')
    .getByRole('button', { name: /Resume/ })
    .click();
  await expect(page.locator('.session')).toHaveAttribute('data-scene', 'audience');
  await expect.poll(() => last(page)).toMatchObject({ type: 'resume' });
});

test('a stop can be taken back: Continue returns to the exposure in the same session', async ({
  page,
}) => {
  await startSession(page, '/#/session/calm/4');
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('heading', { name: 'You stopped. You are safe here.' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Continue the session' }).click();
  await expect(page.getByRole('toolbar', { name: 'Session controls' })).toBeVisible();
  await page.keyboard.press('5');
  await expect
    .poll(async () => (await readDatabase(page)).events.map((e) => e.type))
    .toEqual(['started', 'stop', 'continue', 'suds']);
  const { sessions } = await readDatabase(page);
  expect(sessions).toHaveLength(1);
});
