// The person's own place: a photo or video of theirs, added on the ladder page, practised as a
// step, looked around in, exported with its file and brought back in a fresh profile.
import type { Page } from '@playwright/test';
import { expect, test, waitForFrames } from './fixtures';
import { PROBE_SCRIPT } from './paths';
import { answerBefore, rateAndStop } from './session-helpers';
import { leaveHeadsetAndStop } from './xr-helpers';

/**
 * A 360° photo made in the page with a canvas: grey all round, with a red marker a quarter turn to
 * the right of the picture's centre (three quarters across an equirectangular picture).
 */
async function panorama(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 2048;
    canvas.height = 1024;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d');
    g.fillStyle = '#808080';
    g.fillRect(0, 0, 2048, 1024);
    g.fillStyle = '#ff0000';
    g.fillRect(0.75 * 2048 - 80, 512 - 80, 160, 160);
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.95),
    );
    if (!blob) throw new Error('no jpeg');
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  return Buffer.from(bytes);
}

/** A short WebM video made in the page: a canvas changing colour, recorded for a second. */
async function shortVideo(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 180;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d');
    const recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: 'video/webm' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise((resolve) => {
      recorder.onstop = resolve;
    });
    recorder.start();
    let frame = 0;
    await new Promise<void>((resolve) => {
      const draw = () => {
        g.fillStyle = `hsl(${(frame * 12) % 360} 80% 50%)`;
        g.fillRect(0, 0, 320, 180);
        frame++;
        if (frame < 40) requestAnimationFrame(draw);
        else resolve();
      };
      draw();
    });
    recorder.stop();
    await stopped;
    return [...new Uint8Array(await new Blob(chunks).arrayBuffer())];
  });
  return Buffer.from(bytes);
}

/** Fills "Add your own place" and adds it; waits for the word that it is on the ladder. */
async function addPlace(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  name: string,
  ladder: string,
  level: number,
) {
  const form = page.getByRole('form', { name: 'Add your own place' });
  await form.getByLabel('Photo or video').setInputFiles(file);
  await form.getByLabel('Its name, in your own words').fill(name);
  await form.getByLabel('Which fear it is for').selectOption({ label: ladder });
  if (ladder === 'A new ladder…') await form.getByLabel('The new ladder’s name').fill('Lifts');
  await form.getByLabel('Start at level').selectOption(String(level));
  await form.getByRole('spinbutton', { name: /Expected distress/ }).fill('50');
  await form.getByRole('button', { name: 'Add the place' }).click();
}

/** Whether the pixel in the middle of the view is the marker's red, read from the drawn canvas. */
function centreIsRed(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    // The 3D view's canvas (in the headset the emulator holds it in a frame of its own).
    const gl = document.querySelector('canvas');
    if (!gl) return false;
    const copy = document.createElement('canvas');
    copy.width = gl.width;
    copy.height = gl.height;
    const g = copy.getContext('2d');
    if (!g) return false;
    g.drawImage(gl, 0, 0);
    const [r = 0, gr = 0, b = 0] = g.getImageData(
      Math.floor(gl.width / 2),
      Math.floor(gl.height / 2),
      1,
      1,
    ).data;
    return r > 150 && gr < 90 && b < 90;
  });
}

/** The camera's heading, in degrees: 0 ahead (-z), 90 a quarter turn to the right (+x). */
function heading(page: Page): Promise<number> {
  return page.evaluate(() => {
    const camera = window.__footholdProbe?.camera;
    if (!camera) return Number.NaN;
    const e = camera.matrixWorld.elements;
    // The camera looks along its -z axis.
    const x = -(e[8] ?? 0);
    const z = -(e[10] ?? 0);
    return (Math.atan2(x, -z) * 180) / Math.PI;
  });
}

/** The marked 360° photo, added to the heights ladder as "The bridge" at level 10. */
async function addBridge(page: Page) {
  await page.goto('/#/ladder');
  await addPlace(
    page,
    { name: 'bridge.jpg', mimeType: 'image/jpeg', buffer: await panorama(page) },
    'The bridge',
    'Fear of heights',
    10,
  );
  await expect(
    page.getByRole('form', { name: 'Add your own place' }).getByRole('status'),
  ).toHaveText('“The bridge” is on your ladder. Start it from its step below.');
}

async function startStep(page: Page, name: string) {
  await page
    .getByRole('link', { name: `Start ${name}` })
    .first()
    .click();
  await answerBefore(page);
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('toolbar', { name: 'Session controls' })).toBeVisible();
  await waitForFrames(page, 5);
}

test('a 360° photo of my own, on the heights ladder: looked around to its marker, exported with media, and brought back in a fresh profile', async ({
  page,
  browser,
}) => {
  await addBridge(page);
  await expect(page.locator('[data-place="The bridge"]')).toContainText('360°');
  // On the heights ladder, as a step like any other.
  const heights = page.getByRole('region', { name: 'Fear of heights: Heights' });
  await expect(heights.locator('[data-step="The bridge"]')).toBeVisible();

  await startStep(page, 'The bridge');
  await expect(page.locator('.session')).toHaveAttribute('data-scene', 'place');
  // Ahead is the picture's grey middle; the marker is a quarter turn to the right.
  await expect.poll(() => centreIsRed(page)).toBe(false);
  const view = page.locator('.scene-canvas');
  const box = await view.boundingBox();
  if (!box) throw new Error('no view');
  // Drag in small steps until the marker is in the middle of the view.
  let found = false;
  for (let i = 0; i < 60 && !found; i++) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 30, box.y + box.height / 2, { steps: 3 });
    await page.mouse.up();
    await waitForFrames(page, 2);
    found = await centreIsRed(page);
  }
  expect(found, 'the marker came into the middle of the view').toBe(true);
  // Where it was put: a quarter turn to the right.
  expect(Math.abs((await heading(page)) - 90)).toBeLessThan(12);
  await rateAndStop(page, 4);

  // Exported with media, one archive, and imported into a new profile.
  await page.goto('/#/review');
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('button', { name: 'Export with your places’ photos and videos (.zip)' })
    .click();
  const archive = await (await downloading).path();
  const fresh = await browser.newContext();
  await fresh.addInitScript({ path: PROBE_SCRIPT });
  const other = await fresh.newPage();
  await other.goto('/#/review');
  await other.getByLabel('Choose a Foothold export to import').setInputFiles(archive);
  await expect(other.getByRole('status')).toHaveText('Imported 1 session, and 1 ladder step.', {
    timeout: 60_000,
  });
  await other.goto('/#/ladder');
  await expect(other.locator('[data-place="The bridge"]')).toBeVisible();
  await expect(
    other
      .getByRole('region', { name: 'Fear of heights: Heights' })
      .locator('[data-step="The bridge"]'),
  ).toBeVisible();
  // Its file came too: the step opens and shows the place.
  await startStep(other, 'The bridge');
  await expect(other.locator('.session')).toHaveAttribute('data-scene', 'place');
  await fresh.close();
});

test('a short video of my own plays on a screen ahead; a file that is not media is refused and nothing is stored', async ({
  page,
}) => {
  await page.goto('/#/ladder');
  await addPlace(
    page,
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') },
    'My notes',
    'Fear of heights',
    1,
  );
  await expect(page.getByRole('alert')).toContainText(
    '“notes.json” is not a photo or a video Foothold can show.',
  );
  const stored = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('foothold');
          open.onsuccess = () => {
            const db = open.result;
            const count = db.transaction('places').objectStore('places').count();
            count.onsuccess = () => {
              db.close();
              resolve(count.result);
            };
          };
        }),
    );
  expect(await stored()).toBe(0);

  await addPlace(
    page,
    { name: 'lift.webm', mimeType: 'video/webm', buffer: await shortVideo(page) },
    'The lift at work',
    'A new ladder…',
    10,
  );
  await expect(
    page.getByRole('form', { name: 'Add your own place' }).getByRole('status'),
  ).toHaveText('“The lift at work” is on your ladder. Start it from its step below.');
  expect(await stored()).toBe(1);
  await expect(page.getByRole('region', { name: 'Lifts' })).toBeVisible();
  await startStep(page, 'The lift at work');
  // The video plays: its time moves on, frame after frame.
  const videoTime = () =>
    page.evaluate(() => {
      let time = -1;
      window.__footholdProbe?.scene?.traverse((o) => {
        const map = (o as { material?: { uniforms?: Record<string, { value: unknown }> } }).material
          ?.uniforms;
        for (const u of Object.values(map ?? {})) {
          const image = (u.value as { image?: unknown } | null)?.image;
          if (image instanceof HTMLVideoElement) time = Math.max(time, image.currentTime);
        }
      });
      return time;
    });
  await expect.poll(videoTime, { timeout: 60_000 }).toBeGreaterThan(0.2);
  await rateAndStop(page, 3);
});

test.describe('in the headset', () => {
  test.use({ xr: true });

  test('turning the head a quarter to the right brings the 360° photo’s marker to the middle of the view', async ({
    page,
  }) => {
    await addBridge(page);
    await startStep(page, 'The bridge');
    await page.getByRole('button', { name: 'Enter VR' }).click();
    await waitForFrames(page, 5, 'xrFrames');
    // The page's canvas mirrors the headset's view: ahead is the picture's grey middle.
    await expect.poll(() => centreIsRed(page)).toBe(false);
    await page.evaluate(() => {
      // A quarter turn to the right about the vertical axis.
      window.__iwer.quaternion.set(0, -Math.SQRT1_2, 0, Math.SQRT1_2);
    });
    await waitForFrames(page, 5, 'xrFrames');
    await expect.poll(() => centreIsRed(page), { timeout: 60_000 }).toBe(true);
    expect(Math.abs((await heading(page)) - 90)).toBeLessThan(5);
    await leaveHeadsetAndStop(page);
  });
});
