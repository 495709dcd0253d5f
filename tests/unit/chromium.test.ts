import { describe, expect, it } from 'vitest';
import { resolveChromium, SYSTEM_CHROMIUM } from '../chromium.mjs';

describe('Chromium resolver shared by the browser tests, end-to-end tests and bench', () => {
  const only =
    (...paths: string[]) =>
    (p: string) =>
      paths.includes(p);

  it('prefers CHROMIUM_PATH', () => {
    expect(
      resolveChromium({
        env: { CHROMIUM_PATH: '/opt/chrome' },
        exists: only('/opt/chrome', SYSTEM_CHROMIUM),
      }),
    ).toBe('/opt/chrome');
  });

  it('refuses a CHROMIUM_PATH that points at nothing, instead of silently using another', () => {
    expect(() =>
      resolveChromium({ env: { CHROMIUM_PATH: '/nope' }, exists: only(SYSTEM_CHROMIUM) }),
    ).toThrow(/CHROMIUM_PATH is set to \/nope/);
  });

  it('then the system Chromium, then Playwright’s own', () => {
    expect(
      resolveChromium({
        env: {},
        exists: only(SYSTEM_CHROMIUM, '/pw/chrome'),
        playwrightPath: () => '/pw/chrome',
      }),
    ).toBe(SYSTEM_CHROMIUM);
    expect(
      resolveChromium({ env: {}, exists: only('/pw/chrome'), playwrightPath: () => '/pw/chrome' }),
    ).toBe('/pw/chrome');
  });

  it('says how to get a browser when there is none', () => {
    expect(() =>
      resolveChromium({ env: {}, exists: () => false, playwrightPath: () => '/pw/chrome' }),
    ).toThrow(/apt-get install -y chromium/);
  });
});
