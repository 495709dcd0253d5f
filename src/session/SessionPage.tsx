import { useEffect } from 'react';
import { Link, useLocation } from 'wouter';
import { levelOf } from '../../scenes/common/params';
import { findScene } from '../../scenes/registry';
import type { SceneDefinition } from '../../scenes/types';
import { getProbe } from '../app/probe';
import { parseLevel, paths } from '../app/routes';
import { PacerOverlay } from '../pacer/PacerOverlay';
import { PacerTone } from '../pacer/PacerTone';
import { useSettings } from '../settings/settings';
import { xrStore } from '../xr/store';
import { AfterForm } from './AfterForm';
import { BeforeForm } from './BeforeForm';
import { SaveStatus } from './SaveStatus';
import { PacerButton, SessionControls } from './SessionControls';
import { SessionStage } from './SessionStage';
import { SummaryView } from './SummaryView';
import { useSession } from './store';
import { summarize } from './summary';
import { useSessionKeys } from './useSessionKeys';

/** Scenes are laid out from a seed; one fixed seed until steps choose their own. */
export const DEFAULT_SEED = 1;

export default function SessionPage({ sceneId, level }: { sceneId: string; level: string }) {
  const scene = findScene(sceneId);
  const levelNumber = parseLevel(level);
  if (!scene || levelNumber === null) {
    return (
      <main className="layout">
        <h1>That scene cannot be opened</h1>
        <p role="alert">
          {!scene
            ? `There is no scene called "${sceneId}".`
            : `Level "${level}" is not a level from 1 to 10.`}
        </p>
        <Link href={paths.home}>Back to the start page</Link>
      </main>
    );
  }
  // Another scene's address is another session: the one running here is left (as interrupted).
  return <Session key={scene.id} scene={scene} startLevel={levelNumber} />;
}

function Session({ scene, startLevel }: { scene: SceneDefinition; startLevel: number }) {
  const [, navigate] = useLocation();
  const session = useSession((s) => s.session);
  const problem = useSession((s) => s.problem);
  const start = useSession((s) => s.start);
  const record = useSession((s) => s.record);
  const promptMinutes = useSettings((s) => s.promptMinutes);
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

  // Headset entries and exits belong to the log, so review can tell where the session was run.
  useEffect(
    () =>
      xrStore.subscribe((state, previous) => {
        if (!state.session === !previous.session) return;
        const phase = useSession.getState().session?.phase;
        if (phase !== 'running' && phase !== 'paused') return;
        useSession.getState().record(state.session ? { type: 'xr-enter' } : { type: 'xr-exit' });
      }),
    [],
  );

  if (!session) {
    return (
      <main className="layout">
        <BeforeForm
          title={`${scene.title}, level ${startLevel}: ${levelOf(scene, startLevel).name}`}
          problem={problem}
          ownWords={scene.params.filter((p) => p.kind === 'text')}
          onStart={(before, words) =>
            start({
              sceneId: scene.id,
              level: startLevel,
              params: { ...levelOf(scene, startLevel).params, ...words },
              seed: DEFAULT_SEED,
              before,
              promptMinutes,
            })
          }
        />
      </main>
    );
  }

  if (session.phase === 'ended') {
    return (
      <main className="layout">
        <h1>Session summary</h1>
        <SaveStatus />
        <SummaryView state={session} summary={summarize(session, Date.now())} />
        <div className="row">
          <Link href={paths.home} className="button primary">
            Back to the start page
          </Link>
        </div>
      </main>
    );
  }

  return (
    <SessionStage
      scene={scene}
      params={session.params}
      seed={session.seed}
      calm={session.phase === 'after'}
    >
      {session.phase === 'after' ? (
        <div className="after-overlay">
          <SaveStatus />
          <PacerButton shown={session.pacer !== null} />
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
      {session.pacer && (
        <>
          <PacerOverlay pattern={session.pacer.pattern} since={session.pacer.since} />
          <PacerTone pattern={session.pacer.pattern} since={session.pacer.since} />
        </>
      )}
    </SessionStage>
  );
}
