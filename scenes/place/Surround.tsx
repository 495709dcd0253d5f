import { useMemo } from 'react';
import { Color, Vector3 } from 'three';
import { SkyDome } from '../common/SkyDome';
import { SURROUND } from './material';

/**
 * A calm, dim room of no place in particular: dark above, the surround's grey at the horizon.
 * The screen stands in it, and it is all there is while a picture loads or when there is none.
 */
export function Surround() {
  const uniforms = useMemo(
    () => ({
      zenith: { value: new Color('#07080b') },
      horizon: { value: new Color(SURROUND) },
      sunGlow: { value: new Color(0, 0, 0) },
      // Below the ground, so the dome draws no sun.
      sunDir: { value: new Vector3(0, -1, 0) },
    }),
    [],
  );
  return (
    <>
      <color attach="background" args={[SURROUND]} />
      <SkyDome uniforms={uniforms} />
    </>
  );
}
