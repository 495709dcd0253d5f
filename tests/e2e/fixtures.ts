// Every end-to-end test watches the page for what must never happen: an error in the console,
// an uncaught exception, or a request to any origin other than the app's own.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { BASE_URL, IWER_SCRIPT, PROBE_SCRIPT } from './paths';

export interface Watch {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  /** Every script body the page received, by URL. */
  scripts: Map<string, string>;
}

const appOrigin = new URL(BASE_URL).origin;

/**
 * The XR library offers a session again whenever one ends or a new view mounts, and logs the
 * runtime's rejection of the offer it replaced. That is the offer API working as specified, not
 * a fault, so only this exact message is let through.
 */
const expectedConsoleErrors = [/^Error: Offer superseded by a new offerSession call\./];

function isForeign(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return false;
  return new URL(url).origin !== appOrigin;
}

export const test = base.extend<{ watch: Watch; xr: boolean }>({
  xr: [false, { option: true }],
  watch: [
    async ({ page, xr }, use) => {
      const watch: Watch = {
        consoleErrors: [],
        pageErrors: [],
        foreignRequests: [],
        scripts: new Map(),
      };
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!expectedConsoleErrors.some((pattern) => pattern.test(text)))
          watch.consoleErrors.push(text);
      });
      page.on('pageerror', (error) => watch.pageErrors.push(error.message));
      page.on('request', (request) => {
        if (isForeign(request.url())) watch.foreignRequests.push(request.url());
      });
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'script') return;
        try {
          watch.scripts.set(response.url(), await response.text());
        } catch {
          // The page navigated away before the body was read; the script was still loaded.
          watch.scripts.set(response.url(), '');
        }
      });
      await page.addInitScript({ path: PROBE_SCRIPT });
      if (xr) await page.addInitScript({ path: IWER_SCRIPT });
      await use(watch);
      expect(watch.pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(watch.consoleErrors, 'errors in the console').toEqual([]);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** No serious or critical accessibility problem on the page as it is now (names, labels, contrast…). */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).exclude('canvas').analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `accessibility of ${what}`,
  ).toEqual([]);
}

/** Waits until the 3D view has drawn at least `count` more frames than now. */
export async function waitForFrames(
  page: Page,
  count: number,
  key: 'frames' | 'xrFrames' = 'frames',
) {
  const start = await page.evaluate((k) => window.__footholdProbe?.[k] ?? 0, key);
  await expect
    .poll(() => page.evaluate((k) => window.__footholdProbe?.[k] ?? 0, key), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(start + count);
}

/** The running scene's measures as they are now, including those not yet logged. */
export function currentMeasures(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const store = window.__footholdProbe?.session as
      | { getState(): { currentMeasures(): Record<string, number> } }
      | undefined;
    return store?.getState().currentMeasures() ?? {};
  });
}

/** Waits until the running scene has measured `name` at least `least` (a state, not a duration). */
export async function waitForMeasure(page: Page, name: string, least: number) {
  await expect
    .poll(async () => (await currentMeasures(page))[name] ?? 0, { timeout: 60_000 })
    .toBeGreaterThanOrEqual(least);
}
