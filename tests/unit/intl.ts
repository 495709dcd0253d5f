// The app's catalogues, compiled as the build compiles them, as formatters for Node tests.

import de from 'virtual:foothold-catalogue/de';
import en from 'virtual:foothold-catalogue/en';
import es from 'virtual:foothold-catalogue/es';
import said from 'virtual:foothold-said/all';
import { createIntl, type IntlShape } from '@formatjs/intl';
import type { Locale } from '../../src/domain/locale';

// The scenes' lines ship with each scene, apart from the page's catalogue; tests read both.
const catalogues = {
  en: { ...en, ...said.en },
  es: { ...es, ...said.es },
  de: { ...de, ...said.de },
} as const;

export function intlFor(locale: Locale): IntlShape {
  return createIntl({
    locale,
    messages: catalogues[locale],
    onError: (error) => {
      throw error;
    },
  });
}

export const english = intlFor('en');
