// The catalogues as the page uses them: every message formats in every language, plurals choose
// their branch by the language's rules, and numbers, percentages and dates follow the locale.
import { TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/domain/locale';
import { compileCatalogue } from '../../src/views/i18n/compile';
import { placeholders, readCatalogue } from '../tools/i18n.mjs';
import { intlFor } from './intl';

const catalogues = Object.fromEntries(
  LOCALES.map((locale) => [locale, readCatalogue(locale) as Record<string, string>]),
);

/** The ids of English messages whose first element is a plural over `count`-like argument. */
function pluralIds(): { id: string; arg: string }[] {
  const compiled = compileCatalogue(catalogues.en ?? {});
  const out: { id: string; arg: string }[] = [];
  for (const [id, elements] of Object.entries(compiled)) {
    const plural = elements.find((el) => el.type === TYPE.plural && el.pluralType !== 'ordinal');
    if (plural && plural.type === TYPE.plural) out.push({ id, arg: plural.value });
  }
  return out;
}

describe('the catalogues', () => {
  it('hold the same messages in every language, each valid ICU', () => {
    const ids = Object.keys(catalogues.en ?? {}).sort();
    expect(ids.length).toBeGreaterThan(300);
    for (const locale of LOCALES) {
      expect(Object.keys(catalogues[locale] ?? {}).sort()).toEqual(ids);
      expect(() => compileCatalogue(catalogues[locale] ?? {})).not.toThrow();
    }
  });

  it('are translations, not copies of the English', () => {
    for (const locale of ['es', 'de'] as const) {
      const same = Object.entries(catalogues.en ?? {}).filter(
        ([id, message]) => catalogues[locale]?.[id] === message && /\p{L}{4,}/u.test(message),
      );
      // Names (Foothold, SUDS) and a few words the languages share; never whole sentences.
      expect(same.filter(([, message]) => wordsOutsidePlaceholders(message) > 2)).toEqual([]);
    }
  });
});

describe('plurals in each language', () => {
  const plurals = pluralIds();

  it('exist, so counts are never glued to a fixed word', () => {
    expect(plurals.length).toBeGreaterThan(10);
  });

  for (const locale of LOCALES) {
    it(`choose one and other by ${locale}'s rules, with the count written for ${locale}`, () => {
      const intl = intlFor(locale);
      for (const { id, arg } of plurals) {
        const values = placeholderValues(catalogues[locale]?.[id] ?? '', arg);
        const one = intl.formatMessage({ id }, { ...values, [arg]: 1 });
        const many = intl.formatMessage({ id }, { ...values, [arg]: 1234 });
        expect(one, `${locale} ${id}`).not.toBe(many);
        if ((catalogues[locale]?.[id] ?? '').includes('#'))
          expect(many, `${locale} ${id}`).toContain(intl.formatNumber(1234));
      }
    });
  }
});

describe('numbers, percentages and dates follow the locale', () => {
  it('write thousands and decimals as each language does', () => {
    expect(intlFor('en').formatNumber(12345.5)).toBe('12,345.5');
    expect(intlFor('de').formatNumber(12345.5)).toBe('12.345,5');
    expect(intlFor('es').formatNumber(12345.5)).toBe('12.345,5');
    // Spanish groups only from five digits.
    expect(intlFor('es').formatNumber(1234)).toBe('1234');
    expect(intlFor('de').formatNumber(1234)).toBe('1234'.replace(/^1/, '1.'));
  });

  it('write a percentage as each language does', () => {
    expect(intlFor('en').formatNumber(0.35, { style: 'percent' })).toBe('35%');
    expect(intlFor('de').formatNumber(0.35, { style: 'percent' })).toBe('35\u00a0%');
    expect(intlFor('es').formatNumber(0.35, { style: 'percent' })).toBe('35\u00a0%');
  });

  it('write a date in the language and order of each locale', () => {
    const day = new Date(Date.UTC(2026, 2, 5, 12));
    const opts = { dateStyle: 'long', timeZone: 'UTC' } as const;
    expect(intlFor('en').formatDate(day, opts)).toBe('March 5, 2026');
    expect(intlFor('de').formatDate(day, opts)).toBe('5. März 2026');
    expect(intlFor('es').formatDate(day, opts)).toBe('5 de marzo de 2026');
  });
});

/** How many words a message has of its own, outside its placeholders and tags. */
function wordsOutsidePlaceholders(message: string): number {
  let text = message;
  for (let inner = /\{[^{}]*\}/g; inner.test(text); inner.lastIndex = 0)
    text = text.replace(inner, ' ');
  return text
    .replace(/<\/?\w+>/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
}

/** Values for a message's other placeholders, by their kind, so it formats whole. */
type Value = string | number | Date | ((chunks: string[]) => string);

function placeholderValues(message: string, skip: string): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const p of placeholders(message) as string[]) {
    const tag = /^<(\w+)>$/.exec(p);
    if (tag?.[1]) {
      values[tag[1]] = (chunks: string[]) => chunks.join('');
      continue;
    }
    const [, name, kind] = /^\{(\w+)(?:, (\w+))?\}$/.exec(p) ?? [];
    if (!name || name === skip) continue;
    if (kind === 'date' || kind === 'time') values[name] = new Date(0);
    else if (kind === 'select') values[name] = 'other';
    else if (kind) values[name] = 2;
    else values[name] = 'x';
  }
  return values;
}
