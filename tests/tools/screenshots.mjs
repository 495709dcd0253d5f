// `npm run screenshots`: pictures of the scenes at a low, a middle and the top level on a desktop screen,
// taken from the built app, for docs/screenshots (so a reader sees what the scene looks like).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium.mjs';
import { startSession, waitForFrames } from './session.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'docs', 'screenshots');
const PORT = 4181;
const shots = [
  { scene: 'heights', level: 1, pitch: 2 },
  { scene: 'heights', level: 5, pitch: 3 },
  { scene: 'heights', level: 10, pitch: 5 },
  { scene: 'audience', level: 2, pitch: 1 },
  { scene: 'audience', level: 6, pitch: 1 },
  { scene: 'audience', level: 10, pitch: 0 },
];

await build({ root, logLevel: 'warn' });
const server = await preview({ root, preview: { port: PORT, strictPort: true }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
mkdirSync(out, { recursive: true });
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
    const path = join(out, `${shot.scene}-level-${shot.level}.jpg`);
    await page.screenshot({ path, type: 'jpeg', quality: 80 });
    console.log(`Wrote ${path.slice(root.length + 1)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
