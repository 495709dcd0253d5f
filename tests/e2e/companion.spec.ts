// The companion beside the headset: two browsers (one with the emulated headset) paired through a
// relay of their own, started here so that it can be killed mid-session and started again.
import { type ChildProcess, spawn } from 'node:child_process';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { IWER_SCRIPT, PROBE_SCRIPT, ROOT } from './paths';
import { answerBefore, readDatabase } from './session-helpers';
import { panelElement, press } from './xr-helpers';

const HUB_PORT = Number(process.env.FOOTHOLD_E2E_PORT ?? 4173) + 11;
const HUB = `http://localhost:${HUB_PORT}`;

/** `vite preview` of the built app with its relay, as its own process group. */
async function startHub(): Promise<ChildProcess> {
  const hub = spawn('npx', ['vite', 'preview', '--port', String(HUB_PORT), '--strictPort'], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
  });
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(HUB)).ok;
        } catch {
          return false;
        }
      },
      { timeout: 120_000 },
    )
    .toBe(true);
  return hub;
}

function killHub(hub: ChildProcess) {
  if (hub.pid) process.kill(-hub.pid, 'SIGKILL');
}

/** A device of its own: its own storage, watched for any request off the hub's origin. */
async function device(browser: Browser, headset: boolean) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript({ path: PROBE_SCRIPT });
  if (headset) await context.addInitScript({ path: IWER_SCRIPT });
  const foreign: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== HUB)
      foreign.push(url);
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, foreign, errors };
}

/** A move within the app that keeps the page (and its pairing): the hash alone changes. */
const goWithin = (page: Page, hash: string) =>
  page.evaluate((h) => {
    window.location.hash = h;
  }, hash);

const events = async (page: Page) =>
  (await readDatabase(page)).events.filter((e) => e.type !== 'measures');

test('a companion pairs with the code, follows three ratings, raises the level, asks for a rating given in VR, rides out a relay restart, stops the session and has its log', async ({
  browser,
}) => {
  test.setTimeout(420_000);
  let hub = await startHub();
  const contexts: BrowserContext[] = [];
  try {
    const person = await device(browser, true);
    const companion = await device(browser, false);
    contexts.push(person.context, companion.context);
    const you = person.page;
    const them = companion.page;

    // The person asks for a companion in Settings; the code is shown with its QR code.
    await you.goto(`${HUB}/#/settings`);
    await you.getByRole('button', { name: 'Pair a companion' }).click();
    const code = you.getByTestId('pairing-code');
    await expect(code).toHaveText(/^\d{2} \d{3} \d{3}$/);
    await expect(you.getByRole('img', { name: /QR code: opens the companion page/ })).toBeVisible();
    const first = (await code.textContent()) ?? '';

    // A wrong code (the right room, another secret) is refused on both sides, and a new code shown.
    await them.goto(`${HUB}/#/companion`);
    const wrong = `${first.slice(0, 3)}${first.slice(3, 6) === '000 000' ? '111 111' : '000 000'}`;
    await them.getByLabel('Code from the person’s device').fill(wrong);
    await them.getByRole('button', { name: 'Pair', exact: true }).click();
    await expect(them.getByRole('alert')).toHaveText(
      /That code is not the one on the person’s device/,
    );
    await expect(you.getByText('A wrong code was entered on the other device.')).toBeVisible();
    await expect(code).not.toHaveText(first);
    const second = (await code.textContent()) ?? '';

    await them.getByLabel('Code from the person’s device').fill(second);
    await them.getByRole('button', { name: 'Pair', exact: true }).click();
    await expect(them.getByRole('status').filter({ hasText: 'Paired.' })).toBeVisible();
    await expect(you.getByRole('status').filter({ hasText: 'Paired.' })).toBeVisible();
    // Both show the same mark of the pairing.
    const mark = (t: string | null) => t?.match(/mark (\w+)/)?.[1];
    expect(mark(await you.getByText(/pairing mark/).textContent())).toBe(
      mark(await them.getByText(/pairing mark/).textContent()),
    );

    // The session, started on the screen without leaving the page.
    await goWithin(you, '#/session/heights/3');
    await expect(them.getByTestId('companion-phase')).toHaveText(
      'The person is answering the questions before the exposure.',
    );
    await answerBefore(you);
    await you.getByRole('button', { name: 'Start the session' }).click();
    await expect(you.getByRole('toolbar', { name: 'Session controls' })).toBeVisible();
    await expect(them.getByTestId('companion-phase')).toHaveText('Exposure running');

    // Three ratings appear on the companion's page as they are given.
    const ratings = them.getByTestId('companion-ratings');
    for (const [digit, list] of [
      [3, '30'],
      [4, '30 and 40'],
      [5, '30, 40, and 50'],
    ] as const) {
      await you.keyboard.press(`Digit${digit}`);
      await expect(ratings).toHaveText(`Ratings so far: ${list}`);
    }
    await expect(them.getByTestId('companion-last-rating')).toHaveText(/^Last rating 50/);

    // The companion raises the level: the person's session goes to 4, logged as the companion's.
    await them.getByRole('button', { name: 'Level up' }).click();
    await expect(you.getByRole('heading', { name: /level 4/ })).toBeVisible();
    await expect
      .poll(async () => (await events(you)).at(-1))
      .toMatchObject({ type: 'intensity', level: 4, by: 'companion' });

    // In the headset, a rating asked for by the companion is given on the panel.
    await you.getByRole('button', { name: 'Enter VR' }).click();
    await expect.poll(async () => (await events(you)).at(-1)?.type).toBe('xr-enter');
    await them.getByRole('button', { name: 'Ask for a rating now' }).click();
    await expect.poll(async () => (await events(you)).at(-1)?.type).toBe('rating-asked');
    await press(you, 'rating-slider', -0.5 + 0.6);
    await press(you, 'rating-confirm');
    await expect
      .poll(async () => (await events(you)).at(-1))
      .toMatchObject({ type: 'suds', suds: 60, prompted: true, mode: 'xr' });
    await expect(ratings).toHaveText('Ratings so far: 30, 40, 50, and 60');

    // The relay goes: the session goes on and its rating is saved; the companion says the link is lost.
    killHub(hub);
    await expect(them.getByText('Link lost: the relay cannot be reached.')).toBeVisible();
    await expect(you.locator('.session')).toHaveAttribute('data-scene', 'heights');
    // A rating given (with a digit key) while the link is down.
    await you.keyboard.press('Digit7');
    await expect
      .poll(async () => (await events(you)).filter((e) => e.type === 'suds').map((e) => e.suds))
      .toEqual([30, 40, 50, 60, 70]);

    // The relay back: the pairing holds and the companion catches up.
    hub = await startHub();
    await expect(them.getByRole('status').filter({ hasText: 'Paired.' })).toBeVisible();
    await expect(ratings).toHaveText('Ratings so far: 30, 40, 50, 60, and 70');

    // The companion stops; the person answers the after-question on the panel.
    await them.getByRole('button', { name: 'Stop the session' }).click();
    await expect
      .poll(async () => (await events(you)).at(-1))
      .toMatchObject({ type: 'stop', early: true, via: 'companion' });
    await press(you, 'end-session');
    await press(you, 'after-end-slider', -0.5 + 0.3);
    await press(you, 'after-save');
    await panelElement(you, 'exit-vr');
    await expect(them.getByTestId('companion-phase')).toHaveText('Session ended');

    // The log crosses: the companion's Review lists the session, with the person's ratings.
    await expect(
      them.getByText(/1 session from the person’s device is now in your Review/),
    ).toBeVisible();
    const [session] = (await readDatabase(them)).sessions;
    const [mine] = (await readDatabase(you)).sessions;
    expect(session?.id).toBe(mine?.id);
    await goWithin(them, '#/review');
    await expect(them.getByRole('row').filter({ hasText: 'Heights' })).toHaveCount(1);
    // The session's page, on either device, says what the companion did and when.
    await goWithin(them, `#/sessions/${session?.id}`);
    const acts = them.getByRole('region', { name: 'What the companion did' }).getByRole('listitem');
    await expect(acts).toHaveText([
      /changed the level to 4$/,
      /asked for a rating$/,
      /stopped the session$/,
    ]);

    expect(person.errors).toEqual([]);
    expect(companion.errors).toEqual([]);
    expect(person.foreign).toEqual([]);
    expect(companion.foreign).toEqual([]);
  } finally {
    for (const context of contexts) await context.close();
    killHub(hub);
  }
});
