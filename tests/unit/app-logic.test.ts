import { createIntl } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';
import { say } from '../../src/domain/phrase';
import { dragLook, KEY_TURN, keyLook, MAX_PITCH, turn } from '../../src/domain/xr/look';
import { defaultSettings, sanitizeSettings, settingProblem } from '../../src/state/settings';
import { parseLevel, sessionPath } from '../../src/views/routes';
import { xrProfileBase } from '../../src/views/xr/profiles';
import { english } from './intl';

describe('session addresses', () => {
  it('round-trips a scene and level', () => {
    expect(sessionPath('calm', 3)).toBe('/session/calm/3');
    expect(parseLevel('3')).toBe(3);
    expect(parseLevel('10')).toBe(10);
  });

  it('rejects levels that are not 1 to 10', () => {
    for (const bad of ['0', '11', '2.5', '-1', 'x', '', undefined, '007'])
      expect(parseLevel(bad)).toBeNull();
  });
});

describe('desktop look-around', () => {
  it('never tips past straight up or down', () => {
    let look = { yaw: 0, pitch: 0 };
    for (let i = 0; i < 100; i++) look = dragLook(look, 0, 50, 2);
    expect(look.pitch).toBeCloseTo(MAX_PITCH, 9);
    for (let i = 0; i < 100; i++) look = dragLook(look, 0, -50, 2);
    expect(look.pitch).toBeCloseTo(-MAX_PITCH, 9);
  });

  it('turns further with a higher look speed and keeps yaw within one turn', () => {
    const slow = dragLook({ yaw: 0, pitch: 0 }, 100, 0, 0.5);
    const fast = dragLook({ yaw: 0, pitch: 0 }, 100, 0, 2);
    expect(Math.abs(fast.yaw)).toBeCloseTo(Math.abs(slow.yaw) * 4, 9);
    const spun = turn({ yaw: 3, pitch: 0 }, 1, 0);
    expect(spun.yaw).toBeGreaterThan(-Math.PI);
    expect(spun.yaw).toBeLessThanOrEqual(Math.PI);
    expect(Math.cos(spun.yaw)).toBeCloseTo(Math.cos(4), 9);
  });

  it('turns with the arrow keys and ignores other keys', () => {
    expect(keyLook({ yaw: 0, pitch: 0 }, 'ArrowLeft')?.yaw).toBeCloseTo(KEY_TURN, 9);
    expect(keyLook({ yaw: 0, pitch: 0 }, 'ArrowDown')?.pitch).toBeCloseTo(-KEY_TURN, 9);
    expect(keyLook({ yaw: 0, pitch: 0 }, 'a')).toBeNull();
  });
});

describe('settings', () => {
  it('explains out-of-range values', () => {
    const problem = (key: Parameters<typeof settingProblem>[0], value: number) => {
      const found = settingProblem(key, value);
      return found && say(english, found);
    };
    expect(problem('soundVolume', 1.5)).toBe('Choose a value from 0 to 1.');
    expect(problem('lookSpeed', Number.NaN)).toBe('Enter a number.');
    expect(problem('lookSpeed', 2.5)).toBe('Choose a value from 0.5 to 2.');
    expect(problem('promptMinutes', 2.5)).toBe('Choose a whole number of minutes.');
    expect(settingProblem('lookSpeed', 1.2)).toBeNull();
    // The limits are numbers of the page's language (here German, its words aside).
    const german = createIntl({ locale: 'de', defaultLocale: 'de', onError: () => {} });
    const lookSpeed = settingProblem('lookSpeed', 2.5);
    expect(lookSpeed && say(german, lookSpeed)).toBe('Choose a value from 0,5 to 2.');
  });

  it('falls back to defaults for damaged stored values and keeps the good ones', () => {
    expect(sanitizeSettings({ soundVolume: 7, lookSpeed: 1.5 })).toEqual({
      ...defaultSettings,
      lookSpeed: 1.5,
    });
    expect(sanitizeSettings('garbage')).toEqual(defaultSettings);
    expect(sanitizeSettings(null)).toEqual(defaultSettings);
  });
});

describe('XR models are served from the app’s own origin', () => {
  it('resolves the profile folder against the page, wherever the app is hosted', () => {
    expect(xrProfileBase('https://host.test/foothold/index.html')).toBe(
      'https://host.test/foothold/xr-profiles/',
    );
    expect(xrProfileBase('http://localhost:4173/')).toBe('http://localhost:4173/xr-profiles/');
  });
});

describe('storage errors in words', () => {
  it('recognises a full quota through Dexie’s wrapping and across the worker boundary', async () => {
    const { describeStorageError } = await import('../../src/data/errors');
    const { serializeError } = await import('../../src/data/writes');
    const quota = Object.assign(new Error('x'), {
      name: 'AbortError',
      inner: Object.assign(new Error('q'), { name: 'QuotaExceededError' }),
    });
    const described = (error: unknown) => say(english, describeStorageError(error));
    expect(described(quota)).toBe('The storage space this browser gives Foothold is full.');
    expect(described(serializeError(quota))).toBe(
      'The storage space this browser gives Foothold is full.',
    );
    expect(described({ name: 'MissingAPIError', message: 'IndexedDB API missing' })).toMatch(
      /private browsing/,
    );
    expect(described({ name: 'VersionError', message: 'v' })).toBe(
      'Foothold was updated in another tab; reload this tab to keep saving.',
    );
    expect(described(new TypeError('boom'))).toBe('Saving failed (TypeError).');
    expect(described('boom')).toBe('Saving failed (unknown error).');
  });
});
