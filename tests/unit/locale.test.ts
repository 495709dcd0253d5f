import { describe, expect, it } from 'vitest';
import { LOCALE_NAMES, LOCALES, matchLocale, resolveLocale } from '../../src/domain/locale';
import { sanitizeLanguage } from '../../src/state/settings';

describe("the browser's languages", () => {
  it('choose a language by its primary subtag', () => {
    expect(matchLocale(['de-AT'])).toBe('de');
    expect(matchLocale(['es-419'])).toBe('es');
    expect(matchLocale(['en-GB'])).toBe('en');
    expect(matchLocale(['de'])).toBe('de');
    expect(matchLocale(['es_MX'])).toBe('es');
  });

  it('are read in order of preference, skipping those Foothold does not speak', () => {
    expect(matchLocale(['fr-FR', 'de'])).toBe('de');
    expect(matchLocale(['fr-FR', 'it', 'es-ES', 'de'])).toBe('es');
    expect(matchLocale(['de-CH', 'en-US'])).toBe('de');
  });

  it('fall back to English when none is spoken, or none is given', () => {
    expect(matchLocale([])).toBe('en');
    expect(matchLocale(['fr-FR', 'ja'])).toBe('en');
    expect(matchLocale([''])).toBe('en');
  });

  it('match whatever their case', () => {
    expect(matchLocale(['DE-at'])).toBe('de');
    expect(matchLocale(['Es'])).toBe('es');
  });
});

describe("the person's choice", () => {
  it('follows the browser when automatic, and wins over it otherwise', () => {
    expect(resolveLocale('auto', ['de-AT', 'en'])).toBe('de');
    expect(resolveLocale('auto', [])).toBe('en');
    expect(resolveLocale('es', ['de-AT'])).toBe('es');
    expect(resolveLocale('en', ['de', 'es'])).toBe('en');
  });

  it('names every language in its own words', () => {
    expect(LOCALES.map((locale) => LOCALE_NAMES[locale])).toEqual([
      'English',
      'Español',
      'Deutsch',
    ]);
  });

  it('as stored is kept only while it is a language Foothold speaks', () => {
    expect(sanitizeLanguage({ language: 'de' })).toBe('de');
    expect(sanitizeLanguage({ language: 'es', soundVolume: 0.5 })).toBe('es');
    expect(sanitizeLanguage({ language: 'auto' })).toBe('auto');
    for (const damaged of [
      { language: 'fr' },
      { language: 'DE' },
      { language: 'de-AT' },
      { language: 3 },
      { language: null },
      { language: ['de'] },
      {},
      'de',
      null,
      undefined,
      42,
    ])
      expect(sanitizeLanguage(damaged)).toBe('auto');
  });
});
