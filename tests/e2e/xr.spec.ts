import type { Page } from '@playwright/test';
import { expect, test, waitForFrames, waitForMeasure } from './fixtures';
import { readDatabase, startSession } from './session-helpers';
import { enterHeadset, leaveHeadsetAndStop } from './xr-helpers';

test.use({ xr: true });

const cameraPose = (page: Page) =>
  page.evaluate(() => {
    const camera = window.__footholdProbe?.camera;
    if (!camera) throw new Error('no camera');
    camera.updateMatrixWorld();
    const p = camera.position;
    const q = camera.quaternion;
    return { x: p.x, y: p.y, z: p.z, qx: q.x, qy: q.y, qz: q.z, qw: q.w };
  });

test('an emulated Quest 3 enters VR, renders XR frames, follows the head, and exits cleanly', async ({
  page,
}) => {
  const profileRequests: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/xr-profiles/'))
      profileRequests.push(`${response.status()} ${response.url()}`);
  });

  await startSession(page, '/#/session/calm/2');
  const enter = page.getByRole('button', { name: 'Enter VR' });
  await expect(enter).toBeVisible();
  await enter.click();

  await expect
    .poll(() =>
      page.evaluate(
        () => window.__footholdProbe?.xrStore?.getState().session?.environmentBlendMode ?? null,
      ),
    )
    .toBe('opaque');
  await waitForFrames(page, 10, 'xrFrames');

  // Move and turn the emulated head: the camera must follow it, not the desktop look.
  await page.evaluate(() => {
    window.__iwer.position.set(0.4, 1.5, -0.3);
    // A quarter turn to the left about the vertical axis.
    window.__iwer.quaternion.set(0, Math.SQRT1_2, 0, Math.SQRT1_2);
  });
  await waitForFrames(page, 5, 'xrFrames');
  const pose = await cameraPose(page);
  // three places the combined XR camera a few centimetres behind the eyes, so both eyes' views fit.
  expect(Math.hypot(pose.x - 0.4, pose.y - 1.5, pose.z + 0.3)).toBeLessThan(0.05);
  expect(Math.abs(pose.qy)).toBeCloseTo(Math.SQRT1_2, 2);

  // Controller models come from this origin's own copy.
  await expect
    .poll(() => profileRequests.some((r) => r.includes('meta-quest-touch-plus/profile.json')))
    .toBe(true);
  for (const request of profileRequests) expect(request).toMatch(/^200 /);

  // The headset ends the session (taken off, or left from the system menu).
  await page.evaluate(() => window.__footholdProbe?.xrStore?.getState().session?.end());
  await expect
    .poll(() => page.evaluate(() => window.__footholdProbe?.xrStore?.getState().session ?? null))
    .toBeNull();
  await expect(page.getByRole('button', { name: 'Enter VR' })).toBeVisible();
  const framesAfter = await page.evaluate(() => window.__footholdProbe?.xrFrames ?? 0);
  await waitForFrames(page, 5);
  // Back on the desktop view: frames go on, none of them in XR, at standing eye height.
  expect(await page.evaluate(() => window.__footholdProbe?.xrFrames ?? 0)).toBe(framesAfter);
  expect((await cameraPose(page)).y).toBeCloseTo(1.6, 6);

  // The session went on across the headset and back, and its log says where it was run. Leaving
  // the headset paused the exposure: the person resumes when ready.
  const types = (await readDatabase(page)).events.map((e) => e.type);
  expect(types).toEqual(['started', 'xr-enter', 'xr-exit', 'pause']);
});

test('in the headset, pitching the head down counts toward the look-down share', async ({
  page,
}) => {
  await enterHeadset(page, '/#/session/heights/3');
  await page.evaluate(() => {
    // Head pitched 60 degrees down, about the x axis.
    window.__iwer.quaternion.set(-0.5, 0, 0, Math.sqrt(3) / 2);
  });
  // Held until well past the share the log must show, as level frames follow before the stop.
  await waitForMeasure(page, 'lookDownShare', 40);
  await page.evaluate(() => {
    window.__iwer.quaternion.set(0, 0, 0, 1);
  });
  await waitForFrames(page, 5, 'xrFrames');
  await leaveHeadsetAndStop(page);
  await expect(
    page.getByRole('heading', { name: 'You stopped. You are safe here.' }),
  ).toBeVisible();
  await expect
    .poll(async () => {
      const { events } = await readDatabase(page);
      const logged = events.filter((e) => e.type === 'measures') as {
        values?: Record<string, number>;
      }[];
      return Object.assign({}, ...logged.map((e) => e.values)).lookDownShare ?? 0;
    })
    .toBeGreaterThan(10);
});

test('in the headset, walking past the edge dims the view and asks to step back', async ({
  page,
}) => {
  await startSession(page, '/#/session/heights/7'); // no railing, edge 1 m ahead
  await page.getByRole('button', { name: 'Enter VR' }).click();
  await waitForFrames(page, 5, 'xrFrames');
  const veil = () =>
    page.evaluate(() => {
      const mesh = window.__footholdProbe?.scene?.getObjectByName('off-surface-veil') as
        | { visible: boolean; material: { opacity: number } }
        | undefined;
      return mesh ? { visible: mesh.visible, opacity: mesh.material.opacity } : null;
    });
  expect(await veil()).toEqual({ visible: false, opacity: 0 });

  // Two metres forward: a metre past the edge, in the air.
  await page.evaluate(() => window.__iwer.position.set(0, 1.6, -2));
  await expect
    .poll(async () => (await veil())?.opacity ?? 0, { timeout: 20_000 })
    .toBeGreaterThan(0.8);
  expect((await veil())?.visible).toBe(true);

  // Back on the terrace, the view clears again.
  await page.evaluate(() => window.__iwer.position.set(0, 1.6, 0));
  await expect.poll(async () => (await veil())?.visible, { timeout: 20_000 }).toBe(false);
  await page.evaluate(() => window.__footholdProbe?.xrStore?.getState().session?.end());
});
