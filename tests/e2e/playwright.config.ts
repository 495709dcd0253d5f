import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium.mjs';
import { BASE_URL, PREVIEW_PORT, RESULTS_DIR, ROOT } from './paths';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: join(RESULTS_DIR, 'playwright'),
  globalSetup: './global-setup.ts',
  // Two cores and software WebGL: one browser at a time keeps frame timing sane.
  workers: 1,
  fullyParallel: false,
  // Guards against a hang, not budgets: on a busy machine a whole flow can take minutes.
  timeout: 180_000,
  // A state on a busy two-core machine with software WebGL can take a while to come.
  expect: { timeout: 60_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: join(RESULTS_DIR, 'playwright.json') }]],
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: resolveChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
    // The built app registers a service worker that precaches everything; most tests look at
    // the network as a first visit sees it. offline.spec.ts allows the worker.
    serviceWorkers: 'block',
  },
  webServer: {
    // Tests run against the built app, as a person gets it.
    command: `npx vite build --logLevel warn && npx vite preview --port ${PREVIEW_PORT} --strictPort`,
    cwd: ROOT,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
