import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  DoubleSide,
  IcosahedronGeometry,
  type InstancedMesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  Object3D,
  SRGBColorSpace,
} from 'three';
import { headlands, ROCK_STRIDE, shoreRocks, type Terrain, terrainMesh } from './layout';
import type { DuskPalette } from './palette';
import { linear } from './uniforms';

export function Ground({ terrain }: { terrain: Terrain }) {
  const geometry = useMemo(() => {
    const mesh = terrainMesh(terrain);
    const colors = new Float32Array(mesh.colors.length);
    const color = new Color();
    for (let i = 0; i < colors.length; i += 3) {
      color.setRGB(
        mesh.colors[i] as number,
        mesh.colors[i + 1] as number,
        mesh.colors[i + 2] as number,
        SRGBColorSpace,
      );
      colors.set([color.r, color.g, color.b], i);
    }
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(mesh.positions, 3));
    geometry.setAttribute('color', new BufferAttribute(colors, 3));
    geometry.setIndex(new BufferAttribute(mesh.indices, 1));
    geometry.computeVertexNormals();
    return geometry;
  }, [terrain]);
  const material = useMemo(() => new MeshLambertMaterial({ vertexColors: true }), []);
  return <mesh geometry={geometry} material={material} />;
}

export function Rocks({ terrain, seed }: { terrain: Terrain; seed: number }) {
  const rocks = useMemo(() => shoreRocks(seed, terrain), [seed, terrain]);
  const geometry = useMemo(() => new IcosahedronGeometry(1, 1), []);
  const material = useMemo(
    () => new MeshLambertMaterial({ color: new Color(0x4a4440), flatShading: true }),
    [],
  );
  const ref = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const dummy = new Object3D();
    for (let r = 0; r < rocks.count; r++) {
      const i = r * ROCK_STRIDE;
      const d = rocks.data;
      dummy.position.set(d[i] as number, d[i + 1] as number, d[i + 2] as number);
      dummy.scale.set(d[i + 3] as number, d[i + 4] as number, d[i + 5] as number);
      dummy.rotation.set(0, d[i + 6] as number, 0);
      dummy.updateMatrix();
      mesh.setMatrixAt(r, dummy.matrix);
    }
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [rocks]);
  return <instancedMesh ref={ref} args={[geometry, material, rocks.count]} />;
}

/** Far headlands as dark shapes softened by the haze of the horizon. */
export function Headlands({ palette, seed }: { palette: DuskPalette; seed: number }) {
  const geometry = useMemo(() => {
    const shape = headlands(seed);
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(shape.positions, 3));
    geometry.setIndex(new BufferAttribute(shape.indices, 1));
    geometry.computeBoundingSphere();
    return geometry;
  }, [seed]);
  const material = useMemo(() => new MeshBasicMaterial({ side: DoubleSide }), []);
  useLayoutEffect(() => {
    // Distant land takes the horizon's colour, darker, as it does at dusk.
    const zenith = linear(new Color(), palette.zenith);
    linear(material.color, palette.horizon).multiplyScalar(0.45).lerp(zenith, 0.25);
  }, [material, palette]);
  return <mesh geometry={geometry} material={material} />;
}
