// Driving the emulated headset (IWER) like a person: point a controller or a hand at a panel's
// button, press, and hold buttons.
import type { Page } from '@playwright/test';
import { expect, waitForFrames } from './fixtures';
import { startSession } from './session-helpers';

type Hand = 'left' | 'right';

/**
 * Waits until a named panel element has been laid out (its size is known once the font loaded)
 * and holds still: text settling, or the panel gliding after the head, would move the target.
 */
export async function panelElement(page: Page, name: string) {
  const where = () =>
    page.evaluate((n) => {
      const o = window.__footholdProbe?.scene?.getObjectByName(n) as
        | { size?: { value?: [number, number] }; matrixWorld: { elements: number[] } }
        | undefined;
      if (!o?.size?.value) return null;
      return o.matrixWorld.elements.map((e) => e.toFixed(4)).join(',');
    }, name);
  let last: string | null = null;
  await expect
    .poll(
      async () => {
        const now = await where();
        const still = now !== null && now === last;
        last = now;
        return still;
      },
      { timeout: 30_000, intervals: [250] },
    )
    .toBe(true);
}

/**
 * Points the right controller (or a hand) from beside the head at a spot on a named element:
 * `along` from -0.5 (its left edge) to 0.5 (its right edge), 0 at its centre.
 */
export async function aimAt(
  page: Page,
  name: string,
  along = 0,
  input: 'controller' | 'hand' = 'controller',
) {
  await panelElement(page, name);
  await page.evaluate(
    ({ n, f, kind }) => {
      const probe = window.__footholdProbe;
      const target = probe?.scene?.getObjectByName(n);
      const camera = probe?.renderer?.xr.getCamera();
      if (!target || !camera) throw new Error(`no ${n}`);
      target.updateWorldMatrix(true, false);
      // The element's world matrix maps a unit square onto it: its x axis spans the width.
      const point = target.position.clone().set(f, 0, 0).applyMatrix4(target.matrixWorld);
      const head = camera.position.clone();
      camera.getWorldPosition(head);
      const from = head.clone().set(head.x + 0.15, head.y - 0.25, head.z - 0.1);
      const d = point.clone().sub(from).normalize();
      // The rotation that turns -z (where a pointer points) onto d.
      const a = { x: 0, y: 0, z: -1 };
      const c = { x: a.y * d.z - a.z * d.y, y: a.z * d.x - a.x * d.z, z: a.x * d.y - a.y * d.x };
      const w = 1 + (a.x * d.x + a.y * d.y + a.z * d.z);
      const l = Math.hypot(c.x, c.y, c.z, w);
      const device = window.__iwer;
      const pointer = kind === 'hand' ? device.hands.right : device.controllers.right;
      if (!pointer) throw new Error('no pointer');
      pointer.position.set(from.x, from.y, from.z);
      pointer.quaternion.set(c.x / l, c.y / l, c.z / l, w / l);
    },
    { n: name, f: along, kind: input },
  );
  await waitForFrames(page, 3, 'xrFrames');
}

/**
 * A trigger press and release, or a pinch and let go, at least two XR frames apart (and, with
 * `heldMs`, held that long on the page's clock: a slow, deliberate press). The frames are counted
 * inside the page, so the press is as short as the headset's frames allow.
 */
export async function pull(page: Page, input: 'controller' | 'hand' = 'controller', heldMs = 0) {
  await page.evaluate(
    async ({ kind, held }) => {
      const probe = window.__footholdProbe;
      if (!probe) throw new Error('no probe');
      const frames = async (count: number) => {
        const start = probe.xrFrames;
        while (probe.xrFrames < start + count) await new Promise((r) => setTimeout(r, 4));
      };
      const set = (v: number) =>
        kind === 'hand'
          ? window.__iwer.hands.right?.updatePinchValue(v)
          : window.__iwer.controllers.right?.updateButtonValue('trigger', v);
      set(1);
      const down = performance.now();
      await frames(2);
      while (performance.now() - down < held) await frames(1);
      set(0);
      await frames(2);
    },
    { kind: input, held: heldMs },
  );
}

/** Points at a named panel element and clicks it with the right controller's trigger. */
export async function press(page: Page, name: string, along = 0) {
  await aimAt(page, name, along);
  await pull(page);
}

/** Presses a controller button (by its id in the controller's layout) for some frames. */
export async function tap(page: Page, hand: Hand, button: string) {
  await page.evaluate(({ h, b }) => window.__iwer.controllers[h]?.updateButtonValue(b, 1), {
    h: hand,
    b: button,
  });
  await waitForFrames(page, 2, 'xrFrames');
  await page.evaluate(({ h, b }) => window.__iwer.controllers[h]?.updateButtonValue(b, 0), {
    h: hand,
    b: button,
  });
  await waitForFrames(page, 2, 'xrFrames');
}

/**
 * Holds a controller button down until `done` (a state the hold brings about), then lets go: a
 * hold timed by the test would say nothing on a machine too busy to draw frames in that time.
 */
export async function holdUntil(page: Page, hand: Hand, button: string, done: () => Promise<void>) {
  await page.evaluate(({ h, b }) => window.__iwer.controllers[h]?.updateButtonValue(b, 1), {
    h: hand,
    b: button,
  });
  await done();
  await page.evaluate(({ h, b }) => window.__iwer.controllers[h]?.updateButtonValue(b, 0), {
    h: hand,
    b: button,
  });
  await waitForFrames(page, 2, 'xrFrames');
}

/**
 * Leans a thumbstick sideways for exactly one XR frame and lets it spring back. The spring back is
 * queued behind the app's own frame callback, so the app reads the lean in one frame only, however
 * long that frame takes (a held lean repeats after 400 ms).
 */
export async function nudge(page: Page, hand: Hand, x: number) {
  await page.evaluate(
    ({ h, dx }) =>
      new Promise<void>((resolve, reject) => {
        const session = window.__footholdProbe?.xrStore?.getState().session;
        const controller = window.__iwer.controllers[h];
        if (!session || !controller) return reject(new Error('no XR session or controller'));
        controller.updateAxes('thumbstick', dx, 0);
        session.requestAnimationFrame(() => {
          controller.updateAxes('thumbstick', 0, 0);
          // One more frame, so the app has seen the stick at rest before the next lean.
          session.requestAnimationFrame(() => session.requestAnimationFrame(() => resolve()));
        });
      }),
    { h: hand, dx: x },
  );
}

/** Starts a session on the screen at `path`, enters VR, and waits for the headset's first frames. */
export async function enterHeadset(page: Page, path: string) {
  await startSession(page, path);
  await page.getByRole('button', { name: 'Enter VR' }).click();
  await waitForFrames(page, 5, 'xrFrames');
}

/** Takes the headset off (the session ends), then stops on the screen with Escape. */
export async function leaveHeadsetAndStop(page: Page) {
  await page.evaluate(() => window.__footholdProbe?.xrStore?.getState().session?.end());
  await expect(page.getByRole('button', { name: 'Enter VR' })).toBeVisible();
  await page.keyboard.press('Escape');
}
