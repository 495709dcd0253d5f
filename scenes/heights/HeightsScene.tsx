import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, SRGBColorSpace, Vector3 } from 'three';
import { SkyDome, type SkyUniforms } from '../common/SkyDome';
import { useSceneSound } from '../common/useSceneSound';
import type { SceneProps } from '../types';
import { startWindSound } from './audio';
import { City } from './City';
import { LookDownSign } from './LookDownSign';
import type { HeightsParams } from './levels';
import { heightsMeasures, newTally, tally } from './measures';
import { Terrace } from './Terrace';
import { Birds, Cables, Flag, type WindUniforms } from './Wind';

/** A clear afternoon: the sun high in the south-west, so shadows fall across the avenue. */
const SUN = new Vector3(0.45, 0.62, 0.64).normalize();
const HORIZON = '#dfe5ea';

function daySky(): SkyUniforms {
  const color = (hex: string) => new Color().setStyle(hex, SRGBColorSpace);
  return {
    zenith: { value: color('#4f80c4') },
    horizon: { value: color(HORIZON) },
    sunGlow: { value: color('#fff1d6') },
    sunDir: { value: SUN.clone() },
  };
}

/** How often the scene tells the session what it measured. */
const REPORT_SECONDS = 1;

/**
 * A roof terrace above a city. The person stays at their feet (y = 0); the city below moves with
 * the elevation, so a level change never moves them, and nothing here ever moves the camera.
 */
export default function HeightsScene({ params, seed, measures, audio }: SceneProps<HeightsParams>) {
  const sky = useMemo(daySky, []);
  const wind = useMemo<WindUniforms>(() => ({ time: { value: 0 }, wind: { value: 0 } }), []);
  wind.wind.value = params.wind;
  // Baked shadows fall away from the sun: metres of shadow per metre of height.
  const shadow = useMemo(() => ({ x: -SUN.x / SUN.y, z: -SUN.z / SUN.y }), []);

  const paramsRef = useRef(params);
  useLayoutEffect(() => {
    paramsRef.current = params;
  }, [params]);

  const counted = useRef(newTally());
  const sinceReport = useRef(0);
  const head = useMemo(() => ({ position: new Vector3(), direction: new Vector3() }), []);
  useFrame(({ camera, clock }, dt) => {
    wind.time.value = clock.elapsedTime;
    camera.getWorldPosition(head.position);
    camera.getWorldDirection(head.direction);
    const pitch = Math.asin(Math.max(-1, Math.min(1, head.direction.y)));
    counted.current = tally(counted.current, paramsRef.current, dt, head.position.z, pitch);
    sinceReport.current += dt;
    if (sinceReport.current >= REPORT_SECONDS) {
      sinceReport.current = 0;
      for (const [name, value] of Object.entries(heightsMeasures(counted.current)))
        measures.report(name, value);
    }
  });

  useSceneSound(audio, params, seed, startWindSound);

  return (
    <>
      <fog attach="fog" args={[new Color().setStyle(HORIZON, SRGBColorSpace), 150, 4200]} />
      <hemisphereLight args={['#c4d6ee', '#6b5f4f', 1.6]} />
      <directionalLight
        color="#fff1dc"
        intensity={2.2}
        position={[SUN.x * 100, SUN.y * 100, SUN.z * 100]}
      />
      <SkyDome uniforms={sky} />
      <group name="city" position={[0, -params.elevation, 0]}>
        <City seed={seed} elevation={params.elevation} shadow={shadow} />
      </group>
      <Terrace params={params} />
      <Flag uniforms={wind} />
      <Cables uniforms={wind} elevation={params.elevation} />
      <Birds seed={seed} wind={params.wind} elevation={params.elevation} />
      {params.lookDownTask && <LookDownSign tally={counted} />}
    </>
  );
}
