// A whole journey through Foothold, as a person makes it on a new device, watched for what must
// never happen: a request to any other origin, or anything the Content-Security-Policy refuses.
// Then the same journey again with the network off.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForFrames } from './fixtures';
import { BASE_URL, IWER_SCRIPT, PROBE_SCRIPT } from './paths';
import { readDatabase, startSession } from './session-helpers';
import { panelElement, press, tap } from './xr-helpers';

interface Watched {
  foreign: string[];
  violations: string[];
  errors: string[];
}

const appOrigin = new URL(BASE_URL).origin;

async function watchedContext(context: BrowserContext): Promise<Watched> {
  const watched: Watched = { foreign: [], violations: [], errors: [] };
  // Every request of the context: pages, workers and the service worker.
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== appOrigin)
      watched.foreign.push(url);
  });
  await context.exposeBinding('__footholdCspViolation', (_source, text: string) => {
    watched.violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __footholdCspViolation?: (t: string) => void })
        .__footholdCspViolation;
      report?.(`${e.violatedDirective} refused ${e.blockedURI || '(inline)'} in ${e.sourceFile}`);
    });
    // This journey starts as a new person's: the first-run screen is part of it.
    (window as Window & { __footholdFirstRunTest?: boolean }).__footholdFirstRunTest = true;
  });
  await context.addInitScript({ path: PROBE_SCRIPT });
  await context.addInitScript({ path: IWER_SCRIPT });
  return watched;
}

function watchPage(page: Page, watched: Watched) {
  page.on('console', (message) => {
    // Workers' refusals reach the console only.
    if (message.type() === 'error' || /Content Security Policy/.test(message.text()))
      watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
}

/** One desktop session: rate, maybe the pacer, stop with Escape, answer, see the summary. */
async function desktopSession(page: Page, path: string, pacer = false) {
  await startSession(page, path);
  await page.keyboard.press('Digit5');
  if (pacer) {
    await page.keyboard.press('KeyB');
    await expect(page.getByRole('complementary', { name: 'Breathing pacer' })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('heading', { name: 'You stopped. You are safe here.' }),
  ).toBeVisible();
  await page
    .getByRole('spinbutton', { name: 'How distressed are you now, at the end? (number)' })
    .focus();
  await page.keyboard.type('25');
  await page.getByRole('button', { name: 'Save and see the summary' }).click();
  await expect(page.getByRole('heading', { name: 'Session summary' })).toBeVisible();
}

/** A session in the emulated headset: answers, a rating, the pacer and Finish, on the panels. */
async function headsetSession(page: Page) {
  await page.goto(`${BASE_URL}/#/session/audience/3`);
  await waitForFrames(page, 3);
  await page.getByRole('button', { name: 'Enter VR' }).click();
  await waitForFrames(page, 5, 'xrFrames');
  await press(page, 'before-now-slider', -0.5 + 0.2);
  await press(page, 'before-expected-slider', -0.5 + 0.6);
  await press(page, 'before-start');
  await tap(page, 'right', 'a-button');
  await press(page, 'rating-slider', -0.5 + 0.4);
  await press(page, 'rating-confirm');
  await tap(page, 'left', 'x-button');
  // Finished as planned, on the panel: it counts like a finished session on the screen.
  const finishedInHeadset = async () =>
    (await readDatabase(page)).events.filter(
      (e) => e.type === 'stop' && e.via === 'finish-button' && e.mode === 'xr' && !e.early,
    ).length;
  const before = await finishedInHeadset();
  await press(page, 'finish');
  await expect.poll(finishedInHeadset).toBe(before + 1);
  await press(page, 'end-session');
  await press(page, 'after-end-slider', -0.5 + 0.3);
  await press(page, 'after-save');
  await panelElement(page, 'exit-vr');
  await page.evaluate(() => window.__footholdProbe?.xrStore?.getState().session?.end());
}

/** The review with every session, and an export saved from it. */
async function reviewAndExport(page: Page, sessions: number) {
  await page.goto(`${BASE_URL}/#/review`);
  await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
  await expect(page.locator('table.sessions tbody tr')).toHaveCount(sessions);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = await (await downloading).path();
  expect(file).toBeTruthy();
}

async function journey(page: Page, sessionsBefore: number) {
  await desktopSession(page, `${BASE_URL}/#/session/heights/5`, true);
  await desktopSession(page, `${BASE_URL}/#/session/audience/6`);
  await desktopSession(page, `${BASE_URL}/#/session/calm/2`);
  await headsetSession(page);
  await reviewAndExport(page, sessionsBefore + 4);
}

test.use({ serviceWorkers: 'allow' });

test('a whole journey sends nothing anywhere, breaks no rule of the policy, and works again offline', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const context = await browser.newContext({
    serviceWorkers: 'allow',
    acceptDownloads: true,
    viewport: { width: 1280, height: 720 },
  });
  const watched = await watchedContext(context);
  const page = await context.newPage();
  watchPage(page, watched);

  // A new person: the first-run screen, then the journey.
  await page.goto(`${BASE_URL}/#/`);
  await page.getByRole('button', { name: 'I understand, continue' }).click();
  await expect(page.getByRole('heading', { name: 'Practice' })).toBeVisible();
  // The watch sees what it must: an image asked from elsewhere is seen as a request, and the policy
  // refuses it, once for the header's policy and once for the meta tag's.
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://elsewhere.example/pixel.png';
    document.body.append(img);
    img.remove();
  });
  const refused = 'img-src refused https://elsewhere.example/pixel.png in ';
  await expect.poll(() => watched.violations).toEqual([refused, refused]);
  expect(watched.foreign).toEqual(['https://elsewhere.example/pixel.png']);
  watched.foreign.length = 0;
  watched.violations.length = 0;
  watched.errors.length = 0;
  // The service worker has everything once it is in charge.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), {
      timeout: 60_000,
    })
    .toBe('activated');
  await journey(page, 0);

  // The network goes; the app, every scene, the headset and the review stay.
  await context.setOffline(true);
  await page.goto(`${BASE_URL}/#/`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Practice' })).toBeVisible();
  await journey(page, 4);
  await context.setOffline(false);

  const { sessions } = await readDatabase(page);
  expect(sessions).toHaveLength(8);
  expect(watched.foreign, 'requests to other origins').toEqual([]);
  expect(watched.violations, 'Content-Security-Policy violations').toEqual([]);
  // The XR library's own rejection of a superseded offer is the only error it may log.
  expect(
    watched.errors.filter((e) => !/^Error: Offer superseded by a new offerSession call\./.test(e)),
    'errors in the console or the page',
  ).toEqual([]);
  await context.close();
});
