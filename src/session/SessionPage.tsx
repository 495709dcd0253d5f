import { useEffect, useMemo } from 'react';
import { Link, useLocation } from 'wouter';
import { levelOf } from '../../scenes/common/params';
import { findScene } from '../../scenes/registry';
import type { MeasureSink } from '../../scenes/types';
import { parseLevel, paths, sessionPath } from '../app/routes';
import { EnterVrButton } from '../xr/EnterVrButton';
import { useXrSession } from '../xr/store';
import { SessionView } from './SessionView';

/** Scenes are laid out from a seed; one fixed seed until sessions choose their own. */
export const DEFAULT_SEED = 1;

export default function SessionPage({ sceneId, level }: { sceneId: string; level: string }) {
  const [, navigate] = useLocation();
  const scene = findScene(sceneId);
  const levelNumber = parseLevel(level);
  const xrSession = useXrSession();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Escape always leaves the scene on desktop, whatever has focus.
      if (e.key === 'Escape') {
        e.preventDefault();
        navigate(paths.home);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  // Measures are collected per session once sessions are logged; for now the latest value is kept.
  const measures = useMemo<MeasureSink>(() => {
    const latest = new Map<string, number>();
    return { report: (name, value) => void latest.set(name, value) };
  }, []);

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

  const current = levelOf(scene, levelNumber);
  return (
    <div className="session">
      <SessionView scene={scene} params={current.params} seed={DEFAULT_SEED} measures={measures} />
      <div className="session-bar" role="toolbar" aria-label="Session controls">
        <Link href={paths.home} className="button">
          Leave <kbd>Esc</kbd>
        </Link>
        <h1 className="session-title">
          {scene.title} · level {levelNumber}: <span>{current.name}</span>
        </h1>
        <div className="level-steps">
          <Link
            href={sessionPath(scene.id, Math.max(1, levelNumber - 1))}
            replace
            className="button"
            aria-disabled={levelNumber === 1}
            aria-label="One level down"
          >
            −
          </Link>
          <Link
            href={sessionPath(scene.id, Math.min(10, levelNumber + 1))}
            replace
            className="button"
            aria-disabled={levelNumber === 10}
            aria-label="One level up"
          >
            +
          </Link>
        </div>
        <EnterVrButton />
        {xrSession && (
          <p className="status">In the headset. Take it off or press Exit VR to return.</p>
        )}
      </div>
    </div>
  );
}
