import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { restPlace } from '../../../scenes/registry';
import type {
  MeasureSink,
  ParamValues,
  SceneContent,
  SceneDefinition,
} from '../../../scenes/types';
import { levelOf } from '../../../scenes/types';
import { useSession } from '../../state/session';
import { SessionView } from '../scene/SessionView';
import { useXrSession } from '../xr/store';

/** Half of the fade: to black, then back from it. A stop reaches the calm scene within a second. */
export const FADE_MS = 350;

interface Shown {
  scene: SceneDefinition;
  params: ParamValues;
}

/** The 3D view with its overlays; changing scene fades through black instead of cutting. */
export function SessionStage({
  scene,
  params,
  seed,
  calm,
  content,
  children,
}: {
  scene: SceneDefinition;
  params: ParamValues;
  seed: number;
  /** Show the calm place instead of the exposure scene (before the start, after a stop, in a rest). */
  calm: boolean;
  /** The person's own file, for a scene that shows one; never given to the rest place. */
  content?: SceneContent | undefined;
  children: ReactNode;
}) {
  const target = useMemo<Shown>(() => {
    return calm
      ? { scene: restPlace.scene, params: levelOf(restPlace.scene, restPlace.level).params }
      : { scene, params };
  }, [calm, scene, params]);
  const [shown, setShown] = useState<Shown>(target);
  const [dark, setDark] = useState(false);

  // On a screen the same scene at new parameters shows at once and only a change of scene fades
  // through black; in a headset a level change fades too, as a sudden jump there is hard to bear.
  const inHeadset = useXrSession() !== undefined;
  const immediate = target.scene.id === shown.scene.id && !inHeadset;
  const current = immediate ? target : shown;
  useEffect(() => {
    if (target === shown) return;
    if (target.scene.id === shown.scene.id && !inHeadset) {
      if (target !== shown) setShown(target);
      return;
    }
    setDark(true);
    const swap = setTimeout(() => {
      setShown(target);
      setDark(false);
    }, FADE_MS);
    return () => clearTimeout(swap);
  }, [target, shown, inHeadset]);

  // The calm place after a stop measures nothing for the exposure: only the exposure scene reports.
  const measures = useMemo<MeasureSink>(
    () => ({
      report: (name, value) => {
        if (!calm) useSession.getState().reportMeasure(name, value);
      },
    }),
    [calm],
  );

  return (
    <div className="session" data-scene={current.scene.id}>
      <SessionView
        scene={current.scene}
        params={current.params}
        seed={seed}
        measures={measures}
        dark={dark}
        content={current.scene.id === scene.id ? content : undefined}
      />
      <div className={dark ? 'fade dark' : 'fade'} aria-hidden="true" />
      {children}
    </div>
  );
}
