// The first-run safety text in every language Foothold speaks: it must never lose an emergency
// number, nor the ways to stop.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/domain/locale';
import { intlFor } from './intl';

const EMERGENCY_NUMBERS = ['112', '911', '999', '000'];

describe('the safety text', () => {
  it.each(LOCALES)('in %s keeps every emergency number, and no other', (locale) => {
    const crisis = intlFor(locale).formatMessage({ id: 'safety.crisis' });
    for (const number of EMERGENCY_NUMBERS)
      expect(crisis).toMatch(new RegExp(`(^|\\D)${number}(\\D|$)`));
    expect(crisis.match(/\d+/g)).toEqual(EMERGENCY_NUMBERS);
  });

  it.each(LOCALES)('in %s names the keys and buttons that stop a session', (locale) => {
    const intl = intlFor(locale);
    const tags = { strong: (s: string[]) => s.join(''), kbd: (s: string[]) => s.join('') };
    expect(intl.formatMessage({ id: 'safety.stopScreen' }, tags)).toContain('Esc');
    const headset = intl.formatMessage({ id: 'safety.stopHeadset' }, tags);
    expect(headset).toMatch(/\bB\b/);
    expect(headset).toMatch(/\bY\b/);
  });
});
