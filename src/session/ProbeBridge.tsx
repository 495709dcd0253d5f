import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { FootholdProbe } from '../app/probe';
import { xrStore } from '../xr/store';

/** Mounted only under test: exposes the renderer and counts frames, with no React state per frame. */
export function ProbeBridge({ probe }: { probe: FootholdProbe }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    probe.renderer = gl;
    probe.scene = scene;
    probe.camera = camera;
    probe.xrStore = xrStore;
    probe.frames = 0;
    probe.xrFrames = 0;
  }, [probe, gl, scene, camera]);
  useFrame(() => {
    probe.frames++;
    if (gl.xr.isPresenting) probe.xrFrames++;
  });
  return null;
}
