// A person whose browser speaks Spanish or German meets Foothold in that language from the first
// screen: the first run, a session on the desktop, its summary and the review, with no English
// left on any of them. The names of things are read from the app's own catalogues.
import type { Browser, Page } from '@playwright/test';
import { scenes } from '../../scenes/registry';
import { expect, test, waitForFrames } from './fixtures';
import { BASE_URL, PROBE_SCRIPT } from './paths';
import { ratingsStored } from './session-helpers';
import { englishOn, wordsOf } from './words';

/** A browser context whose languages are this locale's, on its first visit. */
async function firstVisit(browser: Browser, locale: string) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    (window as Window & { __footholdFirstRunTest?: boolean }).__footholdFirstRunTest = true;
  });
  await page.addInitScript({ path: PROBE_SCRIPT });
  return { context, page, errors };
}

async function expectNoEnglish(page: Page, locale: string, where: string) {
  expect(await englishOn(page, locale), `English on ${where}`).toEqual([]);
}

for (const [locale, language] of [
  ['es-ES', 'es'],
  ['de-DE', 'de'],
] as const) {
  test(`in ${language}: the first run, a session and the review, with no English on them`, async ({
    browser,
  }) => {
    const t = wordsOf(language);
    const { context, page, errors } = await firstVisit(browser, locale);

    await page.goto(`${BASE_URL}/#/`);
    await expect(page.getByRole('heading', { name: t('firstRun.title') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectNoEnglish(page, language, 'the first-run screen');
    await page.getByRole('button', { name: t('firstRun.confirm') }).click();

    await expect(page.getByRole('heading', { name: t('home.title'), exact: true })).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(scenes.filter((s) => !s.ownContent).length);
    await expectNoEnglish(page, language, 'the start page');

    await page.goto(`${BASE_URL}/#/session/heights/1`);
    const start = page.getByRole('button', { name: t('session.start') });
    await expect(start).toBeVisible();
    await expectNoEnglish(page, language, 'the before-questions');
    const numbers = page.getByRole('spinbutton');
    await numbers.nth(0).fill('20');
    await numbers.nth(1).fill('60');
    await start.click();

    await expect(page.getByRole('toolbar', { name: t('session.controls') })).toBeVisible();
    await waitForFrames(page, 5);
    await page.keyboard.press('4');
    await expect.poll(() => ratingsStored(page)).toEqual([40]);
    await expectNoEnglish(page, language, 'the running session');

    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: t('session.afterHeadingEarly') })).toBeVisible();
    await expectNoEnglish(page, language, 'the after-questions');
    await page.getByRole('spinbutton').nth(0).fill('30');
    await page.getByRole('button', { name: t('session.saveAfter') }).click();
    await expect(page.getByRole('heading', { name: t('session.summary') })).toBeVisible();
    await expectNoEnglish(page, language, 'the summary');

    await page.goto(`${BASE_URL}/#/review`);
    await expect(page.getByRole('heading', { name: t('review.title'), exact: true })).toBeVisible();
    await expect(page.getByRole('row')).not.toHaveCount(0);
    await expectNoEnglish(page, language, 'the review');

    expect(errors, 'errors in the console').toEqual([]);
    await context.close();
  });
}

test('a language chosen in Settings wins over the browser’s and is kept across a reload', async ({
  page,
}) => {
  const de = wordsOf('de');
  await page.goto('/#/settings');
  await page.getByLabel(wordsOf('en')('settings.language')).selectOption('de');
  await expect(
    page.getByRole('heading', { name: de('settings.title'), exact: true }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.reload();
  await expect(
    page.getByRole('heading', { name: de('settings.title'), exact: true }),
  ).toBeVisible();
  await expectNoEnglish(page, 'de', 'the settings page after a reload');
});
