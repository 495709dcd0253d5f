// The page's language: its catalogue fetched once (each language is its own chunk), and the
// formatter built on it. The first one is fetched before the first render (main.tsx).
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { LOCALES, type Locale } from '../../domain/locale';

type Messages = Record<string, import('@formatjs/icu-messageformat-parser').MessageFormatElement[]>;

const fetchers: Readonly<Record<Locale, () => Promise<{ default: Messages }>>> = {
  en: () => import('virtual:foothold-catalogue/en'),
  es: () => import('virtual:foothold-catalogue/es'),
  de: () => import('virtual:foothold-catalogue/de'),
};

const cache = createIntlCache();
const ready = new Map<Locale, IntlShape>();
const pending = new Map<Locale, Promise<IntlShape>>();

/** A message missing from a catalogue is a bug the catalogue check exists to catch: say so loudly. */
function reportError(error: { code?: string; message: string }) {
  console.error(`[Foothold text] ${error.code ?? ''} ${error.message}`);
}

/** The formatter for this language once its catalogue is in, or null while it is not. */
export function languageNow(locale: Locale): IntlShape | null {
  return ready.get(locale) ?? null;
}

/** Fetches a language's catalogue (once) and builds its formatter; a failed fetch may be retried. */
export function loadLanguage(locale: Locale): Promise<IntlShape> {
  const have = ready.get(locale);
  if (have) return Promise.resolve(have);
  let promise = pending.get(locale);
  if (!promise) {
    promise = fetchers[locale]().then(
      ({ default: messages }) => {
        const intl = createIntl(
          { locale, defaultLocale: 'en', messages, onError: reportError },
          cache,
        );
        ready.set(locale, intl);
        pending.delete(locale);
        return intl;
      },
      (error: unknown) => {
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, promise);
  }
  return promise;
}

export { LOCALES };
