// `npm test`: every layer of tests (unit in Node, components in a real browser, whole flows in
// Playwright against the built app), then one closing line that counts them all.
import { spawnSync } from 'node:child_process';
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

function run(label, args) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync('npx', args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return result.status ?? 1;
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

const vitestExit = run('Vitest: unit (Node) and browser (Chromium)', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const playwrightExit = run('Playwright: whole app, built and served', [
  'playwright',
  'test',
  '-c',
  'tests/e2e/playwright.config.ts',
]);

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
console.log(
  skipped > 0
    ? `${passed} passed, ${failed} failed, ${skipped} skipped`
    : `${passed} passed, ${failed} failed`,
);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
