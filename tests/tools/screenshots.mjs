// `npm run screenshots`: pictures of the scenes taken from the built app.
// - docs/screenshots: a low, a middle and the top level on a desktop screen, for the README.
// - public/pictures: each scene's first, gentlest level, small, for its card on the home page
//   (src/views/app/scenePictures.ts names them and gives their size).
// - docs/screenshots/heights-level-5-desktop.png: the whole desktop view during a steady
//   exposure, its controls folded, looking down at the drop (docs/PERFORMANCE.md's view figure).
// `npm run screenshots -- cards` takes only the cards' pictures, `-- docs` only the README's and
// the desktop view, `-- view` only the desktop view; a scene's id after it (`-- docs conversation`)
// takes only that scene's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium.mjs';
import { startSession, waitForFrames } from './session.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const docs = join(root, 'docs', 'screenshots');
const cards = join(root, 'public', 'pictures');
const PORT = 4181;
/** As PICTURE_SIZE in src/views/app/scenePictures.ts. */
const CARD = { width: 480, height: 270 };
const docShots = [
  { scene: 'heights', level: 1, pitch: 2 },
  { scene: 'heights', level: 5, pitch: 3 },
  { scene: 'heights', level: 10, pitch: 5 },
  { scene: 'audience', level: 2, pitch: 1 },
  { scene: 'audience', level: 6, pitch: 1 },
  { scene: 'audience', level: 10, pitch: 0 },
  // The café is taken while someone speaks to the person, their caption beside them.
  { scene: 'conversation', level: 2, pitch: 0, caption: true },
  { scene: 'conversation', level: 6, pitch: 0, caption: true },
  { scene: 'conversation', level: 10, pitch: 1, caption: true },
  { scene: 'metro', level: 2, pitch: 0 },
  { scene: 'metro', level: 6, pitch: 0 },
  { scene: 'metro', level: 10, pitch: 0 },
  { scene: 'spiders', level: 2, pitch: 0 },
  { scene: 'spiders', level: 6, pitch: 0 },
  { scene: 'spiders', level: 10, pitch: 0 },
].map((shot) => ({ ...shot, path: join(docs, `${shot.scene}-level-${shot.level}.jpg`) }));
const closeShots = [
  // The real look up close: the level 8 spider come as near as it may, the view turned to it.
  {
    scene: 'spiders',
    level: 8,
    pitch: 3,
    near: 0.36,
    path: join(docs, 'spiders-close-up.jpg'),
  },
];
const viewShots = [
  {
    scene: 'heights',
    level: 5,
    pitch: 4,
    png: true,
    path: join(docs, 'heights-level-5-desktop.png'),
  },
];
const cardShots = [
  // Less tilt than the README's: a card shows the place as one arrives, the drop only hinted.
  { scene: 'heights', level: 1, pitch: 1 },
  { scene: 'audience', level: 1, pitch: 1 },
  { scene: 'conversation', level: 1, pitch: 0 },
  { scene: 'metro', level: 1, pitch: 0 },
  { scene: 'spiders', level: 1, pitch: 0 },
  { scene: 'calm', level: 1, pitch: 0 },
].map((shot) => ({ ...shot, card: true, path: join(cards, `${shot.scene}-level-1.webp`) }));
const only = process.argv[2];
const sceneOnly = process.argv[3];
const shots = (
  only === 'cards'
    ? cardShots
    : only === 'view'
      ? viewShots
      : only === 'docs'
        ? [...docShots, ...closeShots, ...viewShots]
        : [...docShots, ...closeShots, ...viewShots, ...cardShots]
).filter((shot) => !sceneOnly || shot.scene === sceneOnly);

await build({ root, logLevel: 'warn' });
const server = await preview({ root, preview: { port: PORT, strictPort: true }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
mkdirSync(docs, { recursive: true });
mkdirSync(cards, { recursive: true });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // The test probe, which also starts past the first-run screen.
    await page.addInitScript({ path: join(root, 'tests', 'e2e', 'harness', 'probe.js') });
    await page.goto(`http://localhost:${PORT}/#/session/${shot.scene}/${shot.level}`);
    await startSession(page);
    await waitForFrames(page, 10);
    // Tilt the view down a little, as a person does to see the drop.
    for (let i = 0; i < shot.pitch; i++) await page.keyboard.press('PageDown');
    await waitForFrames(page, 30);
    if (shot.near)
      // Until the first spider has walked up as near as the level lets it.
      await page.waitForFunction(
        (near) => {
          const room = window.__footholdProbe?.scene?.getObjectByName('spiders-room');
          const spider = room?.userData.cast?.().spiders[0]?.walker;
          const head = room?.userData.head?.();
          return (
            spider && head && Math.hypot(spider.body.u - head.x, spider.body.w - head.z) < near
          );
        },
        shot.near,
        { timeout: 120_000 },
      );
    if (shot.caption)
      await page.waitForFunction(
        () => {
          const caption = window.__footholdProbe?.scene?.getObjectByName('caption');
          return Boolean(caption?.visible && caption.userData.text);
        },
        undefined,
        { timeout: 120_000 },
      );
    if (shot.card) {
      // The card shows the place alone, without the session's controls over it.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('.session > :not(canvas, .scene-canvas)'))
          if (el instanceof HTMLElement) el.style.visibility = 'hidden';
      });
      await waitForFrames(page, 2);
      const png = await page.screenshot({ type: 'png' });
      // Playwright writes no webp: the page's own canvas scales the picture down and encodes it.
      const webp = await page.evaluate(
        async ({ base64, width, height }) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(width, height);
          const context = canvas.getContext('2d');
          if (!context) throw new Error('no 2D canvas');
          context.imageSmoothingQuality = 'high';
          context.drawImage(bitmap, 0, 0, width, height);
          const blob = await canvas.convertToBlob({ type: 'image/webp', quality: 0.72 });
          const out = new Uint8Array(await blob.arrayBuffer());
          let text = '';
          for (const b of out) text += String.fromCharCode(b);
          return btoa(text);
        },
        { base64: png.toString('base64'), ...CARD },
      );
      writeFileSync(shot.path, Buffer.from(webp, 'base64'));
    } else if (shot.png) {
      await page.screenshot({ path: shot.path, type: 'png' });
    } else {
      await page.screenshot({ path: shot.path, type: 'jpeg', quality: 80 });
    }
    console.log(`Wrote ${shot.path.slice(root.length + 1)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
