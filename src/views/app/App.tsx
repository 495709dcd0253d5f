import { lazy, Suspense, useEffect } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { hasConfirmed, useFirstRun } from '../../state/firstRun';
import { useRecovery } from '../../state/recovery';
import { paths } from '../routes';
import { AboutPage, FirstRun } from './FirstRun';
import { HomePage } from './HomePage';
import { Layout } from './Layout';

// Everything with three.js or charts loads only when its page is opened.
const SessionPage = lazy(() => import('../session/SessionPage'));
const ReviewPage = lazy(() => import('../review/ReviewPage'));
const SettingsPage = lazy(() => import('../settings/SettingsPage'));
const SessionRecordPage = lazy(() => import('../review/SessionRecordPage'));
const LadderPage = lazy(() => import('../ladder/LadderPage'));
const StepSessionPage = lazy(() =>
  import('../session/SessionPage').then((m) => ({ default: m.StepSessionPage })),
);

export function App() {
  // Once per start-up: sessions a closed tab or crash left behind become interrupted.
  useEffect(() => {
    void useRecovery.getState().run();
  }, []);
  const confirmed = useFirstRun((s) => hasConfirmed(s.confirmed));
  if (!confirmed) {
    // Whatever address was opened, the first visit reads this first; it is shown once.
    return (
      <Router hook={useHashLocation}>
        <Layout menu={false}>
          <FirstRun />
        </Layout>
      </Router>
    );
  }
  return (
    <Router hook={useHashLocation}>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <Switch>
          <Route path={paths.stepSession}>
            {(params) => <StepSessionPage stepId={params.stepId} />}
          </Route>
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
                  <Route path={paths.ladder} component={LadderPage} />
                  <Route path={paths.about} component={AboutPage} />
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
