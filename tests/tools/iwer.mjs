// Bundles the emulated headset (tests/e2e/harness/iwer.ts) for the end-to-end tests and the bench.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const entry = join(dirname(fileURLToPath(import.meta.url)), '..', 'e2e', 'harness', 'iwer.ts');

/**
 * Writes IWER as one classic script that addInitScript can run before the app loads.
 * @param {string} outDir  emptied first
 * @returns {Promise<string>} the script's path
 */
export async function buildIwer(outDir) {
  await build({
    configFile: false,
    // The bundle's folder holds the script alone, not a copy of the app's public files.
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry, formats: ['iife'], name: 'FootholdIwer', fileName: () => 'iwer.js' },
    },
  });
  return join(outDir, 'iwer.js');
}
