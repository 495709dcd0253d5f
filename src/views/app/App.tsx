import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { useIntl } from 'react-intl';
import { Route, Router, Switch } from 'wouter';
import { defineMessages } from '../../domain/phrase';
import { hasConfirmed, useFirstRun } from '../../state/firstRun';
import { useRecovery } from '../../state/recovery';
import { ReviewSkeleton } from '../review/ReviewSkeleton';
import { anyAddress, fromAddress, paths, useAddress } from '../routes';
import { AboutPage, FirstRun } from './FirstRun';
import { HomePage } from './HomePage';
import { Layout } from './Layout';
import { lazyPage } from './lazyPage';

const m = defineMessages({
  loading: { id: 'app.loading', defaultMessage: 'Loading…' },
  notFoundTitle: { id: 'app.notFoundTitle', defaultMessage: 'Page not found' },
  notFound: {
    id: 'app.notFound',
    defaultMessage: 'There is nothing at this address. <a>Go to the start page</a>.',
  },
});

// Everything with three.js or charts loads only when its page is opened.
const SessionPage = lazy(() => import('../session/SessionPage'));
const ReviewPage = lazyPage(() => import('../review/ReviewPage'));
const SettingsPage = lazyPage(() => import('../settings/SettingsPage'));
const SessionRecordPage = lazyPage(() => import('../review/SessionRecordPage'));
const LadderPage = lazyPage(() => import('../ladder/LadderPage'));
const CompanionPage = lazyPage(() => import('../link/CompanionPage'));
const StepSessionPage = lazy(() =>
  import('../session/SessionPage').then((m) => ({ default: m.StepSessionPage })),
);

/** The light pages, by the first part of their address (a session's page waits for its scene anyway). */
const lightPages = new Map(
  (
    [
      [paths.review, ReviewPage],
      [paths.settings, SettingsPage],
      [paths.sessionRecord, SessionRecordPage],
      [paths.ladder, LadderPage],
      [paths.companion, CompanionPage],
    ] as const
  ).map(([path, page]) => [path.split('/')[1], page]),
);

/** Fetches the code of the light page at this address (a location hash), if it is one. */
export function preloadPageAt(hash: string): Promise<unknown> {
  const first = hash.replace(/^#?\/?/, '').split(/[/?]/)[0] ?? '';
  return lightPages.get(first)?.preload() ?? Promise.resolve();
}

export function App() {
  const intl = useIntl();
  const loading = <p className="loading">{intl.formatMessage(m.loading)}</p>;
  // Once per start-up: sessions a closed tab or crash left behind become interrupted.
  useEffect(() => {
    void useRecovery.getState().run();
  }, []);
  const confirmed = useFirstRun((s) => hasConfirmed(s.confirmed));
  if (!confirmed) {
    // Whatever address was opened, the first visit reads this first; it is shown once.
    return (
      <Router hook={useAddress}>
        <Layout menu={false}>
          <FirstRun />
        </Layout>
      </Router>
    );
  }
  return (
    <Router hook={useAddress}>
      <Suspense fallback={loading}>
        <Switch>
          <Route path={paths.stepSession}>
            {(params) => (
              <Decoded part={params.stepId}>{(id) => <StepSessionPage stepId={id} />}</Decoded>
            )}
          </Route>
          <Route path={paths.session}>
            {(params) => (
              <Decoded part={params.sceneId}>
                {(sceneId) => <SessionPage sceneId={sceneId} level={params.level} />}
              </Decoded>
            )}
          </Route>
          <Route path={anyAddress}>
            <Layout>
              <Suspense fallback={loading}>
                <Switch>
                  <Route path={paths.home} component={HomePage} />
                  <Route path={paths.review}>
                    {/* The review's own outline while its code loads: nothing moves when it comes. */}
                    <Suspense fallback={<ReviewSkeleton />}>
                      <ReviewPage />
                    </Suspense>
                  </Route>
                  <Route path={paths.settings} component={SettingsPage} />
                  <Route path={paths.ladder} component={LadderPage} />
                  <Route path={paths.about} component={AboutPage} />
                  <Route path={paths.companion}>
                    <CompanionPage />
                  </Route>
                  <Route path={paths.companionWithCode}>
                    {(params) => (
                      <Decoded part={params.code}>
                        {(code) => <CompanionPage code={code} />}
                      </Decoded>
                    )}
                  </Route>
                  <Route path={paths.sessionRecord}>
                    {(params) => (
                      <Decoded part={params.id}>{(id) => <SessionRecordPage id={id} />}</Decoded>
                    )}
                  </Route>
                  <Route path={anyAddress}>
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

/** A part of the address decoded once, as it was encoded; one that cannot be decoded leads nowhere. */
function Decoded({
  part,
  children,
}: {
  part: string | undefined;
  children: (text: string) => ReactNode;
}) {
  const text = fromAddress(part);
  return text === null ? <NotFound /> : children(text);
}

function NotFound() {
  const intl = useIntl();
  return (
    <section>
      <h1>{intl.formatMessage(m.notFoundTitle)}</h1>
      <p>{intl.formatMessage(m.notFound, { a: (words) => <a href="#/">{words}</a> })}</p>
    </section>
  );
}
