// What each page downloads: the home page's JS, and for the other routes the JS they add to it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedLog } from '../tools/seed-log.mjs';
import { base, loadFresh, scriptBytes } from './browser.mjs';

/** The home page: its JS, the scripts it loaded, and the scenes it offers. */
export async function home(browser) {
  const run = await loadFresh(browser, '#/', (page) =>
    page.getByRole('heading', { name: 'Practice' }).waitFor(),
  );
  const urls = new Set(run.responses.filter((r) => r.type === 'script').map((r) => r.url));
  // The scenes are whatever the home page offers, so a new scene is measured without edits here.
  const hrefs = await run.page
    .locator('a[href*="#/session/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const scenes = [
    ...new Set(hrefs.map((href) => /#\/session\/([^/]+)\//.exec(href ?? '')?.[1]).filter(Boolean)),
  ];
  if (scenes.length === 0) throw new Error('The home page offers no scenes to measure');
  await run.context.close();
  return { js: scriptBytes(run.responses), urls, scenes, foreign: run.foreign };
}

/**
 * The JS the review, settings, ladder and session-record pages add to the home page's, each opened
 * straight at its address from an empty cache. (A session page's is measured per scene.)
 */
export async function routeChunks(browser, homeUrls) {
  const foreign = [];
  const beyondHome = async (hash, ready, before) => {
    const run = await loadFresh(browser, hash, ready, { before });
    foreign.push(...run.foreign);
    await run.context.close();
    return scriptBytes(run.responses, (r) => !homeUrls.has(r.url));
  };
  const review = await beyondHome('#/review', (page) =>
    page.locator('.review[data-ready="true"]').waitFor(),
  );
  const settings = await beyondHome('#/settings', (page) =>
    page.getByRole('heading', { name: 'Settings' }).waitFor(),
  );
  const ladder = await beyondHome('#/ladder', (page) =>
    page.getByRole('button', { name: 'Start from the ten levels: Heights' }).waitFor(),
  );

  // A session record needs a session on the device: import one, then empty the cache.
  const folder = mkdtempSync(join(tmpdir(), 'foothold-bench-record-'));
  const file = join(folder, 'one.json');
  const log = seedLog({ sessions: 1 });
  writeFileSync(file, JSON.stringify(log));
  try {
    const record = await beyondHome(
      `#/sessions/${log.sessions[0]?.id}`,
      (page) => page.locator('.session-record [role="img"]').first().waitFor(),
      async (page) => {
        await page.goto(`${base}/#/review`);
        await page.locator('.review[data-ready="true"]').waitFor();
        await page.getByLabel('Choose a Foothold export to import').setInputFiles(file);
        await page.getByText('Imported 1 session.').waitFor();
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.clearBrowserCache');
        await cdp.detach();
        await page.goto('about:blank');
      },
    );
    return { review, settings, ladder, record, foreign };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
