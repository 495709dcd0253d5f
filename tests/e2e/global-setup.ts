import { join } from 'node:path';
import { build } from 'vite';
import { HARNESS_DIR } from './paths';

/** Bundles IWER into a classic script that page.addInitScript can run before the app loads. */
export default async function globalSetup() {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: HARNESS_DIR,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(import.meta.dirname, 'harness', 'iwer.ts'),
        formats: ['iife'],
        name: 'FootholdIwer',
        fileName: () => 'iwer.js',
      },
    },
  });
}
