import { expect, expectAccessible, test, waitForFrames } from './fixtures';
import { BASE_URL } from './paths';
import { ratingsStored, readDatabase, startSession } from './session-helpers';

test('a whole desktop session with the keyboard alone, logged and summarised', async ({ page }) => {
  await page.goto('/');
  // Home → the calm scene at level 2, by keyboard.
  await page
    .getByRole('article', { name: 'Calm shore' })
    .getByRole('combobox', { name: 'Level' })
    .focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Start Calm shore at level 2' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Before you start/ })).toBeVisible();
  await expectAccessible(page, 'the before-questions');

  // Before: distress now 20, expected 70, a feared outcome at 80 %.
  await page.keyboard.press('Tab'); // slider
  await page.keyboard.press('Tab'); // number box
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('70');
  await page.keyboard.press('Tab');
  await page.keyboard.type('I will panic and have to leave');
  await page.keyboard.press('Tab');
  await page.keyboard.type('80');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('toolbar', { name: 'Session controls' })).toBeVisible();
  await waitForFrames(page, 5);
  await expectAccessible(page, 'the running session');

  // Three ratings: 40 (key 4), 65 (Shift+6), then a level change (+) and 50 (key 5).
  await page.keyboard.press('Digit4');
  await page.keyboard.press('Shift+Digit6');
  await page.keyboard.press('Equal');
  await expect(
    page.getByRole('heading', { name: /level 3: Low sun over the water/ }),
  ).toBeVisible();
  await page.keyboard.press('Digit5');
  await expect(page.getByRole('region', { name: 'Rate your distress' })).toContainText(
    'Last rating: 50. Ratings so far: 3.',
  );
  await expect(page.getByRole('button', { name: 'Rate distress · last 50' })).toBeVisible();
  await expect.poll(() => ratingsStored(page)).toEqual([40, 65, 50]);

  // Pause and resume, then stop with Escape.
  await page.keyboard.press('KeyP');
  await expect(page.getByText('Paused. The clock has stopped.')).toBeVisible();
  await page.keyboard.press('KeyP');
  await expect(page.getByText('Paused. The clock has stopped.')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('heading', { name: 'You stopped. You are safe here.' }),
  ).toBeVisible();
  // The calm place is shown behind the questions (within a second: the bench measures it).
  await expect(page.locator('.session')).toHaveAttribute('data-scene', 'calm');
  await expectAccessible(page, 'the after-questions');

  // After: end 30, it did not happen, 25 % now, one line learned.
  await page
    .getByRole('spinbutton', { name: 'How distressed are you now, at the end? (number)' })
    .focus();
  await page.keyboard.type('30');
  await page.keyboard.press('Tab'); // the "Yes" radio
  await page.keyboard.press('ArrowDown'); // "No"
  await expect(page.getByRole('radio', { name: 'No' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('25');
  await page.keyboard.press('Tab');
  await page.keyboard.type('The fear passed while I stayed');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Session summary' })).toBeVisible();
  await expect(page.locator('[data-figure="baseline"]')).toHaveText('20');
  await expect(page.locator('[data-figure="peak"]')).toHaveText('65');
  await expect(page.locator('[data-figure="end"]')).toHaveText('30');
  await expect(page.locator('[data-figure="drop"]')).toHaveText('53.8%');
  await expect(page.locator('[data-figure="expectancy"]')).toContainText('80% → 25% (-55 points)');
  await expect(page.getByText('Stopped early')).toBeVisible();
  await expectAccessible(page, 'the summary');

  const db = await readDatabase(page);
  expect(db.sessions).toHaveLength(1);
  expect(db.sessions[0]?.status).toBe('stopped-early');
  expect(db.events.map((e) => e.type)).toEqual([
    'started',
    'suds',
    'suds',
    'intensity',
    'suds',
    'pause',
    'resume',
    'stop',
    'end',
  ]);
  expect(db.events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  expect(db.events.find((e) => e.type === 'stop')).toMatchObject({
    early: true,
    via: 'escape-key',
  });
});

test('a rating out of range is refused with a clear message and changes nothing', async ({
  page,
}) => {
  await startSession(page, '/#/session/calm/1');
  // The rating is folded during the exposure: a click opens it.
  await page.getByRole('button', { name: 'Rate distress' }).click();
  const box = page.getByRole('spinbutton', { name: 'Distress now (number)' });
  await box.fill('130');
  await expect(page.getByRole('alert')).toHaveText('130 is above 100: ratings go from 0 to 100.');
  await expect(page.getByRole('button', { name: 'Rate', exact: true })).toBeDisabled();
  await box.fill('45');
  await page.getByRole('button', { name: 'Rate', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Rate distress · last 45' })).toBeVisible();
  await expect(box).toHaveCount(0);
  await expect.poll(() => ratingsStored(page)).toEqual([45]);
});

test('a reload in the middle of a session keeps it, interrupted, with every rating', async ({
  page,
}) => {
  await startSession(page, '/#/session/calm/4');
  for (const key of ['Digit3', 'Digit6', 'Shift+Digit7']) await page.keyboard.press(key);
  await expect.poll(() => ratingsStored(page)).toEqual([30, 60, 75]);
  await page.reload();
  await page.goto('/');
  const notice = page.getByRole('region', { name: 'A session was interrupted' });
  await expect(notice).toBeVisible();
  await notice.getByRole('link', { name: 'View it' }).click();
  await expect(page.getByText(/Interrupted/)).toBeVisible();
  await expect(page.locator('[data-figure="peak"]')).toHaveText('75');
  await expect(page.getByRole('row')).toHaveCount(4); // header + three ratings
  expect((await readDatabase(page)).sessions[0]?.status).toBe('interrupted');
});

test('with storage full, the session goes on, says so, keeps the ratings and saves them later', async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await page.goto('/');
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(BASE_URL).origin,
    quotaSize: 1,
  });
  await startSession(page, '/#/session/calm/2');
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved yet' });
  await expect(alert).toContainText('storage space this browser gives Foothold is full');
  await page.keyboard.press('Digit5');
  await page.keyboard.press('Digit7');
  await expect(alert).toContainText('3 entries are kept in this tab');
  // The scene keeps running and the ratings are in the session.
  await waitForFrames(page, 5);
  await expect(page.getByRole('region', { name: 'Rate your distress' })).toContainText(
    'Last rating: 70. Ratings so far: 2.',
  );
  expect(await ratingsStored(page)).toEqual([]);

  await expect(alert.getByRole('button', { name: 'Try saving again' })).toBeVisible();
  // Space again: the writer's next retry saves everything, in order, without the person doing anything.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(BASE_URL).origin });
  await expect(alert).toHaveCount(0, { timeout: 10_000 });
  await expect.poll(() => ratingsStored(page)).toEqual([50, 70]);
});

test('a second tab neither interrupts nor blocks a session running in the first', async ({
  page,
  context,
}) => {
  await startSession(page, '/#/session/calm/2');
  await page.keyboard.press('Digit3');
  await expect.poll(() => ratingsStored(page)).toEqual([30]);

  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('heading', { name: 'Practice' })).toBeVisible();
  await second
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Review' })
    .click();
  await expect(second.locator('table.sessions').getByText('in progress')).toBeVisible();
  await expect(second.getByRole('region', { name: /interrupted/ })).toHaveCount(0);

  // The first tab keeps saving while the second is open.
  await page.keyboard.press('Digit5');
  await expect.poll(() => ratingsStored(page)).toEqual([30, 50]);
  expect((await readDatabase(second)).sessions[0]?.status).toBe('active');

  // Once the first tab is gone, its session is found interrupted.
  await page.close();
  await second.goto('/');
  await second.reload();
  await expect(second.getByRole('region', { name: 'A session was interrupted' })).toBeVisible();
});

test('leaving mid-session by the browser’s back button keeps the session as interrupted', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start Calm shore at level 1' }).click();
  await startSession(page, '/#/session/calm/1');
  await page.keyboard.press('Digit2');
  await expect.poll(() => ratingsStored(page)).toEqual([20]);
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Practice' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'A session was interrupted' })).toBeVisible();
  expect((await readDatabase(page)).sessions[0]?.status).toBe('interrupted');
});
