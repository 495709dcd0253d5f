import { type RenderCallback, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { FootholdProbe } from '../probe';
import { xrStore } from '../xr/store';

/** Frames of script time kept for the bench. */
const KEPT_FRAMES = 600;

/**
 * Mounted only under test: exposes the renderer and counts frames, with no React state per frame.
 * It also times every other useFrame callback (the scene's work each frame) for the bench.
 */
export function ProbeBridge({ probe }: { probe: FootholdProbe }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const internal = useThree((s) => s.internal);
  const timing = useMemo(
    () => ({ wrapped: new WeakSet<RenderCallback>(), current: 0, started: false }),
    [],
  );
  useEffect(() => {
    probe.renderer = gl;
    probe.scene = scene;
    probe.camera = camera;
    probe.xrStore = xrStore;
    probe.frames = 0;
    probe.xrFrames = 0;
    probe.frameWorkMs = [];
  }, [probe, gl, scene, camera]);

  // Runs first in every frame: closes the last frame's total and wraps any new callback.
  useFrame(() => {
    probe.frames++;
    if (gl.xr.isPresenting) probe.xrFrames++;
    const kept = probe.frameWorkMs ?? [];
    if (timing.started) kept.push(timing.current);
    if (kept.length > KEPT_FRAMES) kept.shift();
    probe.frameWorkMs = kept;
    timing.current = 0;
    timing.started = true;
    for (const subscriber of internal.subscribers) {
      const callback = subscriber.ref.current;
      if (!callback || timing.wrapped.has(callback) || subscriber.priority === -1000) continue;
      const timed: RenderCallback = (state, delta, frame) => {
        const start = performance.now();
        callback(state, delta, frame);
        timing.current += performance.now() - start;
      };
      timing.wrapped.add(timed);
      subscriber.ref.current = timed;
    }
  }, -1000);
  return null;
}
