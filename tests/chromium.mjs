// One place that decides which Chromium the browser tests, the end-to-end tests and the bench use,
// so every layer runs the same browser with the same quiet flags.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags that keep Chromium from calling home on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * CHROMIUM_PATH, else the system Chromium, else Playwright's own download.
 * @param {{ env?: Record<string, string | undefined>, exists?: (path: string) => boolean, playwrightPath?: () => string | undefined }} [options]
 * @returns {string}
 */
export function resolveChromium(options = {}) {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  if (exists(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  let bundled;
  try {
    bundled = (options.playwrightPath ?? playwrightChromiumPath)();
  } catch {
    bundled = undefined;
  }
  if (bundled && exists(bundled)) return bundled;
  throw new Error(
    'No Chromium found for the browser tests. Install it (Debian: `apt-get install -y chromium`), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable, or run `npx playwright install chromium`.',
  );
}

/** Where Playwright's own Chromium would be, had `npx playwright install chromium` been run. */
export function playwrightChromiumPath() {
  const require = createRequire(import.meta.url);
  return require('playwright-core').chromium.executablePath();
}
