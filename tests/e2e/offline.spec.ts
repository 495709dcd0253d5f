// The installed app: a service worker precaches everything, so after the first visit Foothold
// works with the network off; a new version waits to be offered; the policy travels with it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CSP_HEADER, CSP_META } from '../../src/views/app/csp';
import { expect, test } from './fixtures';
import { BASE_URL, ROOT } from './paths';
import { startSession } from './session-helpers';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker is active and in charge of this page. */
async function controlled(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return {
            active: registration?.active?.state ?? null,
            scope: registration?.scope ?? null,
            controller: navigator.serviceWorker.controller?.state ?? null,
          };
        }),
      { timeout: 60_000 },
    )
    .toEqual({ active: 'activated', scope: `${BASE_URL}/`, controller: 'activated' });
}

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const updatePrompt = 'A new version of Foothold is ready. Reload to update.';

test('after the first visit, the home page, a heights session and the review work with the network off', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Practice' })).toBeVisible();
  await controlled(page);

  // Installable: the manifest is linked, complete, and its icons are there at their sizes.
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href ?? '', `${BASE_URL}/`).href;
  const manifest = await (await page.request.get(manifestUrl)).json();
  expect(manifest).toMatchObject({
    name: 'Foothold',
    display: 'standalone',
    start_url: './',
    scope: './',
    theme_color: '#1b2238',
  });
  expect(manifest.description.length).toBeGreaterThan(20);
  const pngs = manifest.icons.filter((i: { type: string }) => i.type === 'image/png');
  expect(
    pngs.map((i: { sizes: string; purpose?: string }) => `${i.sizes} ${i.purpose ?? 'any'}`),
  ).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of pngs) {
    const response = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(response.headers()['content-type']).toBe('image/png');
    const [w, h] = pngSize(await response.body());
    expect(`${w}x${h}`).toBe(icon.sizes);
  }

  // The policy is in the built page, and the server sends it with the headers.
  const document = await page.request.get('/');
  expect(document.headers()['content-security-policy']).toBe(CSP_HEADER);
  expect(document.headers()['x-content-type-options']).toBe('nosniff');
  expect(await document.text()).toContain(
    `<meta http-equiv="Content-Security-Policy" content="${CSP_META.replaceAll("'", '&#39;')}">`,
  );
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    CSP_META,
  );

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Practice' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Heights' })).toBeVisible();

  // A session in the heights scene: its code, the city and its sounds all come from the cache.
  await startSession(page, '/#/session/heights/4');
  await expect(page.locator('.session')).toHaveAttribute('data-scene', 'heights');
  await page.keyboard.press('Digit4');
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('heading', { name: 'You stopped. You are safe here.' }),
  ).toBeVisible();

  // The review, loaded afresh from the cache, lists the session just left.
  await page.goto('/#/review');
  await page.reload();
  await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
  await expect(page.locator('table.sessions tbody tr')).toHaveCount(1);
  await page.locator('table.sessions tbody tr a').first().click();
  await expect(page.locator('.chart > [role="img"]').first()).toBeVisible();
  await context.setOffline(false);
});

test('a new version is offered on the home page, never during a session, and taken up on reload', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const workerFile = join(ROOT, 'dist', 'sw.js');
  const released = readFileSync(workerFile, 'utf8');
  try {
    await page.goto('/');
    await controlled(page);
    await startSession(page, '/#/session/calm/1');
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });

    // A new release appears on the server while the person is practising.
    writeFileSync(workerFile, `${released}\n// the next release\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect
      .poll(() =>
        page.evaluate(
          async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null,
        ),
      )
      .toBe('installed');
    // The app knows of the new version, and still does not offer it mid-session.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              window.__footholdProbe?.update as { getState(): { ready: boolean } } | undefined
            )?.getState().ready,
        ),
      )
      .toBe(true);
    await expect(page.getByText(updatePrompt)).toHaveCount(0);
    await expect(page.getByRole('toolbar', { name: 'Session controls' })).toBeVisible();

    // Leaving the session, the offer appears; nothing was reloaded in the meantime.
    await page.keyboard.press('Escape');
    await expect(
      page.getByRole('heading', { name: 'You stopped. You are safe here.' }),
    ).toBeVisible();
    await expect(page.getByText(updatePrompt)).toHaveCount(0);
    await page.goto('/#/');
    await expect(page.getByText(updatePrompt)).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);

    // The person chooses: the new worker takes over and the page reloads once.
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { name: 'Practice' })).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBeUndefined();
    await controlled(page);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting),
    ).toBeFalsy();
    await expect(page.getByText(updatePrompt)).toHaveCount(0);
  } finally {
    writeFileSync(workerFile, released);
  }
});
