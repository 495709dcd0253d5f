import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ParamValues, SceneAudio } from '../types';

export interface SceneSound<P> {
  update(params: P): void;
  stop(): void;
}

/**
 * Plays a scene's synthesised sound while audio is available: started once per seed, following
 * parameter changes with ramps (not restarts), stopped when the scene goes.
 */
export function useSceneSound<P extends ParamValues>(
  audio: SceneAudio | null,
  params: P,
  seed: number,
  start: (audio: SceneAudio, params: P, seed: number) => SceneSound<P>,
) {
  const sound = useRef<SceneSound<P> | null>(null);
  const latest = useRef({ params, start });
  useLayoutEffect(() => {
    latest.current = { params, start };
  }, [params, start]);
  useEffect(() => {
    if (!audio) return;
    sound.current = latest.current.start(audio, latest.current.params, seed);
    return () => {
      sound.current?.stop();
      sound.current = null;
    };
  }, [audio, seed]);
  useEffect(() => {
    sound.current?.update(params);
  }, [params]);
}
