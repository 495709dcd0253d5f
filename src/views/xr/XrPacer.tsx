import { useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useMemo, useRef } from 'react';
import { useIntl } from 'react-intl';
import { DoubleSide, type Group, type Mesh } from 'three';
import { canvasTexture } from '../../../scenes/common/canvas';
import {
  type BreathPattern,
  pacerPhase,
  patternName,
  ringScale,
} from '../../domain/pacer/patterns';
import { defineMessages, say } from '../../domain/phrase';
import { PLACEMENT } from '../../domain/xr/follow';
import { usePacerSettings } from '../../state/pacerSettings';
import { useSession } from '../../state/session';
import { color } from '../tokens';
import { useReducedMotion } from '../widgets/useReducedMotion';
import { useHeadFollow } from './useHeadFollow';

const m = defineMessages({
  countdown: {
    id: 'xr.pacerCountdown',
    defaultMessage: '{part}  {seconds, number}',
    description:
      'The breathing pacer in the headset: the part of the breath (In, Hold, Out) and the seconds left of it',
  },
});

/** The ring's outer radius at full breath (m): about 9° across at the pacer's distance. */
const RING_RADIUS = 0.085;
const LABEL = { width: 0.3, height: 0.1125, pixels: [512, 192] as const };
/** Drawn after the scene and over it: a railing or a lectern must not hide the pacer. */
const ON_TOP = 10;
const OVER_SCENE = {
  transparent: true,
  depthTest: false,
  depthWrite: false,
  toneMapped: false,
} as const;
const HAPTIC = { intensity: 0.3, ms: 90 };

/** The pacer in the headset, while it is shown and a headset session runs. */
export function XrPacer() {
  const inHeadset = useXR((s) => s.session !== undefined);
  const pacer = useSession((s) => s.session?.pacer ?? null);
  if (!inHeadset || !pacer) return null;
  return <HeadPacer pattern={pacer.pattern} since={pacer.since} />;
}

function HeadPacer({ pattern, since }: { pattern: BreathPattern; since: number }) {
  const group = useRef<Group>(null);
  const shape = useRef<Mesh>(null);
  const shown = useRef({ label: '', breath: -1 });
  const reduced = useReducedMotion();
  const intl = useIntl();
  const name = say(intl, patternName(pattern));
  const label = useMemo(() => canvasTexture(LABEL.pixels[0], LABEL.pixels[1]), []);
  useEffect(() => () => label.texture.dispose(), [label]);

  useHeadFollow(group, PLACEMENT);
  useFrame((state) => {
    const phase = pacerPhase(Date.now() - since, pattern);
    if (shape.current) {
      if (reduced) shape.current.scale.set(Math.max(phase.fill, 0.001), 1, 1);
      else shape.current.scale.setScalar(ringScale(phase.fill));
    }
    // Drawn again only when its words change: each second, or on a change of language.
    const key = `${intl.locale} ${phase.part} ${phase.secondsLeft} ${name}`;
    if (key !== shown.current.label) {
      shown.current.label = key;
      const countdown = intl.formatMessage(m.countdown, {
        part: intl.formatMessage(phase.word),
        seconds: phase.secondsLeft,
      });
      drawLabel(label.canvas, countdown, name);
      label.texture.needsUpdate = true;
    }
    if (phase.breath !== shown.current.breath) {
      shown.current.breath = phase.breath;
      if (phase.part === 'in' && usePacerSettings.getState().haptics) {
        pulseControllers(state.gl.xr.getSession());
      }
    }
  });

  return (
    <group ref={group} name="breathing-pacer">
      {reduced ? (
        <>
          <mesh position={[0, 0.02, 0]} renderOrder={ON_TOP}>
            <planeGeometry args={[RING_RADIUS * 2.4, 0.025]} />
            <meshBasicMaterial {...OVER_SCENE} color={color.pacerTrack} opacity={0.2} />
          </mesh>
          {/* A bar that fills from its left end. */}
          <group position={[-RING_RADIUS * 1.2, 0.02, 0]}>
            <mesh ref={shape} renderOrder={ON_TOP + 1}>
              <planeGeometry args={[RING_RADIUS * 2.4, 0.025]} />
              <meshBasicMaterial {...OVER_SCENE} color={color.pacer} />
            </mesh>
          </group>
        </>
      ) : (
        <>
          <mesh renderOrder={ON_TOP}>
            <ringGeometry args={[RING_RADIUS - 0.002, RING_RADIUS, 64]} />
            <meshBasicMaterial
              {...OVER_SCENE}
              color={color.pacerTrack}
              opacity={0.3}
              side={DoubleSide}
            />
          </mesh>
          <mesh ref={shape} renderOrder={ON_TOP + 1}>
            <ringGeometry args={[RING_RADIUS * 0.82, RING_RADIUS, 64]} />
            <meshBasicMaterial
              {...OVER_SCENE}
              color={color.pacer}
              opacity={0.9}
              side={DoubleSide}
            />
          </mesh>
        </>
      )}
      <mesh position={[0, -RING_RADIUS - LABEL.height / 2 - 0.012, 0]} renderOrder={ON_TOP}>
        <planeGeometry args={[LABEL.width, LABEL.height]} />
        <meshBasicMaterial {...OVER_SCENE} map={label.texture} />
      </mesh>
    </group>
  );
}

function drawLabel(canvas: HTMLCanvasElement, countdown: string, name: string) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { width, height } = canvas;
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = color.pacerLabel;
  ctx.beginPath();
  ctx.roundRect(4, 4, width - 8, height - 8, 28);
  ctx.fill();
  ctx.fillStyle = color.text;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = '600 76px system-ui, sans-serif';
  ctx.fillText(countdown, width / 2, height * 0.4);
  ctx.fillStyle = color.muted;
  ctx.font = '36px system-ui, sans-serif';
  ctx.fillText(name, width / 2, height * 0.78);
}

/** A soft pulse in each hand that has a controller able to give one. */
function pulseControllers(session: XRSession | null) {
  if (!session) return;
  for (const source of session.inputSources) {
    const actuator = source.gamepad?.hapticActuators?.[0] as
      | { pulse?: (value: number, duration: number) => Promise<boolean> }
      | undefined;
    // Not every runtime has pulse; the pacer is complete without it.
    void actuator?.pulse?.(HAPTIC.intensity, HAPTIC.ms)?.catch(() => false);
  }
}
