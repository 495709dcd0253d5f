import { Canvas } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import { Suspense, useMemo } from 'react';
import { useIntl } from 'react-intl';
import type {
  MeasureSink,
  ParamValues,
  SceneContent,
  SceneDefinition,
} from '../../../scenes/types';
import { defineMessages } from '../../domain/phrase';
import { sceneActions } from '../../state/sceneActions';
import { useSession } from '../../state/session';
import { getProbe } from '../probe';
import { xrStore } from '../xr/store';
import { XrButtons } from '../xr/XrButtons';
import { XrFrameRate, XrRig, XrVeil } from '../xr/XrComfort';
import { XrPacer } from '../xr/XrPacer';
import { XrSessionUi } from '../xr/XrSessionUi';
import { DESKTOP_EYE_HEIGHT, DesktopLook } from './DesktopLook';
import { lazyScene } from './lazyScene';
import { OffSurfaceGuard } from './OffSurfaceGuard';
import { ProbeBridge } from './ProbeBridge';
import { useSceneAudio } from './useSceneAudio';
import { useVoice } from './useVoice';

const m = defineMessages({
  label: {
    id: 'sceneView.label',
    defaultMessage: '{scene}: drag or use the arrow keys to look around',
    description: 'The 3D view of a scene, for screen readers',
  },
});

export interface SessionViewProps {
  scene: SceneDefinition;
  params: ParamValues;
  seed: number;
  measures: MeasureSink;
  /** The view is fading through black (a change of scene, or of level in a headset). */
  dark?: boolean;
  /** The person's own file, for a scene with `ownContent`. */
  content?: SceneContent | undefined;
}

/** The 3D view of a session: the scene in a canvas, looked at on a screen or in a headset. */
export function SessionView({
  scene,
  params,
  seed,
  measures,
  dark = false,
  content,
}: SessionViewProps) {
  const intl = useIntl();
  const Scene = lazyScene(scene);
  const audio = useSceneAudio();
  const probe = useMemo(getProbe, []);
  const standing = useMemo(() => scene.standing?.(params), [scene, params]);
  const gaze = useMemo(() => scene.gaze?.(params) ?? 0, [scene, params]);
  const heavy = useMemo(() => scene.heavy?.(params) ?? false, [scene, params]);
  const voice = useVoice(scene.listens?.(params) ?? false, audio);
  const paused = useSession((s) => s.session?.phase === 'paused');
  return (
    <div
      className="scene-canvas"
      role="img"
      aria-label={intl.formatMessage(m.label, { scene: intl.formatMessage(scene.title) })}
    >
      <Canvas
        flat
        dpr={[1, 2]}
        camera={{ fov: 70, near: 0.05, far: 3000, position: [0, DESKTOP_EYE_HEIGHT, 0] }}
        gl={{ antialias: true, preserveDrawingBuffer: probe !== undefined }}
      >
        <XR store={xrStore}>
          <Suspense fallback={null}>
            <Scene
              params={params}
              seed={seed}
              measures={measures}
              audio={audio}
              timeScale={probe?.timeScale ?? 1}
              actions={sceneActions}
              voice={voice}
              {...(content ? { content } : {})}
              paused={paused}
            />
          </Suspense>
          <DesktopLook standing={standing} gaze={gaze} view={scene.id} />
          {standing && <OffSurfaceGuard standing={standing} />}
          <XrRig />
          <XrFrameRate heavy={heavy} />
          <XrPacer />
          <XrButtons />
          <XrSessionUi />
          <XrVeil dark={dark} />
          {probe && <ProbeBridge probe={probe} />}
        </XR>
      </Canvas>
    </div>
  );
}
