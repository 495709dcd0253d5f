// What holds a page back from its first paint, in Chromium: a lazy page whose code was fetched
// first is drawn in the same commit as the page around it, never after a fallback (React holds
// content back for 300 ms once a fallback has shown); the page opened directly is the one fetched
// before the app is first drawn; and the progress charts' data tables, ten years of rows, are
// built only when a person opens them or prints.
import { type ComponentType, Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { preloadPageAt } from '../../src/views/app/App';
import { lazyPage } from '../../src/views/app/lazyPage';
import { ProgressCharts } from '../../src/views/review/charts';
import { render } from './intl';
import { progressPoint } from './progressPoint';

/** Renders `page` under a Suspense boundary and records whether its fallback ever showed. */
async function drawn(Page: ComponentType) {
  const seen: string[] = [];
  const holder = document.createElement('div');
  document.body.append(holder);
  const watch = new MutationObserver(() => {
    if (holder.textContent) seen.push(holder.textContent);
  });
  watch.observe(holder, { childList: true, subtree: true, characterData: true });
  const screen = await render(
    <Suspense fallback={<p>Loading…</p>}>
      <Page />
    </Suspense>,
    { container: holder },
  );
  await expect.element(screen.getByText('The page itself')).toBeVisible();
  watch.disconnect();
  screen.unmount();
  holder.remove();
  return seen;
}

const thePage = (): Promise<{ default: ComponentType }> =>
  Promise.resolve({ default: () => <p>The page itself</p> });

describe('a lazy page', () => {
  it('whose code was fetched first is drawn at once, with no fallback', async () => {
    const Page = lazyPage(thePage);
    await Page.preload();
    expect(await drawn(Page)).toEqual(['The page itself']);
  });

  it('drawn before its code is in shows its fallback first', async () => {
    // The case the preload exists for: without it the fallback is committed, then held.
    expect(await drawn(lazyPage(thePage))).toEqual(['Loading…', 'The page itself']);
  });

  it('may be fetched again after a failed fetch', async () => {
    let tries = 0;
    const Page = lazyPage(() => {
      tries += 1;
      return tries === 1 ? Promise.reject(new Error('offline')) : thePage();
    });
    await expect(Page.preload()).rejects.toThrow('offline');
    await Page.preload();
    expect(await drawn(Page)).toEqual(['The page itself']);
  });
});

describe('the page opened directly', () => {
  /** The app's own modules fetched so far (the dev server serves each as its own file). */
  const fetched = () =>
    performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);

  it.each([
    ['#/review', '/src/views/review/ReviewPage.tsx'],
    ['#/settings', '/src/views/settings/SettingsPage.tsx'],
    ['#/ladder', '/src/views/ladder/LadderPage.tsx'],
    ['#/sessions/5eed0000-0000-4000-8000-000000000001', '/src/views/review/SessionRecordPage.tsx'],
  ])('%s has its code fetched before the app is drawn', async (hash, module) => {
    await preloadPageAt(hash);
    expect(fetched()).toContain(module);
  });

  it('is fetched for no other address: a session waits for its scene, home is in the app', async () => {
    const before = fetched().length;
    await preloadPageAt('#/session/heights/1');
    await preloadPageAt('#/');
    await preloadPageAt('');
    expect(
      fetched()
        .slice(before)
        .filter((p) => p.startsWith('/src/views/')),
    ).toEqual([]);
  });
});

describe("the progress charts' data table", () => {
  const DAY = 86_400_000;
  const points = (n: number) =>
    Array.from({ length: n }, (_, i) => progressPoint(Date.UTC(2024, 0, 1, 17) + i * DAY));
  const rows = (table: Element) => table.querySelectorAll('details.chart-data tbody tr').length;

  it('is built when opened, one row per session', async () => {
    const screen = await render(<ProgressCharts title="Heights" points={points(730)} />);
    const figure = screen.container;
    expect(figure.querySelector('details.chart-data')).not.toBeNull();
    expect(rows(figure)).toBe(0);
    await userEvent.click(screen.getByText('The data as a table'));
    await expect.poll(() => rows(figure)).toBe(730);
  });

  it('is built and opened for print, before the page is laid out for it', async () => {
    const screen = await render(<ProgressCharts title="Heights" points={points(3)} />);
    expect(rows(screen.container)).toBe(0);
    window.dispatchEvent(new Event('beforeprint'));
    // Synchronously: the browser lays the page out for print as the event's handlers return.
    expect(rows(screen.container)).toBe(3);
    expect(screen.container.querySelector('details.chart-data')?.hasAttribute('open')).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
  });
});
