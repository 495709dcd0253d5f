import { lazy, Suspense, useEffect } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useRecovery } from '../session/recovery';
import { HomePage } from './HomePage';
import { Layout } from './Layout';
import { paths } from './routes';

// Everything with three.js or charts loads only when its page is opened.
const SessionPage = lazy(() => import('../session/SessionPage'));
const ReviewPage = lazy(() => import('../review/ReviewPage'));
const SettingsPage = lazy(() => import('../settings/SettingsPage'));
const SessionRecordPage = lazy(() => import('../review/SessionRecordPage'));

export function App() {
  // Once per start-up: sessions a closed tab or crash left behind become interrupted.
  useEffect(() => {
    void useRecovery.getState().run();
  }, []);
  return (
    <Router hook={useHashLocation}>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <Switch>
          <Route path={paths.session}>
            {(params) => <SessionPage sceneId={params.sceneId} level={params.level} />}
          </Route>
          <Route>
            <Layout>
              <Suspense fallback={<p className="loading">Loading…</p>}>
                <Switch>
                  <Route path={paths.home} component={HomePage} />
                  <Route path={paths.review} component={ReviewPage} />
                  <Route path={paths.settings} component={SettingsPage} />
                  <Route path={paths.sessionRecord}>
                    {(params) => <SessionRecordPage id={params.id} />}
                  </Route>
                  <Route>
                    <NotFound />
                  </Route>
                </Switch>
              </Suspense>
            </Layout>
          </Route>
        </Switch>
      </Suspense>
    </Router>
  );
}

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <a href="#/">Go to the start page</a>.
      </p>
    </section>
  );
}
