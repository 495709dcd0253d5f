import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { isStanding, nearestStanding, stepWithin } from '../../../scenes/common/standing';
import type { StandingArea } from '../../../scenes/types';
import { dragLook, keyLook, type Look, stepDirection, stepVector } from '../../domain/xr/look';
import { useSettings } from '../../state/settings';
import { isControlTarget } from '../widgets/keys';

/** Standing eye height on desktop; in a headset the real head pose is used instead. */
export const DESKTOP_EYE_HEIGHT = 1.6;

/** Keep this far inside the floor's edge: the blocker stops a step before the drop. */
const EDGE_MARGIN = 0.12;

/**
 * Look around by dragging or with the arrow keys, and where the scene has a floor, step with W/S
 * or the arrows. Held in refs: turning or stepping renders nothing in React. There is no sway and
 * no acceleration: a step moves the eye at once, level, and never past the edge.
 */
export function DesktopLook({
  standing,
  gaze = 0,
  view,
}: {
  standing?: StandingArea;
  /** The pitch the view starts at, radians. */
  gaze?: number;
  /** Which view this is (the scene's id): a new one starts at its own `gaze`. */
  view?: string;
}) {
  const gl = useThree((s) => s.gl);
  const look = useRef<Look>({ yaw: 0, pitch: gaze });
  const firstGaze = useRef(gaze);
  firstGaze.current = gaze;

  // A new scene (the rest place, or back to the exposure) starts with its own first look; a
  // change of level within it keeps the person's.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the view changes only
  useEffect(() => {
    look.current = { yaw: look.current.yaw, pitch: firstGaze.current };
  }, [view]);
  const feet = useRef({ x: 0, z: 0 });
  const lookSpeed = useSettings((s) => s.lookSpeed);

  // A level change can move the edge: a person now beyond it is set back just inside it.
  useEffect(() => {
    const { x, z } = feet.current;
    if (!standing) feet.current = { x: 0, z: 0 };
    else if (!isStanding(standing, x, z, EDGE_MARGIN))
      feet.current = nearestStanding(standing, x, z, EDGE_MARGIN);
  }, [standing]);

  useEffect(() => {
    const element = gl.domElement;
    let last: { x: number; y: number } | null = null;
    const down = (e: PointerEvent) => {
      if (gl.xr.isPresenting) return;
      last = { x: e.clientX, y: e.clientY };
      element.setPointerCapture(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      if (!last) return;
      look.current = dragLook(look.current, e.clientX - last.x, e.clientY - last.y, lookSpeed);
      last = { x: e.clientX, y: e.clientY };
    };
    const up = (e: PointerEvent) => {
      last = null;
      if (element.hasPointerCapture(e.pointerId)) element.releasePointerCapture(e.pointerId);
    };
    const key = (e: KeyboardEvent) => {
      if (gl.xr.isPresenting || e.defaultPrevented || isControlTarget(e.target)) return;
      const canStep = standing !== undefined;
      const step = stepDirection(e.code, canStep);
      if (standing && step !== 0) {
        const { dx, dz } = stepVector(look.current, step);
        feet.current = stepWithin(standing, feet.current, dx, dz, EDGE_MARGIN);
        e.preventDefault();
        return;
      }
      const next = keyLook(look.current, e.key, canStep);
      if (next) {
        look.current = next;
        e.preventDefault();
      }
    };
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', up);
    window.addEventListener('keydown', key);
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', up);
      window.removeEventListener('keydown', key);
    };
  }, [gl, lookSpeed, standing]);

  useFrame(({ camera }) => {
    // In a headset the head pose drives the camera; leave it alone.
    if (gl.xr.isPresenting) return;
    camera.position.set(feet.current.x, DESKTOP_EYE_HEIGHT, feet.current.z);
    camera.rotation.set(look.current.pitch, look.current.yaw, 0, 'YXZ');
  });
  return null;
}
