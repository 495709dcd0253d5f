import { registerSW } from 'virtual:pwa-register';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLocale } from './domain/locale';
import { useSettings } from './state/settings';
import { useUpdate } from './state/update';
import { App, preloadPageAt } from './views/app/App';
import { LanguageProvider } from './views/i18n/LanguageProvider';
import { loadLanguage } from './views/i18n/language';
import { getProbe } from './views/probe';
import 'virtual:foothold-tokens.css';
import './views/app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Foothold needs an element with id "root" in index.html');
// A page opened directly is drawn once its code and its words are in, rather than after a
// fallback (lazyPage.ts); either failing still draws the page, which says what it can.
const locale = resolveLocale(useSettings.getState().language, navigator.languages);
void Promise.all([
  preloadPageAt(location.hash).catch(() => undefined),
  loadLanguage(locale).catch(() => loadLanguage('en').catch(() => undefined)),
]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </StrictMode>,
  ),
);
// Makes the app work offline; a no-op in the dev server and in tests, where no worker is built.
useUpdate.getState().register(registerSW);
const probe = getProbe();
if (probe) probe.update = useUpdate;
