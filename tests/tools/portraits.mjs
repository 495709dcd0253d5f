// `npm run portraits`: close-ups of the audience's faces for docs/screenshots, taken from the built
// app at the lectern, as a person sees them through a long lens: each attitude's face while the
// person looks at them (so each answers the gaze in its own way), and an interested listener
// meeting the person's eyes.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium.mjs';
import { startSession, waitForFrames } from './session.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const docs = join(root, 'docs', 'screenshots');
const PORT = 4182;
const shots = [
  // Level 4: mostly interested listeners; level 8: neutral, bored and hostile faces.
  { level: 4, attitude: 'interested', name: 'face-interested' },
  { level: 8, attitude: 'neutral', name: 'face-neutral' },
  { level: 8, attitude: 'bored', name: 'face-bored' },
  { level: 8, attitude: 'hostile', name: 'face-hostile' },
  { level: 3, attitude: 'interested', name: 'gaze-met', wide: true },
];

await build({ root, logLevel: 'warn' });
const server = await preview({ root, preview: { port: PORT, strictPort: true }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
mkdirSync(docs, { recursive: true });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript({ path: join(root, 'tests', 'e2e', 'harness', 'probe.js') });
    await page.goto(`http://localhost:${PORT}/#/session/audience/${shot.level}`);
    await startSession(page);
    await page.waitForFunction(
      () => window.__footholdProbe?.scene?.getObjectByName('crowd'),
      null,
      {
        timeout: 120_000,
      },
    );
    await waitForFrames(page, 10);
    // Aim the desktop camera at the nearest member of the attitude and narrow the lens: the
    // desktop look sets the camera's rotation each frame, so its setter is held to this aim.
    const aimed = await page.evaluate(
      ({ attitude, wide }) => {
        const probe = window.__footholdProbe;
        const crowd = probe?.scene?.getObjectByName('crowd')?.userData;
        const camera = probe?.camera;
        if (!crowd || !camera) throw new Error('no crowd or camera');
        const at = camera.position;
        let best = -1;
        let bestDistance = Number.POSITIVE_INFINITY;
        crowd.attitudes.forEach((a, i) => {
          if (a !== attitude) return;
          const e = crowd.eyesAt(i);
          const d = Math.hypot(e.x - at.x, e.z - at.z);
          if (d < bestDistance) {
            bestDistance = d;
            best = i;
          }
        });
        if (best < 0) throw new Error(`nobody ${attitude}`);
        const eyes = crowd.eyesAt(best);
        const yaw = Math.atan2(-(eyes.x - at.x), -(eyes.z - at.z));
        const pitch = Math.atan2(eyes.y - at.y, Math.hypot(eyes.x - at.x, eyes.z - at.z));
        const set = camera.rotation.set.bind(camera.rotation);
        camera.rotation.set = () => set(pitch, yaw, 0, 'YXZ');
        camera.fov = wide ? 9 : 5;
        camera.updateProjectionMatrix();
        for (const el of document.querySelectorAll('.session > :not(canvas, .scene-canvas)'))
          if (el instanceof HTMLElement) el.style.visibility = 'hidden';
        return { member: best, distance: bestDistance };
      },
      { attitude: shot.attitude, wide: shot.wide ?? false },
    );
    // Long enough for eyes to meet and each attitude to answer.
    await waitForFrames(page, 90);
    const path = join(docs, `${shot.name}.jpg`);
    await page.screenshot({ path, type: 'jpeg', quality: 85 });
    if (process.env.PORTRAITS_PNG)
      await page.screenshot({ path: join(process.env.PORTRAITS_PNG, `${shot.name}.png`) });
    console.log(
      `Wrote ${path.slice(root.length + 1)} (member ${aimed.member}, ${aimed.distance.toFixed(1)} m)`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
