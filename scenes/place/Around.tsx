import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { type Mesh, SphereGeometry } from 'three';
import { aroundCap, SPHERE_RADIUS, SPHERE_SEGMENTS } from './layout';
import type { PlaceParams } from './levels';
import { usePictureMaterial } from './usePictureMaterial';
import type { Shown } from './useShown';

/** Equirectangular u runs from the back round to the back: a quarter turn puts its middle ahead. */
const MIDDLE_AHEAD = -Math.PI / 2;

/**
 * A 360° picture on the inside of a sphere around the eyes, its middle straight ahead at the
 * start; it moves with the head, as a picture taken from one point has no parallax to show.
 */
export function Around({ shown, params }: { shown: Shown; params: PlaceParams }) {
  const geometry = useMemo(() => {
    const sphere = new SphereGeometry(SPHERE_RADIUS, SPHERE_SEGMENTS.around, SPHERE_SEGMENTS.up);
    // Mirrored, so the picture reads the right way round from inside (and faces inwards).
    return sphere.scale(-1, 1, 1);
  }, []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const material = usePictureMaterial(shown, params, 360, 180, true);

  const cap = aroundCap(params.view);
  useLayoutEffect(() => {
    material.uniforms.fadeFrom.value = cap.from;
    material.uniforms.fadeTo.value = cap.to;
  }, [material, cap.from, cap.to]);

  const mesh = useRef<Mesh>(null);
  useFrame(({ camera }) => {
    if (mesh.current) camera.getWorldPosition(mesh.current.position);
  });

  return (
    <mesh
      ref={mesh}
      name="place-sphere"
      geometry={geometry}
      material={material}
      rotation={[0, MIDDLE_AHEAD, 0]}
      renderOrder={-1}
      frustumCulled={false}
      userData={{ width: shown.width, height: shown.height, video: shown.video }}
    />
  );
}
