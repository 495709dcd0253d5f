// Browser tests render components as the app does: inside the page's language (English unless a
// test chooses another), fetched through the same catalogue chunks.
import type { ReactNode } from 'react';
import { type IntlShape, RawIntlProvider } from 'react-intl';
import { type ComponentRenderOptions, render as renderBare } from 'vitest-browser-react';
import type { Locale } from '../../src/domain/locale';
import { loadLanguage } from '../../src/views/i18n/language';

export const english: IntlShape = await loadLanguage('en');

/** The language the last render asked for; a rerender keeps it. */
let current: IntlShape = english;

function Language({ children }: { children: ReactNode }) {
  return <RawIntlProvider value={current}>{children}</RawIntlProvider>;
}

/** vitest-browser-react's render, inside English or the language given. */
export function render(ui: ReactNode, options: ComponentRenderOptions & { intl?: IntlShape } = {}) {
  const { intl = english, ...rest } = options;
  current = intl;
  return renderBare(ui, { wrapper: Language, ...rest });
}

export async function languageOf(locale: Locale): Promise<IntlShape> {
  return loadLanguage(locale);
}
