// The built app on a plain static host that sends no headers: no frame-ancestors, no
// X-Frame-Options, no policy for the worker. A page of another origin frames it; deleting and
// importing must be refused there, with a notice, and work when the app is opened on its own.
// The log worker must reach no other origin. (The preview's headers are not used here.)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, type FrameLocator, type Page, test } from '@playwright/test';
import { seedLog } from '../tools/seed-log.mjs';
import { PROBE_SCRIPT, ROOT } from './paths';
import { ratingsStored, startSession } from './session-helpers';

const DIST = join(ROOT, 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
};

/** A page that frames `src`, as any site could. */
const framingPage = (src: string) =>
  `<!doctype html><title>Another site</title><iframe title="framed" src="${src}" width="1200" height="680"></iframe>`;

/** Serves dist/ with a content type and nothing else; /frame.html?src= frames any address. */
function staticHost(): Server {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    if (url.pathname === '/frame.html') {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(framingPage(url.searchParams.get('src') ?? ''));
      return;
    }
    const path = normalize(url.pathname === '/' ? '/index.html' : url.pathname);
    try {
      const body = await readFile(join(DIST, path));
      response.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
}

/** Another origin: frames what it is told to, and notes every request that reaches it. */
function otherSite(seen: string[]): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    seen.push(url.pathname);
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end(
      url.pathname === '/frame.html' ? framingPage(url.searchParams.get('src') ?? '') : '',
    );
  });
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, () => resolve((server.address() as AddressInfo).port)),
  );

let host: Server;
let other: Server;
let app = '';
let foreign = '';
const seenByOther: string[] = [];
const folder = mkdtempSync(join(tmpdir(), 'foothold-framing-'));
const exportFile = join(folder, 'two-sessions.json');

test.beforeAll(async () => {
  host = staticHost();
  other = otherSite(seenByOther);
  // Another port is another origin. The same site, though: a frame of another site gets no
  // storage of the person's (the browser blocks or partitions it), a subdomain's frame does.
  app = `http://localhost:${await listen(host)}`;
  foreign = `http://localhost:${await listen(other)}`;
  writeFileSync(exportFile, JSON.stringify(seedLog({ sessions: 2 })));
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
  await new Promise((resolve) => other.close(resolve));
});

test.beforeEach(async ({ page }) => {
  // Into every frame: the first-run screen is confirmed, as in the other end-to-end tests.
  await page.addInitScript({ path: PROBE_SCRIPT });
});

/** Adds a ladder step, so that "Delete everything" has something to delete. */
async function addStep(at: Page | FrameLocator, name: string) {
  const ladder = at.getByRole('region', { name: /Fear of heights/ });
  await ladder.getByRole('button', { name: 'Add a step to the Heights ladder' }).click();
  const form = ladder.getByRole('form', { name: 'A new Heights step' });
  await form.getByLabel('In your own words').fill(name);
  await form.getByLabel('Level', { exact: true }).selectOption('2');
  await form.getByLabel('Expected distress (0–100, optional)').fill('40');
  await form.getByRole('button', { name: 'Add the step' }).click();
  await expect(form).toHaveCount(0);
}

const notice = (at: Page | FrameLocator) =>
  at.getByRole('alert').filter({ hasText: "inside another site's page" });

test('framed by a page of another origin: deleting and importing are refused, and a notice says why', async ({
  page,
}) => {
  await page.goto(`${foreign}/frame.html?src=${encodeURIComponent(`${app}/#/ladder`)}`);
  const frame = page.frameLocator('iframe');
  await expect(notice(frame)).toBeVisible();
  await expect(notice(frame).getByRole('link')).toHaveAttribute('target', '_blank');

  // Adding is not destructive, and still works; deleting the step is refused.
  await addStep(frame, 'The balcony');
  const deleteStep = frame.getByRole('button', { name: 'Delete The balcony' });
  await expect(deleteStep).toBeDisabled();
  await deleteStep.click({ force: true });
  await expect(frame.getByRole('button', { name: 'Delete it: The balcony' })).toHaveCount(0);

  await frame.getByRole('link', { name: 'Review' }).click();
  const deleteAll = frame.getByRole('button', { name: 'Delete everything…' });
  await expect(deleteAll).toBeDisabled();
  await expect(deleteAll).toHaveAccessibleDescription(/inside another site's page/);
  await deleteAll.click({ force: true });
  await expect(frame.getByRole('alertdialog')).toHaveCount(0);
  await expect(
    frame.getByRole('button', { name: 'Import an export (JSON, or .zip with media)' }),
  ).toBeDisabled();

  // A file given to the hidden input is not taken: the handler leaves it where it was.
  const input = frame.getByLabel('Choose a Foothold export to import');
  await input.setInputFiles(exportFile);
  await expect.poll(() => input.evaluate((i: HTMLInputElement) => i.files?.length)).toBe(1);
  await expect(frame.getByText(/Imported|Nothing was imported/)).toHaveCount(0);
  await expect(frame.locator('table.sessions tbody tr')).toHaveCount(0);
  // The step is still there.
  await frame.getByRole('link', { name: 'Ladder' }).click();
  await expect(frame.getByRole('button', { name: 'Edit The balcony' })).toBeVisible();
});

test('framed by a page of its own origin: nothing is refused', async ({ page }) => {
  await page.goto(`${app}/frame.html?src=${encodeURIComponent(`${app}/#/review`)}`);
  const frame = page.frameLocator('iframe');
  await expect(
    frame.getByRole('button', { name: 'Import an export (JSON, or .zip with media)' }),
  ).toBeEnabled();
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(notice(frame)).toHaveCount(0);
});

test('on its own on a host without headers: importing and deleting work', async ({ page }) => {
  await page.goto(`${app}/#/review`);
  await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
  await page.getByLabel('Choose a Foothold export to import').setInputFiles(exportFile);
  await expect(page.getByRole('status')).toHaveText(/^Imported 2 sessions/);
  await expect(page.locator('table.sessions tbody tr')).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: /^Delete all/ })
    .click();
  await expect(page.getByRole('status')).toHaveText(/deleted/);
  await expect(page.locator('table.sessions tbody tr')).toHaveCount(0);
  await expect(notice(page)).toHaveCount(0);
});

test("on a host without headers the log worker runs under the page's policy: no other origin", async ({
  page,
}) => {
  const started = page.waitForEvent('worker');
  await startSession(page, `${app}/#/session/calm/1`);
  const worker = await started;
  // A blob: worker inherits the page's policy (its meta tag); one from a URL would have none.
  expect(worker.url()).toMatch(/^blob:/);
  // It loaded the bundled worker from the app's folder, which answers the page's writes.
  expect(await worker.evaluate(() => typeof self.onmessage)).toBe('function');
  await page.keyboard.press('4');
  await expect.poll(() => ratingsStored(page)).toEqual([40]);

  const outcome = (url: string, how: 'fetch' | 'import') =>
    worker.evaluate(
      async ([u, h]) => {
        try {
          if (h === 'fetch') await fetch(u, { mode: 'no-cors' });
          else (self as unknown as { importScripts(u: string): void }).importScripts(u);
          return 'reached';
        } catch {
          return 'refused';
        }
      },
      [url, how] as const,
    );
  expect(await outcome(`${foreign}/from-worker-fetch`, 'fetch')).toBe('refused');
  expect(await outcome(`${foreign}/from-worker-import.js`, 'import')).toBe('refused');
  // Its own origin it may reach: the refusals are the policy's, not a closed network.
  expect(await outcome(`${app}/manifest.webmanifest`, 'fetch')).toBe('reached');
  expect(seenByOther.filter((p) => p.startsWith('/from-worker'))).toEqual([]);
});
