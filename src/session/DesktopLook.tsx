import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { isControlTarget } from '../app/keys';
import { useSettings } from '../settings/settings';
import { dragLook, keyLook, type Look } from './look';

/** Standing eye height on desktop; in a headset the real head pose is used instead. */
export const DESKTOP_EYE_HEIGHT = 1.6;

/** Look around by dragging or with the arrow keys. Held in refs: turning the view renders nothing in React. */
export function DesktopLook() {
  const gl = useThree((s) => s.gl);
  const look = useRef<Look>({ yaw: 0, pitch: 0 });
  const lookSpeed = useSettings((s) => s.lookSpeed);

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
      const next = keyLook(look.current, e.key);
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
  }, [gl, lookSpeed]);

  useFrame(({ camera }) => {
    // In a headset the head pose drives the camera; leave it alone.
    if (gl.xr.isPresenting) return;
    camera.position.set(0, DESKTOP_EYE_HEIGHT, 0);
    camera.rotation.set(look.current.pitch, look.current.yaw, 0, 'YXZ');
  });
  return null;
}
