import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  DoubleSide,
  InstancedBufferAttribute,
  type InstancedMesh,
  MeshLambertMaterial,
  Object3D,
  SRGBColorSpace,
} from 'three';
import { BLADE_STRIDE, grassBlades, type Terrain } from './layout';
import type { ShoreUniforms } from './uniforms';

/** One tapered blade, one unit tall, bending from the root; normals point up so it lights like a lawn. */
function bladeGeometry(): BufferGeometry {
  const widths = [0.035, 0.028, 0.016];
  const heights = [0, 0.4, 0.75];
  const positions: number[] = [];
  for (let row = 0; row < 3; row++) {
    const w = widths[row] as number;
    const h = heights[row] as number;
    positions.push(-w, h, 0, w, h, 0);
  }
  positions.push(0, 1, 0);
  const index = [0, 1, 2, 1, 3, 2, 2, 3, 4, 3, 5, 4, 4, 5, 6];
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3));
  const normals = new Float32Array(positions.length);
  const colors = new Float32Array(positions.length);
  const root = new Color().setRGB(0.16, 0.22, 0.09, SRGBColorSpace);
  const tip = new Color().setRGB(0.55, 0.58, 0.3, SRGBColorSpace);
  const c = new Color();
  for (let v = 0; v < positions.length / 3; v++) {
    normals.set([0, 1, 0], v * 3);
    c.copy(root).lerp(tip, positions[v * 3 + 1] as number);
    colors.set([c.r, c.g, c.b], v * 3);
  }
  geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  geometry.setAttribute('color', new BufferAttribute(colors, 3));
  geometry.setIndex(index);
  return geometry;
}

export function Grass({
  uniforms,
  terrain,
  seed,
}: {
  uniforms: ShoreUniforms;
  terrain: Terrain;
  seed: number;
}) {
  const blades = useMemo(() => grassBlades(seed, terrain), [seed, terrain]);
  const geometry = useMemo(() => {
    const geometry = bladeGeometry();
    // Per blade: the sway phase (coherent along x, so gusts travel) and its turn, to sway with the wind.
    const sway = new Float32Array(blades.count * 2);
    for (let b = 0; b < blades.count; b++) {
      const i = b * BLADE_STRIDE;
      sway[b * 2] = (blades.data[i] as number) * 0.18 + (blades.data[i + 5] as number) * 0.3;
      sway[b * 2 + 1] = blades.data[i + 3] as number;
    }
    geometry.setAttribute('sway', new InstancedBufferAttribute(sway, 2));
    return geometry;
  }, [blades]);

  const material = useMemo(() => {
    const material = new MeshLambertMaterial({ vertexColors: true, side: DoubleSide });
    material.onBeforeCompile = (shader) => {
      shader.uniforms.time = uniforms.time;
      shader.uniforms.breeze = uniforms.breeze;
      shader.vertexShader = shader.vertexShader
        .replace(
          '#include <common>',
          '#include <common>\nuniform float time;\nuniform float breeze;\nattribute vec2 sway;',
        )
        .replace(
          '#include <begin_vertex>',
          /* glsl */ `#include <begin_vertex>
          // Wind blows along world +x; turn it into the blade's own frame.
          vec2 wind = vec2(cos(sway.y), sin(sway.y));
          float bend = position.y * position.y;
          float gust = 0.6 + 0.4 * sin(time * 0.9 - sway.x);
          float flutter = sin(time * 2.3 + sway.x * 3.0) * 0.3;
          float push = breeze * (gust + flutter) * 0.35 * bend;
          transformed.x += wind.x * push;
          transformed.z += wind.y * push;
          transformed.y -= abs(push) * 0.3 * position.y;`,
        );
    };
    return material;
  }, [uniforms]);

  const ref = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const dummy = new Object3D();
    for (let b = 0; b < blades.count; b++) {
      const i = b * BLADE_STRIDE;
      const d = blades.data;
      const h = d[i + 4] as number;
      dummy.position.set(d[i] as number, d[i + 1] as number, d[i + 2] as number);
      dummy.rotation.set(0, d[i + 3] as number, 0);
      dummy.scale.set(1, h, 1);
      dummy.updateMatrix();
      mesh.setMatrixAt(b, dummy.matrix);
    }
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [blades]);

  return <instancedMesh ref={ref} args={[geometry, material, blades.count]} />;
}
