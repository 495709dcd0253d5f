import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { Color } from 'three';
import { useSceneSound } from '../common/useSceneSound';
import type { SceneProps } from '../types';
import { startShoreSound } from './audio';
import { Grass } from './Grass';
import { Ground, Headlands, Rocks } from './Land';
import { createTerrain } from './layout';
import type { CalmParams } from './levels';
import { Sea } from './Sea';
import { Sky } from './Sky';
import { applyParams, createShoreUniforms, linear } from './uniforms';

/** A quiet shore at dusk: the place for rests, the breathing pacer, and where a stop leads. */
export default function CalmScene({ params, seed, audio }: SceneProps<CalmParams>) {
  const uniforms = useMemo(createShoreUniforms, []);
  const terrain = useMemo(() => createTerrain(seed), [seed]);
  // Writes the uniforms the shaders read; idempotent, so safe to run during render.
  const palette = useMemo(() => applyParams(uniforms, params), [uniforms, params]);

  const colors = useMemo(
    () => ({
      sun: linear(new Color(), palette.sunLight),
      sky: linear(new Color(), palette.hemiSky),
      ground: linear(new Color(), palette.hemiGround),
      fog: linear(new Color(), palette.horizon),
    }),
    [palette],
  );
  const sun = uniforms.sunDir.value;

  useFrame((state) => {
    uniforms.time.value = state.clock.elapsedTime;
  });

  useSceneSound(audio, params, seed, startShoreSound);

  return (
    <>
      <fogExp2 attach="fog" args={[colors.fog, 0.0016]} />
      <hemisphereLight args={[colors.sky, colors.ground, palette.hemiIntensity * 2.2]} />
      <directionalLight
        color={colors.sun}
        intensity={palette.sunIntensity * 1.6}
        position={[sun.x * 100, Math.max(sun.y, 0.05) * 100, sun.z * 100]}
      />
      <Sky uniforms={uniforms} seed={seed} starsVisible={palette.starVisibility > 0.01} />
      <Sea uniforms={uniforms} terrain={terrain} />
      <Ground terrain={terrain} />
      <Rocks terrain={terrain} seed={seed} />
      <Grass uniforms={uniforms} terrain={terrain} seed={seed} />
      <Headlands palette={palette} seed={seed} />
    </>
  );
}
