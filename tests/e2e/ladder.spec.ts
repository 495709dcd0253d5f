// The first run, the ladder and the progress rule, as a person meets them.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, waitForFrames } from './fixtures';
import { BASE_URL, PROBE_SCRIPT } from './paths';
import { answerBefore, ratingsStored, readDatabase } from './session-helpers';

test('the first-run screen comes once, before anything else, and stays confirmed after a reload', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // This page meets Foothold for the first time: the probe leaves the first run to it.
  await page.addInitScript(() => {
    (window as Window & { __footholdFirstRunTest?: boolean }).__footholdFirstRunTest = true;
  });
  await page.addInitScript({ path: PROBE_SCRIPT });

  // Whatever address is opened first, the first-run screen comes before it.
  await page.goto(`${BASE_URL}/#/review`);
  const firstRun = page.getByRole('heading', { name: 'Before you begin' });
  await expect(firstRun).toBeVisible();
  await expect(firstRun).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Review' })).toHaveCount(0);
  for (const text of [
    /not treatment/,
    /not for a crisis/i,
    /local emergency number/,
    /epilepsy or seizures/,
    /migraine/,
    /vestibular or balance problems/,
    /psychosis/,
    /serious eye condition/,
    /press Esc/,
    /hold B or Y/,
    /pinch with both hands/,
    /stays on this device/,
  ])
    await expect(page.locator('.first-run')).toContainText(text);
  await expectAccessible(page, 'the first-run screen');

  await page.getByRole('button', { name: 'I understand, continue' }).click();
  await expect(page.getByRole('heading', { name: 'Review', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Review', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Before you begin' })).toHaveCount(0);
  // Another tab of the same browser has the confirmation too.
  const second = await context.newPage();
  await second.goto(`${BASE_URL}/#/`);
  await expect(second.getByRole('heading', { name: 'Practice' })).toBeVisible();
  await expect(second.getByRole('heading', { name: 'Before you begin' })).toHaveCount(0);

  // It is there to read again from Settings.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'About Foothold and your safety' }).click();
  await expect(page.getByRole('heading', { name: 'About Foothold and your safety' })).toBeVisible();
  await expect(page.locator('main')).toContainText('epilepsy or seizures');
  expect(errors).toEqual([]);
  await context.close();
});

/** Adds a heights step through the form. */
async function addStep(
  page: Page,
  name: string,
  level: number,
  expected: number,
  own?: { slider: string; steps: number },
) {
  const ladder = page.getByRole('region', { name: /Fear of heights/ });
  await ladder.getByRole('button', { name: 'Add a step to the Heights ladder' }).click();
  const form = ladder.getByRole('form', { name: 'A new Heights step' });
  await form.getByLabel('In your own words').fill(name);
  await form.getByLabel('Level', { exact: true }).selectOption(String(level));
  if (own) {
    await form.getByLabel('Set my own values').check();
    await form.getByRole('slider', { name: own.slider }).focus();
    for (let i = 0; i < own.steps; i++) await page.keyboard.press('ArrowRight');
  }
  await form.getByLabel('Expected distress (0–100, optional)').fill(String(expected));
  await form.getByRole('button', { name: 'Add the step' }).click();
  await expect(form).toHaveCount(0);
}

const stepNames = (page: Page) =>
  page
    .getByRole('list', { name: 'Fear of heights ladder' })
    .locator('li.step')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-step')));

/** "None" for all 16 symptoms with the keyboard: Space checks, Tab goes to the next symptom. */
async function rateEverySymptomNone(page: Page) {
  await page.getByRole('radio', { name: 'General discomfort: None' }).focus();
  for (let i = 0; i < 16; i++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('radio', { name: ': None', checked: true })).toHaveCount(16);
}

/** Starts the next step from the home page, rates once at `peak`, finishes, ends at `end`. */
async function practiseNextStep(
  page: Page,
  name: string,
  peak: number,
  end: number,
  options: { vary?: boolean; ssq?: { after: Record<string, string> } } = {},
) {
  await page.goto(`${BASE_URL}/#/`);
  const next = page.getByRole('region', { name: /Your next step/ });
  await expect(next).toContainText(name);
  await next.getByRole('link', { name: `Start ${name}` }).click();
  await expect(
    page.getByRole('heading', { name: new RegExp(`Before you start: ${name}`) }),
  ).toBeVisible();
  await answerBefore(page);
  if (options.ssq) {
    await page.getByText('Cybersickness check (optional, 16 symptoms)').click();
    await rateEverySymptomNone(page);
  }
  if (options.vary) await page.getByLabel('Vary the details slightly').check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('toolbar', { name: 'Session controls' })).toBeVisible();
  await waitForFrames(page, 3);
  const before = (await ratingsStored(page)).length;
  await page.keyboard.press(`Digit${peak / 10}`);
  await expect.poll(async () => (await ratingsStored(page)).length).toBe(before + 1);
  // Finished as planned: only such sessions count towards the next step.
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(
    page.getByRole('heading', { name: 'Well done. The exposure is over.' }),
  ).toBeVisible();
  await page
    .getByRole('spinbutton', { name: 'How distressed are you now, at the end? (number)' })
    .focus();
  await page.keyboard.type(String(end));
  if (options.ssq) {
    await page.getByText('Cybersickness check (optional, 16 symptoms)').click();
    await rateEverySymptomNone(page);
    for (const [symptom, severity] of Object.entries(options.ssq.after))
      await page.getByRole('radio', { name: `${symptom}: ${severity}` }).check();
  }
  await page.getByRole('button', { name: 'Save and see the summary' }).click();
  await expect(page.getByRole('heading', { name: 'Session summary' })).toBeVisible();
}

test('a ladder of three steps, reordered by keyboard, climbed by the progress rule', async ({
  page,
}) => {
  // Two whole sessions in software-rendered WebGL.
  test.setTimeout(240_000);
  await page.goto(`${BASE_URL}/#/`);
  // No ladder yet: the home page leads to building one.
  await expect(page.getByRole('region', { name: 'Your next step' })).toContainText(
    'Build your ladder',
  );
  await page.getByRole('link', { name: 'Build your ladder' }).click();
  await expect(page.getByRole('heading', { name: 'Your ladder' })).toBeVisible();

  await addStep(page, 'Balcony at home', 1, 20);
  await addStep(page, 'Office roof garden', 3, 50);
  // A step of my own between levels 1 and 2: the balcony, but 6 m up.
  await addStep(page, 'Balcony one floor higher', 1, 30, {
    slider: 'Height above the street',
    steps: 3,
  });
  expect(await stepNames(page)).toEqual([
    'Balcony at home',
    'Office roof garden',
    'Balcony one floor higher',
  ]);
  await expect(page.locator('li.step').nth(2)).toContainText(
    'Own settings, from level 1: Height above the street 6 m',
  );
  // Expected distress off the scale gets a message and is not saved.
  const expected = page.locator('li.step').first().getByLabel('Expected distress');
  await expected.fill('33');
  await expected.press('Enter');
  await expect(page.locator('li.step').first().getByRole('alert')).toHaveText(
    '33 is not a step of 5: ratings go 0, 5, 10, … 100.',
  );
  await expectAccessible(page, 'the ladder');

  // Move the own step below the roof garden with the keyboard: Space, up arrow, Space.
  const handle = page.getByRole('button', { name: 'Move Balcony one floor higher (step 3)' });
  await handle.focus();
  await page.keyboard.press('Space');
  // The list announces each move, as a screen reader hears it.
  const live = page.locator('[role="status"][aria-live="assertive"]');
  await expect(live).toContainText('Picked up Balcony one floor higher, at position 3 of 3.');
  // Once picked up, the list measures where its steps are over the next frames.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.keyboard.press('ArrowUp');
  await expect(live).toContainText('Balcony one floor higher is over position 2 of 3.');
  await page.keyboard.press('Space');
  await expect(live).toContainText('Balcony one floor higher moved to position 2 of 3.');
  await expect
    .poll(() => stepNames(page))
    .toEqual(['Balcony at home', 'Balcony one floor higher', 'Office roof garden']);
  await page.reload();
  await expect
    .poll(() => stepNames(page))
    .toEqual(['Balcony at home', 'Balcony one floor higher', 'Office roof garden']);
  await expect(page.locator('li.step').first().getByLabel('Expected distress')).toHaveValue('20');

  // First session at the first step: peak 60, end 25, with the cybersickness check rising.
  await practiseNextStep(page, 'Balcony at home', 60, 25, {
    ssq: { after: { Headache: 'Severe', Fatigue: 'Severe' } },
  });
  await expect(page.getByRole('region', { name: 'Your step: Balcony at home' })).toContainText(
    'Suggestion: Repeat this step.',
  );
  await expect(page.locator('[data-figure="ssq-rise"]')).toContainText(
    'The total rose by 22.4 (20 or more): rest before your next session',
  );

  // Second session, varied: peak 50, end 20. Both ended at half their peak or lower.
  await practiseNextStep(page, 'Balcony at home', 50, 20, { vary: true });
  await expect(page.getByRole('region', { name: 'Your step: Balcony at home' })).toContainText(
    'Suggestion: Ready for the next step. Your last two sessions at this step each ended at half their peak or lower (peak 60, end 25; peak 50, end 20).',
  );
  await expect(page.locator('[data-figure="step"]')).toContainText('varied');

  // The home page now leads with the next step, and says why.
  await page.goto(`${BASE_URL}/#/`);
  const next = page.getByRole('region', { name: /Your next step/ });
  await expect(next).toContainText('Balcony one floor higher');
  await expect(next).toContainText(
    'At “Balcony at home”: Your last two sessions at this step each ended at half their peak or lower',
  );
  // The climbed step shows as done, its two sessions one click away.
  await page.getByRole('link', { name: 'Ladder', exact: true }).click();
  const first = page.locator('li.step').first();
  await expect(first).toContainText('Done');
  await first.getByText('History: 2 sessions').click();
  await expect(first.getByRole('table')).toContainText('60');
  await expect(first.getByRole('row')).toHaveCount(3);

  // The log names the step; the varied session says what it changed.
  const { sessions, events } = await readDatabase(page);
  expect(sessions).toHaveLength(2);
  const started = events.filter((e) => e.type === 'started') as unknown as {
    step?: { name: string };
    seed: number;
    variation?: { baseSeed: number };
    before: { ssq?: number[] };
  }[];
  expect(started.map((e) => e.step?.name)).toEqual(['Balcony at home', 'Balcony at home']);
  expect(started.filter((e) => e.variation).map((e) => e.variation?.baseSeed)).toEqual([1]);
  expect(started.find((e) => e.variation)?.seed).not.toBe(1);
  expect(started.find((e) => e.before.ssq)?.before.ssq).toEqual(Array(16).fill(0));

  // The review shows the rise of cybersickness on the session it happened in.
  await page.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByText('cybersickness +22.4: rest suggested')).toBeVisible();
});
