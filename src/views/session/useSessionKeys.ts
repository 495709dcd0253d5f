import { useEffect } from 'react';
import type { SceneDefinition } from '../../../scenes/types';
import { exposing, levelStep, pauseOrResume, rating } from '../../domain/session/controls';
import { sudsFromKey } from '../../domain/session/suds';
import { toLevel } from '../../state/levels';
import { togglePacer } from '../../state/pacer';
import { sceneActions } from '../../state/sceneActions';
import { useSession } from '../../state/session';
import { isTypingTarget } from '../widgets/keys';

/** The desktop keyboard during the exposure. Escape (stop) is handled by the session page for every phase. */
export function useSessionKeys(scene: SceneDefinition) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { session, record } = useSession.getState();
      if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      // The pacer stays at hand after a stop, while the after-questions wait.
      if (
        e.code === 'KeyB' &&
        (session?.phase === 'after' || session?.phase === 'running' || session?.phase === 'paused')
      ) {
        e.preventDefault();
        togglePacer();
        return;
      }
      if (!exposing(session)) return;
      const suds = sudsFromKey(e.code, e.shiftKey);
      if (suds !== null) {
        e.preventDefault();
        record(rating(suds));
        return;
      }
      const step =
        e.code === 'Equal' || e.code === 'NumpadAdd'
          ? 1
          : e.code === 'Minus' || e.code === 'NumpadSubtract'
            ? -1
            : 0;
      if (step !== 0) {
        const level = levelStep(session, step);
        if (level === null) return;
        e.preventDefault();
        record(toLevel(scene, session, level));
        return;
      }
      const action = scene.actions?.find((a) => a.key === e.code);
      if (action && session.phase === 'running') {
        e.preventDefault();
        sceneActions.take(action.name);
        return;
      }
      if (e.code === 'KeyP') {
        e.preventDefault();
        record(pauseOrResume(session));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [scene]);
}
