// `npm test`: every layer of tests (unit in Node, components in a real browser, whole flows in
// Playwright against the built app), then one closing line that counts them all.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'tests', '.results');
const vitestJson = join(results, 'vitest.json');
const playwrightJson = join(results, 'playwright.json');
mkdirSync(results, { recursive: true });
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

/**
 * Runs one layer in its own process group. A layer that hangs (a browser that never closes, say)
 * is killed with everything it started once `minutes` have passed, and counts as failed, so the
 * closing line is always printed.
 */
function run(label, args, minutes) {
  console.log(`\n── ${label} ──`);
  const child = spawn('npx', args, {
    cwd: root,
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return new Promise((resolve) => {
    const guard = setTimeout(() => {
      console.log(`${label}: still running after ${minutes} minutes; stopped.`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, minutes * 60_000);
    child.on('exit', (code) => {
      clearTimeout(guard);
      // Whatever the layer left behind (a browser, a preview server) goes with it.
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Nothing was left.
      }
      resolve(code ?? 1);
    });
  });
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** A layer that crashed before reporting counts as one failure, so the total never hides it. */
function counts(name, exitCode, report, read) {
  if (!report) {
    console.log(`${name}: no report was written (exit code ${exitCode}); counted as 1 failure.`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const c = read(report);
  if (exitCode !== 0 && c.failed === 0) {
    console.log(`${name}: exited with ${exitCode} although no test failed; counted as 1 failure.`);
    c.failed = 1;
  }
  return c;
}

// Far above a whole run on a busy two-core machine (about 7 and 25 minutes): only a hang hits them.
const vitestExit = await run(
  'Vitest: unit (Node) and browser (Chromium)',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  15,
);
const playwrightExit = await run(
  'Playwright: whole app, built and served',
  ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts'],
  40,
);

const vitest = counts('Vitest', vitestExit, readJson(vitestJson), (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + r.numTodoTests,
}));
const playwright = counts('Playwright', playwrightExit, readJson(playwrightJson), (r) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected,
  skipped: r.stats.skipped,
}));

const passed = vitest.passed + playwright.passed;
const failed = vitest.failed + playwright.failed;
const skipped = vitest.skipped + playwright.skipped;
console.log(
  `\nVitest: ${vitest.passed} passed, ${vitest.failed} failed; Playwright: ${playwright.passed} passed, ${playwright.failed} failed`,
);
// The closing line alone, as CI reads it; skipped tests, if any, on the line before.
if (skipped > 0) console.log(`(${skipped} skipped)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
