import { registerSW } from 'virtual:pwa-register';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useUpdate } from './state/update';
import { App, preloadPageAt } from './views/app/App';
import { getProbe } from './views/probe';
import 'virtual:foothold-tokens.css';
import './views/app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Foothold needs an element with id "root" in index.html');
// A page opened directly is drawn once its code is in, rather than after a fallback (lazyPage.ts).
void preloadPageAt(location.hash)
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
// Makes the app work offline; a no-op in the dev server and in tests, where no worker is built.
useUpdate.getState().register(registerSW);
const probe = getProbe();
if (probe) probe.update = useUpdate;
