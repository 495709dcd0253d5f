// Sessions whose ids the import would refuse today, stored before it checked them: each opens from
// the Review, and an address with a line break shows a page, never an empty app.
import type { Page } from '@playwright/test';
import { seedLog } from '../tools/seed-log.mjs';
import { expect, test } from './fixtures';

const ODD_IDS = ['odd;id#with?query=1', 'a/b+c@d%41', 'line\nbreak', 'cr\rand\u2028separator'];

/** Puts sessions into IndexedDB as an older Foothold could have, past the app and its import. */
async function storeDirectly(page: Page, ids: string[]) {
  const log = seedLog({ sessions: ids.length, ratingsPerSession: 3 });
  const rows = log.sessions.map(({ events, ...record }, i) => {
    const id = ids[i] as string;
    return {
      record: { ...record, id },
      events: events.map((e) => ({ ...(e as object), sessionId: id })),
    };
  });
  await page.evaluate(
    (sessions) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('foothold');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['sessions', 'events'], 'readwrite');
          for (const { record, events } of sessions) {
            tx.objectStore('sessions').put(record);
            for (const event of events) tx.objectStore('events').put(event);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
  return rows;
}

test('a session with any id opens from the Review, however its id was stored', async ({ page }) => {
  await page.goto('/#/review');
  // The app has made its database by the time the review is ready.
  await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
  await storeDirectly(page, ODD_IDS);
  await page.reload();
  await expect(page.locator('table.sessions tbody tr')).toHaveCount(ODD_IDS.length);

  for (const id of ODD_IDS) {
    const link = page.locator(`table.sessions a[href="#/sessions/${encodeURIComponent(id)}"]`);
    await link.click();
    await expect(page.locator('.session-record [role="img"]').first()).toBeVisible();
    await expect(page.getByText('There is no session with this id on this device.')).toHaveCount(0);
    await page.goBack();
    await expect(page.locator('table.sessions tbody tr')).toHaveCount(ODD_IDS.length);
  }
});

test('an address with a line break shows the page-not-found page, not an empty app', async ({
  page,
}) => {
  for (const address of ['/#/nowhere%0Aelse', '/#/x%0D%0Ay', '/#/para%E2%80%A8graph']) {
    await page.goto(address);
    await expect(page.getByRole('heading', { name: 'Page not found' }), address).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }
  // An address that cannot be decoded leads nowhere, and says so.
  await page.goto('/#/sessions/%E0%A4%A');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
