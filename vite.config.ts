import { readFileSync } from 'node:fs';
import basicSsl from '@vitejs/plugin-basic-ssl';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { LOCALES } from './src/domain/locale.ts';
import { companionRelay, suppliedCertificate } from './src/hub/hub.ts';
import { CSP_META, SECURITY_HEADERS } from './src/views/app/csp.ts';
import { compileCatalogue } from './src/views/i18n/compile.ts';
import { withoutMessageDescriptions } from './src/views/i18n/descriptions.ts';
import { colorProperties } from './src/views/tokens.ts';
import { browserCommands } from './tests/browser/commands.ts';
import { CHROMIUM_ARGS, resolveChromium } from './tests/chromium.mjs';

// Heavy dependencies are pre-bundled up front: a cold cache that re-optimises mid-run reloads
// the page and can load React twice in browser tests.
const optimizeDepsInclude = [
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'three',
  '@react-three/fiber',
  '@react-three/xr',
  'zustand',
  'dexie',
  'dexie-react-hooks',
  'zustand/middleware',
  'wouter',
  'wouter/use-hash-location',
  'vitest-browser-react',
  '@tanstack/react-virtual',
  'react-intl',
  '@formatjs/intl',
];

/**
 * Code Foothold never runs, kept out of the build:
 * - the XR library's desktop headset emulator (3 MB of rooms and dev UI), as the store sets
 *   `emulate: false`;
 * - the panels' default fonts (all weights of four families, 450 KB) and their in-browser font
 *   generator, as every panel names its own self-hosted font (public/fonts).
 */
function withoutUnusedXrCode(): PluginOption {
  const stubs: Record<string, string> = {
    '\0foothold-no-xr-emulator':
      'export function emulate() { throw new Error("XR emulation is not part of Foothold"); }',
    '\0foothold-no-default-font':
      'export const inter = new Proxy({}, { get() { throw new Error("Panels use public/fonts"); } });',
    '\0foothold-no-font-generator':
      'export class MSDF { constructor() { throw new Error("Panels use public/fonts"); } }',
  };
  return {
    name: 'foothold-without-unused-xr-code',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './emulate.js' && importer?.includes('@pmndrs/xr'))
        return '\0foothold-no-xr-emulator';
      if (source === '@pmndrs/msdfonts/inter') return '\0foothold-no-default-font';
      if (source === '@zappar/msdf-generator') return '\0foothold-no-font-generator';
      return null;
    },
    load(id) {
      return stubs[id] ?? null;
    },
  };
}

/**
 * The Content-Security-Policy as the built index.html's first element, so it covers everything
 * after it. Build only: the dev server injects inline scripts for hot reloading.
 */
function cspMetaTag(): PluginOption {
  return {
    name: 'foothold-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** What a scene's people say (ids `scene.<id>.line.*`): shipped with the scene, not the page. */
const SAID = /^scene\.([a-z0-9-]+)\.line\./;

/**
 * Each language's catalogue (src/views/i18n/lang/*.json) as a module of parsed message trees,
 * loaded by the page only when that language is chosen. The page carries no ICU parser. The lines
 * a scene's people say are left out of it: `virtual:foothold-said/<scene>` gives them, in every
 * language, to that scene's own chunk (`all`: every scene's, for the tests), so the home page does
 * not grow with every scene's script.
 */
function catalogues(): PluginOption {
  const prefix = 'virtual:foothold-catalogue/';
  const saidPrefix = 'virtual:foothold-said/';
  const read = (locale: string, watch: (file: string) => void) => {
    const file = new URL(`./src/views/i18n/lang/${locale}.json`, import.meta.url);
    watch(file.pathname);
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  };
  // JSON.parse of a string literal is quicker for the engine than the same object literal.
  const module = (value: unknown) =>
    `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
  return {
    name: 'foothold-catalogues',
    resolveId: (source) =>
      source.startsWith(prefix) || source.startsWith(saidPrefix) ? `\0${source}` : null,
    load(id) {
      const watch = (file: string) => this.addWatchFile(file);
      if (id.startsWith(`\0${saidPrefix}`)) {
        const scene = id.slice(saidPrefix.length + 1);
        if (!/^[a-z0-9-]+$/.test(scene)) throw new Error(`No scene "${scene}" to say lines`);
        const said = Object.fromEntries(
          LOCALES.map((locale) => {
            const lines = Object.entries(read(locale, watch)).filter(([key]) => {
              const of = SAID.exec(key)?.[1];
              return of !== undefined && (scene === 'all' || of === scene);
            });
            return [locale, compileCatalogue(Object.fromEntries(lines))];
          }),
        );
        return module(said);
      }
      if (!id.startsWith(`\0${prefix}`)) return null;
      const locale = id.slice(prefix.length + 1);
      if (!/^[a-z]{2}$/.test(locale)) throw new Error(`No catalogue for "${locale}"`);
      const page = Object.entries(read(locale, watch)).filter(([key]) => !SAID.test(key));
      return module(compileCatalogue(Object.fromEntries(page)));
    },
  };
}

/**
 * A message's `description` is for its translators (the extractor writes it beside the message);
 * the built page never reads it, so the build leaves it out of every `defineMessages` call.
 */
function withoutDescriptions(): PluginOption {
  return {
    name: 'foothold-without-descriptions',
    apply: 'build',
    transform: (code, id) =>
      /\/(src|scenes)\/.*\.tsx?$/.test(id) ? withoutMessageDescriptions(code, id) : null,
  };
}

/**
 * The colours of src/views/tokens.ts as the stylesheet's custom properties, so the page, the
 * headset panels and the charts cannot drift apart. Part of the built CSS: no inline style.
 */
function colorTokens(): PluginOption {
  const id = 'virtual:foothold-tokens.css';
  return {
    name: 'foothold-color-tokens',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (resolved) => (resolved === `\0${id}` ? `:root {\n${colorProperties()}\n}\n` : null),
  };
}

/**
 * Installable, and working with the network off after the first visit: every file the app can
 * need is precached. A new version waits until the person chooses to reload (src/state/update.ts).
 */
function offline(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    // Registered from src/main.tsx through `virtual:pwa-register`: no inline script.
    injectRegister: false,
    // No worker in the dev server or in Vitest: tests and hot reloading see the network as it is.
    devOptions: { enabled: false },
    // globPatterns below already take in every icon, font and controller model.
    includeManifestIcons: false,
    manifest: {
      name: 'Foothold',
      short_name: 'Foothold',
      description:
        'Graded exposure practice for fear of heights, of speaking and of talking with people, in a headset or on a screen. Everything stays on this device.',
      lang: 'en',
      display: 'standalone',
      start_url: './',
      scope: './',
      id: './',
      background_color: '#141a2c',
      theme_color: '#1b2238',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // Code, styles, the page, icons, the panels' font (json + webp) and the controller models
      // (json + glb). The manifest is added by the plugin itself.
      globPatterns: ['**/*.{js,css,html,svg,png,webp,json,glb}'],
      // Source maps are for debugging, not for running.
      globIgnores: ['**/*.map'],
      // The largest controller model is 1.4 MB and a chunk may grow; 2 MB is Workbox's default.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      cleanupOutdatedCaches: true,
      // The first visit's page is served by the worker at once, so a dropped network a minute
      // later still finds the scenes. Updates still wait: this worker never skips waiting.
      clientsClaim: true,
      skipWaiting: false,
      // Every route is a hash of index.html; anything else not precached goes to the network.
      navigateFallback: 'index.html',
    },
  });
}

export default defineConfig(({ mode, command }) => {
  const plugins: PluginOption[] = [
    react(),
    withoutDescriptions(),
    withoutUnusedXrCode(),
    colorTokens(),
    catalogues(),
    cspMetaTag(),
    offline(),
    companionRelay({ banner: mode === 'hub' }),
  ];
  // A headset refuses WebXR on plain http off localhost: `npm run dev:headset` and `npm run hub`
  // serve https on the LAN, with a certificate made on first run unless one is supplied.
  const supplied = mode === 'hub' ? suppliedCertificate() : undefined;
  if ((mode === 'headset' || mode === 'hub') && !supplied) plugins.push(basicSsl());

  return {
    // Relative base: the built app works from any folder of any static host.
    base: './',
    plugins,
    optimizeDeps: { include: optimizeDepsInclude },
    // Messages arrive parsed (catalogues() above), so the built page needs no ICU parser (8 KB
    // gzip). The dev server and tests keep it: the build step itself parses with it.
    resolve:
      command === 'build'
        ? {
            alias: [
              {
                find: /^@formatjs\/icu-messageformat-parser$/,
                replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
              },
            ],
          }
        : {},
    build: {
      target: 'es2022',
      sourcemap: true,
      chunkSizeWarningLimit: 1200,
    },
    // Module workers with chunks of their own: the import worker takes the scene registry, and a
    // scene's component (three.js, React) stays a chunk it never loads instead of being inlined;
    // that chunk's lines still have to resolve there.
    worker: { format: 'es', plugins: () => [catalogues()] },
    // The same headers a static host should send (docs/HOSTING.md).
    preview: {
      port: 4173,
      strictPort: true,
      headers: { ...SECURITY_HEADERS },
      ...(supplied ? { https: supplied } : {}),
    },
    server: { port: 5173 },
    test:
      mode === 'test'
        ? {
            projects: [
              {
                extends: true,
                test: {
                  name: 'unit',
                  environment: 'node',
                  include: ['tests/unit/**/*.test.ts'],
                  // A guard against a hang, not a budget: a busy machine may take seconds.
                  testTimeout: 30_000,
                },
              },
              {
                extends: true,
                test: {
                  name: 'browser',
                  include: ['tests/browser/**/*.test.{ts,tsx}'],
                  testTimeout: 60_000,
                  browser: {
                    enabled: true,
                    headless: true,
                    screenshotFailures: false,
                    commands: browserCommands,
                    provider: playwright({
                      launchOptions: { executablePath: resolveChromium(), args: CHROMIUM_ARGS },
                    }),
                    instances: [{ browser: 'chromium', viewport: { width: 800, height: 600 } }],
                  },
                },
              },
            ],
          }
        : undefined,
  };
});
