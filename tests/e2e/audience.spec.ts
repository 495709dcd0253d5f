import type { Page } from '@playwright/test';
import { crowd, faceOf } from '../../scenes/audience/crowd';
import { WALK_OUT_WINDOW } from '../../scenes/audience/events';
import { audienceLevels } from '../../scenes/audience/levels';
import { MEETS_ANGLE } from '../../scenes/common/people/gaze';
import { expect, test, waitForFrames, waitForMeasure } from './fixtures';
import {
  loggedMeasures,
  rateAndStop,
  readDatabase,
  speedUpScene,
  startSession,
} from './session-helpers';
import { enterHeadset, leaveHeadsetAndStop } from './xr-helpers';

/**
 * Scene time runs 5 times faster, so a walk-out a minute in happens within seconds, and the walk
 * still spans many frames on a busy machine.
 */
const TIME_SCALE = 5;

const walker = (page: Page) =>
  page.evaluate(() => {
    const data = window.__footholdProbe?.scene?.getObjectByName('walker')?.userData as
      | { phase: string; startsAt: number; now: number }
      | undefined;
    return data ?? null;
  });

test('a desktop talk at level 6 raised to 9: someone walks out in time, and the measures are saved', async ({
  page,
}) => {
  await speedUpScene(page, TIME_SCALE);
  await startSession(page, '/#/session/audience/6');
  await expect(
    page.getByRole('heading', { name: /level 6: Twenty people, some bored/ }),
  ).toBeVisible();
  expect(await walker(page)).toBeNull();

  for (let i = 0; i < 3; i++) await page.keyboard.press('Equal');
  await expect(
    page.getByRole('heading', { name: /level 9: 70 people, a quarter hostile, a walk-out/ }),
  ).toBeVisible();
  await expect.poll(async () => (await walker(page))?.phase).toBe('seated');
  const planned = await walker(page);
  expect(planned?.startsAt).toBeGreaterThanOrEqual(WALK_OUT_WINDOW.from);
  expect(planned?.startsAt).toBeLessThanOrEqual(WALK_OUT_WINDOW.to);

  // Watch the walker stand, cross the room and leave, every frame, in the page: the scene clock of
  // the last frame seated and of the first frame up say when, however slowly frames come.
  const watched = await page.evaluate(
    () =>
      new Promise<{ phases: string[]; lastSeated: number; up: number }>((resolve) => {
        const phases: string[] = [];
        let lastSeated = Number.NaN;
        let up = Number.NaN;
        const look = () => {
          const w = window.__footholdProbe?.scene?.getObjectByName('walker')?.userData as
            | { phase: string; now: number }
            | undefined;
          if (w) {
            if (w.phase === 'seated') lastSeated = w.now;
            else if (Number.isNaN(up)) up = w.now;
            if (phases.at(-1) !== w.phase) phases.push(w.phase);
          }
          if (w?.phase === 'gone') resolve({ phases, lastSeated, up });
          else requestAnimationFrame(look);
        };
        look();
      }),
  );
  // Standing up takes 1.5 s of scene time: a slow frame may step over it.
  expect(watched.phases.filter((p) => p !== 'standing')).toEqual(['seated', 'walking', 'gone']);
  expect(watched.lastSeated).toBeLessThan(planned?.startsAt ?? 0);
  expect(watched.up).toBeGreaterThanOrEqual(planned?.startsAt ?? 0);

  await rateAndStop(page, 5);
  await expect
    .poll(async () => Object.keys(await loggedMeasures(page)))
    .toEqual(expect.arrayContaining(['membersLookedAt', 'audienceShare', 'notesShare']));
  const types = (await readDatabase(page)).events.map((e) => e.type);
  expect(types.filter((t) => t === 'intensity')).toHaveLength(3);
});

test.describe('in the headset', () => {
  test.use({ xr: true });

  test('turning the head toward audience members counts as eye contact', async ({ page }) => {
    const level = audienceLevels[2]?.params; // three interested listeners
    if (!level) throw new Error('no level 3');
    const members = crowd(level, 1);
    await enterHeadset(page, '/#/session/audience/3');

    for (const [looked, member] of members.entries()) {
      const target = faceOf(member);
      // Face the member from a head at standing height.
      await page.evaluate((t) => {
        window.__iwer.position.set(0, 1.6, 0);
        window.__faceHead(t);
      }, target);
      // Held until the scene counts this member as looked at, however slowly frames come.
      await waitForMeasure(page, 'membersLookedAt', looked + 1);
    }
    await leaveHeadsetAndStop(page);
    await expect
      .poll(async () => (await loggedMeasures(page)).membersLookedAt ?? 0, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(2);
    expect((await loggedMeasures(page)).audienceShare).toBeGreaterThan(20);
  });
});

test.describe('eyes that meet the person in the headset', () => {
  test.use({ xr: true });

  test('turning the head to a member: their eyes find the person’s eyes within a second, and the mutual gaze is saved', async ({
    page,
  }) => {
    await enterHeadset(page, '/#/session/audience/3');

    // Step a metre and a half to the side, then turn the head to the first member's eyes: the
    // member, who was looking at where the person stood, must find them again.
    const took = await page.evaluate(
      ({ meets }) =>
        new Promise<{ before: number; seconds: number }>((resolve, reject) => {
          const probe = window.__footholdProbe;
          const crowd = probe?.scene?.getObjectByName('crowd')?.userData as
            | {
                time: () => number;
                eyesAt: (i: number) => { x: number; y: number; z: number };
                eyesOff: (i: number, x: number, y: number, z: number) => number;
              }
            | undefined;
          const camera = probe?.renderer?.xr.getCamera();
          if (!crowd || !camera) {
            reject(new Error('no crowd or no XR camera'));
            return;
          }
          const from = camera.getWorldPosition(camera.position.clone());
          const where = from.clone();
          window.__iwer.position.set(1.5, 1.6, 0);
          /** Turns the emulated head from where it is to the member's eyes. */
          const face = () => window.__faceHead(crowd.eyesAt(0), where);
          let startedAt = Number.NaN;
          let before = Number.NaN;
          const look = () => {
            camera.getWorldPosition(where);
            // The first frame drawn from the new place starts the clock.
            if (Number.isNaN(startedAt)) {
              if (where.distanceTo(from) > 1) {
                startedAt = crowd.time();
                before = crowd.eyesOff(0, where.x, where.y, where.z);
                face();
              }
            } else if (crowd.eyesOff(0, where.x, where.y, where.z) < meets) {
              resolve({ before, seconds: crowd.time() - startedAt });
              return;
            }
            requestAnimationFrame(look);
          };
          look();
        }),
      { meets: MEETS_ANGLE },
    );
    // They were looking at where the person stood, far from where the person is now...
    expect(took.before).toBeGreaterThan(MEETS_ANGLE * 2);
    // ...and their eyes were on the person's within a second of the scene's time.
    expect(took.seconds).toBeLessThanOrEqual(1);

    // Held, the look is mutual (an interested listener holds it), and it is measured and saved.
    await waitForMeasure(page, 'mutualGazeSeconds', 1);
    await waitForMeasure(page, 'mutualGazeMembers', 1);
    await leaveHeadsetAndStop(page);
    await expect
      .poll(async () => (await loggedMeasures(page)).mutualGazeSeconds ?? 0, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(1);
    expect((await loggedMeasures(page)).mutualGazeMembers).toBeGreaterThanOrEqual(1);
  });
});

test('notes written before the talk are on the card and survive a level change', async ({
  page,
}) => {
  await page.goto('/#/session/audience/4');
  const notes = 'Start with the harbour at dawn, then the market.';
  await page.getByLabel('Your own notes for the talk (optional)').fill(notes);
  await page
    .getByRole('spinbutton', { name: 'How distressed are you right now? (number)' })
    .fill('30');
  await page
    .getByRole('spinbutton', {
      name: 'How distressed do you expect to be at the worst moment? (number)',
    })
    .fill('70');
  await page.getByRole('button', { name: 'Start the session' }).click();
  await waitForFrames(page, 5);
  await page.keyboard.press('Equal');
  await expect(page.getByRole('heading', { name: /level 5/ })).toBeVisible();
  await expect
    .poll(async () =>
      (await readDatabase(page)).events.map(
        (e) => (e as { params?: { notes?: string } }).params?.notes,
      ),
    )
    .toEqual([notes, notes]);
});
