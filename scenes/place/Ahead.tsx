import { useMemo } from 'react';
import { EYE, screenFor } from './layout';
import type { PlaceParams } from './levels';
import { usePictureMaterial } from './usePictureMaterial';
import type { Shown } from './useShown';

/** An ordinary picture on a screen ahead at eye height, its size and nearness the level's view. */
export function Ahead({ shown, params }: { shown: Shown; params: PlaceParams }) {
  const aspect = shown.width / shown.height;
  const screen = useMemo(() => screenFor(params.view, aspect), [params.view, aspect]);
  // Softening spreads over the same share of the picture at every size of screen.
  const whole = useMemo(() => screenFor(100, aspect), [aspect]);
  const material = usePictureMaterial(shown, params, whole.across, whole.up, false);
  return (
    <mesh
      name="place-screen"
      position={[0, EYE, -screen.distance]}
      scale={[screen.width, screen.height, 1]}
      material={material}
      userData={{ width: shown.width, height: shown.height, video: shown.video, screen }}
    >
      <planeGeometry args={[1, 1]} />
    </mesh>
  );
}
