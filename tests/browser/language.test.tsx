// The Language setting, with the page's real switching: the choice is stored, every word on the
// page changes at once, and the page's lang attribute follows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { LOCALE_NAMES, LOCALES, matchLocale } from '../../src/domain/locale';
import { useSettings } from '../../src/state/settings';
import { LanguageProvider } from '../../src/views/i18n/LanguageProvider';
import SettingsPage from '../../src/views/settings/SettingsPage';
import { languageOf } from './intl';

const STORAGE_KEY = 'foothold-settings';

/** The language stored in this browser, as the settings store wrote it. */
const storedLanguage = () => {
  const entry = localStorage.getItem(STORAGE_KEY);
  return entry === null ? undefined : JSON.parse(entry).state?.language;
};

beforeEach(() => {
  useSettings.getState().setLanguage('auto');
});

afterEach(() => {
  useSettings.getState().setLanguage('auto');
  localStorage.removeItem(STORAGE_KEY);
});

describe('the Language setting', () => {
  it('changes the whole page to the language chosen, keeps the choice, and goes back to Automatic', async () => {
    // Automatic is whatever this browser prefers, as far as Foothold speaks it.
    const automatic = await languageOf(matchLocale(navigator.languages));
    const english = await languageOf('en');
    const german = await languageOf('de');
    const title = { id: 'settings.title' };
    const label = { id: 'settings.language' };
    expect(german.messages['settings.title']).toBeDefined();
    expect(german.formatMessage(title)).not.toBe(english.formatMessage(title));

    const screen = await render(
      <LanguageProvider>
        <SettingsPage />
      </LanguageProvider>,
    );
    await expect
      .element(screen.getByRole('heading', { level: 1, name: automatic.formatMessage(title) }))
      .toBeVisible();
    const select = screen.getByRole('combobox', { name: automatic.formatMessage(label) });
    await expect.element(select).toHaveValue('auto');
    // Each language is offered in its own words, marked as that language.
    for (const locale of LOCALES) {
      const option = select.element().querySelector(`option[value="${locale}"]`);
      expect(option?.textContent).toBe(LOCALE_NAMES[locale]);
      expect(option?.getAttribute('lang')).toBe(locale);
    }
    // The hint says what Automatic stands for here.
    const automaticName = LOCALE_NAMES[matchLocale([automatic.locale])];
    await expect
      .element(
        screen.getByText(
          automatic.formatMessage({ id: 'settings.languageAutoIs' }, { language: automaticName }),
        ),
      )
      .toBeVisible();

    await select.selectOptions('de');
    await expect
      .element(screen.getByRole('heading', { level: 1, name: german.formatMessage(title) }))
      .toBeVisible();
    await expect
      .element(screen.getByRole('combobox', { name: german.formatMessage(label) }))
      .toHaveValue('de');
    await expect.poll(() => document.documentElement.lang).toBe('de');
    expect(useSettings.getState().language).toBe('de');
    expect(storedLanguage()).toBe('de');

    await screen.getByRole('combobox', { name: german.formatMessage(label) }).selectOptions('auto');
    await expect
      .element(screen.getByRole('heading', { level: 1, name: automatic.formatMessage(title) }))
      .toBeVisible();
    await expect.poll(() => document.documentElement.lang).toBe(automatic.locale);
    expect(storedLanguage()).toBe('auto');
  });
});
