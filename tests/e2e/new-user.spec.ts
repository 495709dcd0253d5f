// What a new person meets: short windows, a page that does not move under the hand, the first run,
// the words, the summary, and a picture of each scene before choosing it.
import type { Locator, Page } from '@playwright/test';
import { scenes } from '../../scenes/registry';
import { expect, test } from './fixtures';
import { BASE_URL, PROBE_SCRIPT } from './paths';
import { answerBefore, startSession } from './session-helpers';

const SHORT_WINDOWS = [
  { width: 800, height: 500 },
  { width: 1024, height: 640 },
];

/** Scrolls the overlay to its top and says where the heading then is, against the window. */
async function topOfOverlay(page: Page, overlay: string, heading: Locator) {
  await page.locator(overlay).evaluate((el) => {
    el.scrollTop = 0;
  });
  const box = await heading.boundingBox();
  if (!box) throw new Error('the heading has no box');
  return box;
}

for (const size of SHORT_WINDOWS) {
  test(`at ${size.width}×${size.height} the questions' titles can be read from their top`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/#/session/heights/1');
    const before = page.getByRole('heading', { name: /Before you start: Heights, level 1/ });
    await expect(before).toBeVisible();
    // The form is taller than the window: it must scroll from its title, not start above it.
    expect(
      await page.locator('.before-overlay').evaluate((el) => el.scrollHeight > el.clientHeight),
    ).toBe(true);
    expect((await topOfOverlay(page, '.before-overlay', before)).y).toBeGreaterThanOrEqual(0);

    await answerBefore(page);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await expect(page.getByRole('toolbar', { name: 'Session controls' })).toBeVisible();
    await page.keyboard.press('Escape');
    const after = page.getByRole('heading', { name: 'You stopped. You are safe here.' });
    await expect(after).toBeVisible();
    expect((await topOfOverlay(page, '.after-overlay', after)).y).toBeGreaterThanOrEqual(0);
  });
}

test('at 800×500 the session bar is one row, and the pacer leaves its button free', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 500 });
  // The longest level name of the scenes, and an adjusted title after it.
  await startSession(page, '/#/session/audience/10');
  const bar = page.getByRole('toolbar', { name: 'Session controls' });
  const tops = await bar
    .locator(':scope > *')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))
    .then((rects) => rects.map((r) => ({ top: r.top, bottom: r.bottom })));
  const lowestTop = Math.max(...tops.map((r) => r.top));
  const highestBottom = Math.min(...tops.map((r) => r.bottom));
  // One row: every item overlaps every other vertically.
  expect(lowestTop).toBeLessThan(highestBottom);
  const title = bar.getByRole('heading');
  const lines = await title.evaluate((el) => {
    const style = getComputedStyle(el);
    return el.getBoundingClientRect().height / Number.parseFloat(style.lineHeight);
  });
  expect(lines).toBeLessThan(1.5);
  // The whole title is still there to be read by a screen reader and on hover.
  await expect(title).toHaveAttribute('title', /level 10: 100 people, half hostile/);

  const pacerButton = bar.getByRole('button', { name: 'Breathing pacer' });
  await pacerButton.click();
  await expect(page.getByRole('complementary', { name: 'Breathing pacer' })).toBeVisible();
  await expect(pacerButton).toHaveAttribute('aria-pressed', 'true');
  // A real click: it fails if the pacer panel lies over the button.
  await pacerButton.click();
  await expect(pacerButton).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('complementary', { name: 'Breathing pacer' })).toHaveCount(0);
});

/** Records every layout shift the page makes that no input caused, from its first paint. */
async function watchLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const w = window as Window & { __shifts?: string[] };
    w.__shifts = [];
    const name = (node: Node | null) =>
      node instanceof Element
        ? `${node.tagName.toLowerCase()}${node.className ? `.${node.className}` : ''}`
        : String(node?.nodeName);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node: Node | null }[];
      })[])
        if (!entry.hadRecentInput)
          w.__shifts?.push(
            `${entry.value.toFixed(4)} ${entry.sources.map((s) => name(s.node)).join(', ')}`,
          );
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts so far, each with its score and what moved: none is a cumulative shift of 0. */
const layoutShifts = (page: Page) =>
  page.evaluate(() => (window as Window & { __shifts?: string[] }).__shifts);

test('the home page does not move as it fills in: layout shift 0', async ({ page }) => {
  await watchLayoutShift(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Your next step' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start Heights at level 1' })).toBeVisible();
  // Every card's picture has loaded, so its place was taken before it came.
  await expect
    .poll(() =>
      page
        .locator('.scene-picture')
        .evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete)),
    )
    .toBe(true);
  await page.waitForLoadState('networkidle');
  expect(await layoutShifts(page)).toEqual([]);
});

test('Settings does not collapse and grow as it loads: layout shift 0', async ({ page }) => {
  await watchLayoutShift(page);
  await page.goto('/#/settings');
  await expect(page.getByTestId('storage-used')).toBeVisible();
  await expect(page.getByTestId('storage-persistent')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await layoutShifts(page)).toEqual([]);
});

test('the first-run screen offers no menu until it is confirmed, then every link works', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as Window & { __footholdFirstRunTest?: boolean }).__footholdFirstRunTest = true;
  });
  await page.addInitScript({ path: PROBE_SCRIPT });
  await page.goto(`${BASE_URL}/#/`);
  await expect(page.getByRole('heading', { name: 'Before you begin' })).toBeVisible();
  // Nothing that would change the address and leave the person on this screen.
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.locator('header').getByRole('link')).toHaveCount(0);

  await page.getByRole('button', { name: 'I understand, continue' }).click();
  const menu = page.getByRole('navigation', { name: 'Main' });
  await menu.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { name: 'Review', exact: true })).toBeVisible();
  await menu.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
  await context.close();
});

test('each scene card shows its gentlest level, and the picker says what each level changes', async ({
  page,
}) => {
  await page.goto('/');
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(scenes.filter((s) => !s.ownContent).length);
  for (const card of await cards.all()) {
    const picture = card.getByRole('img');
    await expect(picture).toHaveAttribute('alt', /at its gentlest level: /);
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    const src = await picture.evaluate((img: HTMLImageElement) => img.currentSrc);
    expect(new URL(src).origin).toBe(new URL(BASE_URL).origin);
  }
  const heights = page.getByRole('article', { name: 'Heights' });
  const select = heights.getByRole('combobox', { name: 'Level' });
  await expect(select).toHaveAccessibleDescription(
    'The gentlest level: 3 m balcony, glass railing.',
  );
  await select.selectOption('2');
  await expect(select).toHaveAccessibleDescription(
    'From level 1: Height above the street: 3 m → 10 m and Distance to the edge: 1.5 m → 1 m.',
  );
  await select.selectOption('7');
  await expect(select).toHaveAccessibleDescription(
    /^From level 6: .*Railing: Low rail, 0\.5 m → None/,
  );
});

test('the words a session shows, its summary and its stored page', async ({ page }) => {
  await page.goto('/#/session/heights/1');
  // The number box shows its whole hint, and a Start that cannot be pressed does not look pressable.
  const box = page.getByRole('spinbutton', { name: 'How distressed are you right now? (number)' });
  const room = await box.evaluate((el: HTMLInputElement) => {
    const style = getComputedStyle(el);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.font = `${style.fontSize} ${style.fontFamily}`;
    const text = context.measureText(el.placeholder).width;
    const inner =
      el.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    // The spin buttons take about a line's height of the width at the right.
    return inner - Number.parseFloat(style.fontSize) - text;
  });
  expect(room).toBeGreaterThan(0);
  const start = page.getByRole('button', { name: 'Start the session' });
  await expect(start).toBeDisabled();
  const disabledLook = await start.evaluate((el) => getComputedStyle(el).backgroundColor);
  await answerBefore(page);
  await page.getByLabel('What are you afraid will happen?').fill('I will fall');
  await page.getByRole('spinbutton', { name: 'How likely does that feel right now?' }).fill('60');
  await expect(start).toBeEnabled();
  const enabledLook = await start.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(disabledLook).not.toBe(enabledLook);
  await start.click();

  await page.keyboard.press('Digit4');
  await expect(page.getByRole('button', { name: 'Rate distress · last 40' })).toBeVisible();
  // The scene reports its measures as it runs; this one, now, so the summary has one to show.
  await page.evaluate(() => {
    const store = window.__footholdProbe?.session as
      | { getState(): { reportMeasure(name: string, value: number): void } }
      | undefined;
    store?.getState().reportMeasure('closestToEdge', 1.2);
  });
  await page.getByRole('button', { name: 'Finish' }).click();
  await page
    .getByRole('spinbutton', { name: 'How distressed are you now, at the end? (number)' })
    .fill('20');
  await page.getByRole('spinbutton', { name: /How likely does it feel now\?/ }).fill('30');
  await page.getByRole('button', { name: 'Save and see the summary' }).click();
  await expect(page.getByRole('heading', { name: 'Session summary' })).toBeVisible();

  // Every figure card is as tall as every other, the long one included.
  await expect(page.locator('[data-figure="expectancy"]')).toHaveText('60% → 30% (-30 points)');
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height: 720 });
    const heights = await page
      .locator('.figures:not(.measures) > div')
      .evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().height)));
    expect(new Set(heights).size, `card heights at ${width} px: ${heights}`).toBe(1);
  }
  // The scene's measures are cards too.
  const measure = page.locator('.measures > div').first();
  await expect(measure).toBeVisible();
  expect(await measure.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');

  // Ways on from the summary: the session's own page, all sessions, the ladder.
  const next = page.getByRole('navigation', { name: 'Where next' });
  await expect(next.getByRole('link', { name: 'All your sessions' })).toBeVisible();
  await expect(next.getByRole('link', { name: 'Your ladder' })).toBeVisible();
  await next.getByRole('link', { name: 'This session in the review' }).click();
  // The stored session's page says which scene and when.
  const when = await page.evaluate(() =>
    new Date().toLocaleString(undefined, { dateStyle: 'long' }),
  );
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Heights, ${when}`);
});
