// The languages Foothold speaks, and which one a browser's preferences choose. Pure.

export const LOCALES = ['en', 'es', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in its own words, so a person finds theirs whatever the page speaks. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
};

/** The person's choice in Settings: a language, or whatever the browser prefers. */
export type LanguageChoice = Locale | 'auto';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the browser's languages (most preferred first) that Foothold speaks, by its
 * primary subtag ("de-AT" is German); English when none is.
 */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.split(/[-_]/)[0]?.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return 'en';
}

export function resolveLocale(choice: LanguageChoice, preferred: readonly string[]): Locale {
  return choice === 'auto' ? matchLocale(preferred) : choice;
}
