// Gives every component below the person's language (react-intl's useIntl), and keeps the page's
// lang attribute true to it. A new choice keeps the old words on screen until the new ones are in.
import { type ReactNode, useEffect, useState, useSyncExternalStore } from 'react';
import { type IntlShape, RawIntlProvider } from 'react-intl';
import { type Locale, resolveLocale } from '../../domain/locale';
import { useSettings } from '../../state/settings';
import { languageNow, loadLanguage } from './language';

function subscribeToBrowserLanguages(onChange: () => void) {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

/** The browser's languages as one key, so a change in them re-renders. */
function useBrowserLanguages(): readonly string[] {
  const key = useSyncExternalStore(subscribeToBrowserLanguages, () => navigator.languages.join());
  return key.split(',');
}

/** The language the person's choice and their browser resolve to. */
export function usePageLocale(): Locale {
  const choice = useSettings((s) => s.language);
  return resolveLocale(choice, useBrowserLanguages());
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const locale = usePageLocale();
  const [shown, setShown] = useState<IntlShape | null>(
    // English stands in when this language's catalogue could not be fetched before the first render.
    () => languageNow(locale) ?? languageNow('en'),
  );
  const intl = shown?.locale === locale ? shown : (languageNow(locale) ?? shown);
  useEffect(() => {
    let current = true;
    loadLanguage(locale).then(
      (loaded) => {
        if (current) setShown(loaded);
      },
      // Offline before this language was ever fetched: the words already shown stay.
      (error: unknown) => console.error('Could not load the catalogue', locale, error),
    );
    return () => {
      current = false;
    };
  }, [locale]);
  useEffect(() => {
    if (intl) document.documentElement.lang = intl.locale;
  }, [intl]);
  if (!intl) return null;
  return <RawIntlProvider value={intl}>{children}</RawIntlProvider>;
}
