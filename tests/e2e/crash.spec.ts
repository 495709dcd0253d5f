import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium.mjs';
import { BASE_URL, PROBE_SCRIPT } from './paths';
import { ratingsStored, readDatabase, startSession } from './session-helpers';

interface Running {
  process: ChildProcess;
  browser: Browser;
}

/** Chromium started by hand on a profile folder on disk, so it can be killed like a crash. */
async function launchOnDisk(profile: string): Promise<Running> {
  const process = spawn(
    resolveChromium(),
    [
      ...CHROMIUM_ARGS,
      '--headless',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    // Its own process group, so killing it takes every Chromium process at once, as a crash would.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen}`)), 30_000);
    process.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return { process, browser: await chromium.connectOverCDP(endpoint) };
}

async function kill({ process: child }: Running): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGKILL');
  await exited;
  // The group's other processes go with it; give them a moment to be gone from the profile.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function openPage(running: Running, foreign: string[]): Promise<Page> {
  const context = running.browser.contexts()[0];
  if (!context) throw new Error('no default context');
  await context.addInitScript({ path: PROBE_SCRIPT });
  const page = await context.newPage();
  page.on('request', (r) => {
    if (
      !r.url().startsWith('data:') &&
      !r.url().startsWith('blob:') &&
      new URL(r.url()).origin !== BASE_URL
    )
      foreign.push(r.url());
  });
  return page;
}

test('the browser killed mid-session: on the next start the session is there, interrupted, with its ratings', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'foothold-profile-'));
  const foreign: string[] = [];
  let running: Running | null = null;
  try {
    running = await launchOnDisk(profile);
    const page = await openPage(running, foreign);
    await startSession(page, `${BASE_URL}/#/session/calm/3`, { now: 25, expected: 70 });
    for (const key of ['Digit4', 'Shift+Digit5', 'Digit8']) await page.keyboard.press(key);
    await expect.poll(() => ratingsStored(page)).toEqual([40, 55, 80]);

    // No goodbye: every browser process dies at once.
    await kill(running);
    running = null;

    running = await launchOnDisk(profile);
    const again = await openPage(running, foreign);
    await again.goto(`${BASE_URL}/#/`);
    const notice = again.getByRole('region', { name: 'A session was interrupted' });
    await expect(notice).toBeVisible();
    await notice.getByRole('link', { name: 'View it' }).click();
    await expect(again.locator('[data-figure="peak"]')).toHaveText('80');
    await expect(again.getByRole('row')).toHaveCount(4);
    const db = await readDatabase(again);
    expect(db.sessions.map((s) => s.status)).toEqual(['interrupted']);
    expect(foreign).toEqual([]);
  } finally {
    if (running) await kill(running);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});
