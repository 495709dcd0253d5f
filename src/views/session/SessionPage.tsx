import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'wouter';
import { createRandom } from '../../../scenes/common/random';
import { findScene } from '../../../scenes/registry';
import type { ParamValue, ParamValues, SceneContent, SceneDefinition } from '../../../scenes/types';
import { isOwnParam, levelOf } from '../../../scenes/types';
import { readStep } from '../../data/ladder';
import type { Read } from '../../data/reads';
import { type LadderStep, stepName, stepPlaceInline } from '../../domain/ladder/ladder';
import { varyStep } from '../../domain/ladder/variation';
import { defineMessages, say } from '../../domain/phrase';
import type { Place } from '../../domain/places/place';
import type { BeforeAnswers } from '../../domain/session/events';
import { summarize } from '../../domain/session/summary';
import { useLink } from '../../state/link';
import { useSession } from '../../state/session';
import { useSettings } from '../../state/settings';
import { useUpdate } from '../../state/update';
import { AfterSessionSuggestion } from '../ladder/AfterSessionSuggestion';
import { LinkBadge } from '../link/LinkBadge';
import { PacerOverlay } from '../pacer/PacerOverlay';
import { PacerTone } from '../pacer/PacerTone';
import { usePlaceContent } from '../places/usePlaceContent';
import { getProbe } from '../probe';
import { parseLevel, paths, sessionRecordPath } from '../routes';
import { SummaryView } from '../widgets/SummaryView';
import { useStored } from '../widgets/useStored';
import { EnterVrButton } from '../xr/EnterVrButton';
import { useXrSession, xrStore } from '../xr/store';
import { XrSessionContext } from '../xr/XrSessionUi';
import { AfterForm } from './AfterForm';
import { BeforeForm } from './BeforeForm';
import { SaveStatus } from './SaveStatus';
import { PacerButton, SessionControls } from './SessionControls';
import { SessionStage } from './SessionStage';
import { useSessionKeys } from './useSessionKeys';

const m = defineMessages({
  loading: { id: 'session.loading', defaultMessage: 'Loading…' },
  noStep: { id: 'session.noStep', defaultMessage: 'That step cannot be opened' },
  ladderUnreadable: {
    id: 'session.ladderUnreadable',
    defaultMessage: 'Your ladder could not be read: {problem}',
  },
  noFile: {
    id: 'session.noFile',
    defaultMessage:
      'The photo or video of “{name}” is not on this device. Import an export with media that holds it, or add the place again.',
  },
  ownContentOnly: {
    id: 'session.ownContentOnly',
    defaultMessage: 'Your own places open from their steps on your ladder, where you added them.',
  },
  placeGone: {
    id: 'session.placeGone',
    defaultMessage: 'This place is no longer on this device (it may have been deleted).',
  },
  stepGone: {
    id: 'session.stepGone',
    defaultMessage: 'This step is not on your ladder (it may have been deleted).',
  },
  toLadder: { id: 'session.toLadder', defaultMessage: 'Go to your ladder' },
  noScene: { id: 'session.noScene', defaultMessage: 'That scene cannot be opened' },
  unknownScene: {
    id: 'session.unknownScene',
    defaultMessage: 'There is no scene called "{id}".',
    description: '{id} is the name in the page’s address, as typed',
  },
  badLevel: {
    id: 'session.badLevel',
    defaultMessage: 'Level "{level}" is not a level from 1 to 10.',
    description: '{level} is what the page’s address gives as the level, as typed',
  },
  toStart: { id: 'session.toStart', defaultMessage: 'Back to the start page' },
  stepTitle: {
    id: 'session.stepTitle',
    defaultMessage: '{step} ({scene}, {place})',
    description:
      'A ladder step about to be practised: its name, its scene and where it sits (e.g. "level 4")',
  },
  levelTitle: {
    id: 'session.levelTitle',
    defaultMessage: '{scene}, level {level}: {name}',
    description: 'A scene about to be practised, its level number and the level’s name',
  },
  summary: { id: 'session.summary', defaultMessage: 'Session summary' },
  whereNext: {
    id: 'session.whereNext',
    defaultMessage: 'Where next',
    description: 'Links after the session summary, for screen readers',
  },
  inReview: { id: 'session.inReview', defaultMessage: 'This session in the review' },
  allSessions: { id: 'session.allSessions', defaultMessage: 'All your sessions' },
  yourLadder: { id: 'session.yourLadder', defaultMessage: 'Your ladder' },
  continue: {
    id: 'session.continue',
    defaultMessage: 'Continue the session',
    description: 'Goes back to the exposure after stopping it',
  },
});

/** Scenes are laid out from a seed; every session uses this one unless it is varied. */
export const DEFAULT_SEED = 1;

// The shell's update prompt follows the running session's phase, so a new version is never
// offered mid-session. The store itself knows nothing of updates.
useSession.subscribe(({ session }) => useUpdate.getState().setSessionPhase(session?.phase ?? null));

/** A session at a step of the person's ladder: its scene, level or own values, and its name. */
export function StepSessionPage({ stepId }: { stepId: string }) {
  // Another step's address reads that step afresh.
  return <StepSession key={stepId} stepId={stepId} />;
}

function StepSession({ stepId }: { stepId: string }) {
  const stored = useStored((db) => readStep(db, stepId), [stepId]);
  const intl = useIntl();
  // Only the first read is kept; a later commit to this step does not reach a running session.
  const [read, keep] = useState<Read<LadderStep | null>>();
  if (stored && !read) keep(stored);
  const step = read?.ok ? (read.value ?? undefined) : undefined;
  const scene = step ? findScene(step.sceneId) : undefined;
  if (!read) return <p className="loading">{intl.formatMessage(m.loading)}</p>;
  if (!step || !scene) {
    return (
      <main className="layout">
        <h1>{intl.formatMessage(m.noStep)}</h1>
        <p role="alert">
          {!read.ok
            ? intl.formatMessage(m.ladderUnreadable, { problem: say(intl, read.problem) })
            : intl.formatMessage(m.stepGone)}
        </p>
        <Link href={paths.ladder}>{intl.formatMessage(m.toLadder)}</Link>
      </main>
    );
  }
  // The step as it was when the page opened: editing the ladder meanwhile does not change this session.
  if (step.placeId) return <PlaceSession key={step.id} scene={scene} step={step} />;
  return <Session key={step.id} scene={scene} startLevel={step.level} step={step} />;
}

/** A step at one of the person's own places: its file read from the device first. */
function PlaceSession({ scene, step }: { scene: SceneDefinition; step: LadderStep }) {
  const intl = useIntl();
  const place = usePlaceContent(step.placeId);
  if (!place || place.state === 'loading')
    return <p className="loading">{intl.formatMessage(m.loading)}</p>;
  if (place.state === 'missing')
    return (
      <main className="layout">
        <h1>{intl.formatMessage(m.noStep)}</h1>
        <p role="alert">
          {place.place
            ? intl.formatMessage(m.noFile, { name: place.place.name })
            : intl.formatMessage(m.placeGone)}
        </p>
        <Link href={paths.ladder}>{intl.formatMessage(m.toLadder)}</Link>
      </main>
    );
  return (
    <Session
      scene={scene}
      startLevel={step.level}
      step={step}
      place={{ place: place.place, content: place.content }}
    />
  );
}

export default function SessionPage({ sceneId, level }: { sceneId: string; level: string }) {
  const intl = useIntl();
  const scene = findScene(sceneId);
  const levelNumber = parseLevel(level);
  // A scene of the person's own file has nothing to show without one of their places.
  if (!scene || levelNumber === null || scene.ownContent) {
    return (
      <main className="layout">
        <h1>{intl.formatMessage(m.noScene)}</h1>
        <p role="alert">
          {!scene
            ? intl.formatMessage(m.unknownScene, { id: sceneId })
            : scene.ownContent
              ? intl.formatMessage(m.ownContentOnly)
              : intl.formatMessage(m.badLevel, { level })}
        </p>
        <Link href={scene?.ownContent ? paths.ladder : paths.home}>
          {intl.formatMessage(scene?.ownContent ? m.toLadder : m.toStart)}
        </Link>
      </main>
    );
  }
  // Another scene's address is another session: the one running here is left (as interrupted).
  return <Session key={scene.id} scene={scene} startLevel={levelNumber} />;
}

function Session({
  scene,
  startLevel,
  step,
  place,
}: {
  scene: SceneDefinition;
  startLevel: number;
  step?: LadderStep;
  /** The person's own place the scene shows, with its file as the scene's content. */
  place?: { place: Place; content: SceneContent };
}) {
  const startParams: ParamValues = step?.params ?? levelOf(scene, startLevel).params;
  const [, navigate] = useLocation();
  const session = useSession((s) => s.session);
  const sessionId = useSession((s) => s.sessionId);
  const problem = useSession((s) => s.problem);
  const start = useSession((s) => s.start);
  const record = useSession((s) => s.record);
  const promptMinutes = useSettings((s) => s.promptMinutes);
  const inHeadset = useXrSession() !== undefined;
  const intl = useIntl();
  useSessionKeys(scene);
  useEffect(() => {
    const probe = getProbe();
    if (probe) probe.session = useSession;
  }, []);

  // Leaving the page ends the session here; an unfinished one is saved as interrupted.
  useEffect(
    () => () => {
      void useSession.getState().close();
    },
    [],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Escape always works: it stops an exposure, and leaves from before or after one.
      const phase = useSession.getState().session?.phase;
      e.preventDefault();
      if (phase === 'running' || phase === 'paused') {
        useSession.getState().record({ type: 'stop', early: true, via: 'escape-key' });
      } else if (phase !== 'after') {
        navigate(paths.home);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  // Headset entries and exits belong to the log, so review can tell where the session was run. A
  // headset taken off, or its system menu, pauses the exposure; the person resumes when back.
  useEffect(() => {
    const exposing = () => {
      const phase = useSession.getState().session?.phase;
      return phase === 'running' || phase === 'paused';
    };
    const pauseHidden = () => {
      if (useSession.getState().session?.phase === 'running')
        useSession.getState().record({ type: 'pause', reason: 'hidden' });
    };
    // The XR store follows the session's visibility (what useXRSessionVisibilityState reads inside
    // the scene); the page, outside it, subscribes to the same store.
    return xrStore.subscribe((state, previous) => {
      if (state.session === previous.session) {
        const { visibilityState } = state;
        if (
          visibilityState !== previous.visibilityState &&
          visibilityState !== undefined &&
          visibilityState !== 'visible'
        )
          pauseHidden();
        return;
      }
      const { session, record } = useSession.getState();
      if (!session || session.phase === 'ended') return;
      if (state.session) {
        if (exposing() || session.phase === 'after') record({ type: 'xr-enter' });
      } else {
        if (exposing() || session.phase === 'after') record({ type: 'xr-exit' });
        pauseHidden();
      }
    });
  }, []);

  const begin = useMemo(
    () =>
      (before: BeforeAnswers, words: Record<string, ParamValue> = {}, vary = false) => {
        const own = { ...startParams, ...words };
        const varied = vary
          ? varyStep(
              scene,
              own,
              DEFAULT_SEED,
              createRandom(crypto.getRandomValues(new Uint32Array(1))[0] ?? 1),
            )
          : null;
        const inHeadset = xrStore.getState().session !== undefined;
        const problem = start(
          {
            sceneId: scene.id,
            level: startLevel,
            params: varied?.params ?? own,
            seed: varied?.seed ?? DEFAULT_SEED,
            before,
            promptMinutes,
            ...(step ? { step: { id: step.id, name: step.name } } : {}),
            ...(place
              ? { place: { id: place.place.id, name: place.place.name, hash: place.place.hash } }
              : {}),
            ...(varied ? { variation: varied.variation } : {}),
          },
          inHeadset ? 'xr' : 'desktop',
        );
        // Started inside the headset: the log says so from the first moment.
        if (problem === null && inHeadset) record({ type: 'xr-enter' });
        return problem;
      },
    [scene, startLevel, startParams, step, place, start, record, promptMinutes],
  );
  const xrPanels = useMemo(() => ({ scene, startLevel, start: begin }), [scene, startLevel, begin]);
  // A paired companion sees that the person is on the questions before the exposure.
  const beforeShown = !session;
  useEffect(() => {
    if (!beforeShown) return;
    useLink.getState().setBefore({ sceneId: scene.id, level: startLevel });
    return () => useLink.getState().setBefore(null);
  }, [beforeShown, scene.id, startLevel]);

  if (!session) {
    // The calm place waits behind the questions; from here the person may enter VR and answer there.
    return (
      <XrSessionContext.Provider value={xrPanels}>
        <SessionStage
          scene={scene}
          params={startParams}
          seed={DEFAULT_SEED}
          calm
          content={place?.content}
        >
          <div className="before-overlay">
            <BeforeForm
              title={
                step
                  ? intl.formatMessage(m.stepTitle, {
                      step: say(intl, stepName(scene, step.name)),
                      scene: intl.formatMessage(scene.title),
                      place: say(intl, stepPlaceInline(step)),
                    })
                  : intl.formatMessage(m.levelTitle, {
                      scene: intl.formatMessage(scene.title),
                      level: startLevel,
                      name: intl.formatMessage(levelOf(scene, startLevel).name),
                    })
              }
              problem={problem}
              own={scene.params.filter(isOwnParam)}
              offerVariation={step !== undefined}
              onStart={(before, words, vary) => begin(before, words, vary)}
            />
            <div className="row">
              <EnterVrButton />
            </div>
          </div>
        </SessionStage>
      </XrSessionContext.Provider>
    );
  }

  // In a headset the calm place stays around the summary panel until the person leaves VR.
  if (session.phase === 'ended' && !inHeadset) {
    return (
      <main className="layout">
        <h1>{intl.formatMessage(m.summary)}</h1>
        <SaveStatus />
        <SummaryView state={session} summary={summarize(session, Date.now())} />
        {session.step && <AfterSessionSuggestion stepId={session.step.id} />}
        <nav className="row" aria-label={intl.formatMessage(m.whereNext)}>
          <Link href={paths.home} className="button primary">
            {intl.formatMessage(m.toStart)}
          </Link>
          {sessionId && (
            <Link href={sessionRecordPath(sessionId)} className="button">
              {intl.formatMessage(m.inReview)}
            </Link>
          )}
          <Link href={paths.review} className="button">
            {intl.formatMessage(m.allSessions)}
          </Link>
          {scene.fear && (
            <Link href={paths.ladder} className="button">
              {intl.formatMessage(m.yourLadder)}
            </Link>
          )}
        </nav>
      </main>
    );
  }

  const calm =
    session.phase === 'after' ||
    session.phase === 'ended' ||
    (session.phase === 'paused' && session.pausedFor === 'rest');
  return (
    <XrSessionContext.Provider value={xrPanels}>
      <SessionStage
        scene={scene}
        params={session.params}
        seed={session.seed}
        calm={calm}
        content={place?.content}
      >
        {session.phase === 'ended' ? null : session.phase === 'after' ? (
          <div className="after-overlay">
            <SaveStatus />
            <div className="row">
              <PacerButton shown={session.pacer !== null} />
              <button type="button" onClick={() => record({ type: 'continue' })}>
                {intl.formatMessage(m.continue)}
              </button>
            </div>
            <AfterForm
              before={session.before}
              early={session.stop?.early ?? false}
              problem={problem}
              onSave={(after) => record({ type: 'end', after })}
            />
          </div>
        ) : (
          <SessionControls scene={scene} state={session} />
        )}
        <LinkBadge />
        {session.pacer && (
          <>
            <PacerOverlay pattern={session.pacer.pattern} since={session.pacer.since} />
            <PacerTone pattern={session.pacer.pattern} since={session.pacer.since} />
          </>
        )}
      </SessionStage>
    </XrSessionContext.Provider>
  );
}
