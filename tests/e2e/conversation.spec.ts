import type { Page } from '@playwright/test';
import { expect, test, waitForMeasure } from './fixtures';
import {
  loggedMeasures,
  rateAndStop,
  readDatabase,
  speedUpScene,
  startSession,
} from './session-helpers';
import { enterHeadset, leaveHeadsetAndStop, press } from './xr-helpers';

/** Scene time runs twice as fast, so the first question comes within seconds. */
const TIME_SCALE = 2;

interface Company {
  partners: number[];
  talking: Uint8Array;
  wantsViewer: Uint8Array;
  turns: () => { phase: string; answers: number; speaking: boolean };
  eyesAt: (i: number) => { x: number; y: number; z: number };
}

/** The conversation's state, read from the live scene. */
const phase = (page: Page) =>
  page.evaluate(() => {
    const c = window.__footholdProbe?.scene?.getObjectByName('company')?.userData as
      | Company
      | undefined;
    return c ? { ...c.turns() } : null;
  });

test('a desktop café at level 4 answered with the key and the button, raised to 8: the table goes quiet when the person speaks, and the measures are saved', async ({
  page,
}) => {
  // The microphone, when the person turns it on, is silent until the test speaks.
  await speedUpScene(page, TIME_SCALE, 0);
  await startSession(page, '/#/session/conversation/4');
  await expect(
    page.getByRole('heading', { name: /level 4: A friendly stranger at your table/ }),
  ).toBeVisible();

  await expect.poll(async () => (await phase(page))?.phase, { timeout: 60_000 }).toBe('waiting');
  await page.keyboard.press('KeyA');
  await expect.poll(async () => (await phase(page))?.answers).toBe(1);
  // The next question is answered with the session bar's button.
  await expect.poll(async () => (await phase(page))?.phase, { timeout: 60_000 }).toBe('waiting');
  await page.getByRole('button', { name: 'I answered A' }).click();
  await expect.poll(async () => (await phase(page))?.answers).toBe(2);

  for (let i = 0; i < 4; i++) await page.keyboard.press('Equal');
  await expect(
    page.getByRole('heading', { name: /level 8: Someone disagrees with you/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Adjust' }).click();
  await page.getByLabel('Listen to my voice level (microphone; nothing is recorded)').check();
  await page.getByRole('button', { name: 'Adjust' }).click();

  await page.evaluate(() => {
    const probe = window.__footholdProbe;
    if (probe) probe.voiceLevel = 0.2;
  });
  // While the person speaks, every one at the table is silent and looks at them; a frame where
  // someone is on their phone or finishing a line is waited out, watched in the page.
  const hushed = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const look = () => {
          const c = window.__footholdProbe?.scene?.getObjectByName('company')?.userData as
            | Company
            | undefined;
          if (
            c?.turns().speaking &&
            c.partners.length === 4 &&
            c.partners.every((i) => c.wantsViewer[i] === 1 && c.talking[i] === 0)
          )
            resolve(true);
          else requestAnimationFrame(look);
        };
        look();
      }),
  );
  expect(hushed).toBe(true);
  await waitForMeasure(page, 'speakingSeconds', 2);

  await rateAndStop(page, 5);
  await expect
    .poll(async () => Object.keys(await loggedMeasures(page)))
    .toEqual(
      expect.arrayContaining(['facesShare', 'mutualGazeSeconds', 'answers', 'speakingSeconds']),
    );
  const measures = await loggedMeasures(page);
  expect(measures.answers).toBeGreaterThanOrEqual(2);
  expect(measures.speakingSeconds).toBeGreaterThanOrEqual(2);
  const types = (await readDatabase(page)).events.map((e) => e.type);
  expect(types.filter((t) => t === 'intensity').length).toBeGreaterThanOrEqual(5);
});

test.describe('in the headset', () => {
  test.use({ xr: true });

  test('looking at the stranger across the table counts as mutual gaze, and it is saved; the panel’s “I answered” answers', async ({
    page,
  }) => {
    await enterHeadset(page, '/#/session/conversation/4');
    // Turn the head to the stranger's eyes, again each frame as they move, until the scene has
    // counted a second of eyes meeting.
    await page.evaluate(() => {
      const face = () => {
        if ((window as { __stopFacing?: boolean }).__stopFacing) return;
        const c = window.__footholdProbe?.scene?.getObjectByName('company')?.userData as
          | Company
          | undefined;
        const stranger = c?.partners[0];
        if (c && stranger !== undefined) {
          window.__iwer.position.set(0, 1.6, 0);
          window.__faceHead(c.eyesAt(stranger));
        }
        requestAnimationFrame(face);
      };
      face();
    });
    await waitForMeasure(page, 'mutualGazeSeconds', 1);
    // Then the head holds still, and "I answered" is pressed on the panel while the stranger waits.
    await page.evaluate(() => {
      (window as { __stopFacing?: boolean }).__stopFacing = true;
    });
    await expect.poll(async () => (await phase(page))?.phase, { timeout: 60_000 }).toBe('waiting');
    await press(page, 'action-answered');
    await expect.poll(async () => (await phase(page))?.answers).toBe(1);
    await leaveHeadsetAndStop(page);
    await expect
      .poll(async () => (await loggedMeasures(page)).mutualGazeSeconds ?? 0, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(1);
    expect((await loggedMeasures(page)).facesShare).toBeGreaterThan(20);
  });
});
