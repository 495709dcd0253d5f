import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import {
  BufferGeometry,
  CatmullRomCurve3,
  CylinderGeometry,
  DoubleSide,
  Float32BufferAttribute,
  type InstancedMesh,
  MeshLambertMaterial,
  Object3D,
  PlaneGeometry,
  TubeGeometry,
  Vector3,
} from 'three';
import { createRandom, subSeed } from '../common/random';

/** A material whose vertices sway with the wind, by a shader chunk (no per-frame geometry work). */
function swayingMaterial(
  color: string,
  chunk: string,
  uniforms: { time: { value: number }; wind: { value: number } },
) {
  const material = new MeshLambertMaterial({ color, side: DoubleSide });
  material.onBeforeCompile = (shader) => {
    shader.uniforms.time = uniforms.time;
    shader.uniforms.wind = uniforms.wind;
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nuniform float time;\nuniform float wind;')
      .replace('#include <begin_vertex>', `#include <begin_vertex>\n${chunk}`);
  };
  return material;
}

export interface WindUniforms {
  time: { value: number };
  wind: { value: number };
}

/** A flag on the terrace corner: hangs in still air, streams and ripples as the wind rises. */
export function Flag({ uniforms }: { uniforms: WindUniforms }) {
  const cloth = useMemo(() => new PlaneGeometry(1.5, 1, 16, 8).translate(0.75, 0, 0), []);
  const pole = useMemo(() => new CylinderGeometry(0.035, 0.045, 5, 6).translate(0, 2.5, 0), []);
  const material = useMemo(
    () =>
      swayingMaterial(
        '#c8423a',
        /* glsl */ `
        float u = position.x / 1.5;
        float stream = 0.25 + 0.75 * wind;
        // In still air the free end droops; in wind it streams out and ripples.
        transformed.x = position.x * stream;
        transformed.y = position.y - (1.0 - stream) * u * 1.1;
        transformed.z = sin(u * 7.0 - time * (3.0 + 6.0 * wind)) * (0.04 + 0.16 * wind) * u;`,
        uniforms,
      ),
    [uniforms],
  );
  return (
    <group position={[3.4, 0, 5.4]} name="flag">
      <mesh geometry={pole}>
        <meshLambertMaterial color="#d8d8d8" />
      </mesh>
      <mesh geometry={cloth} material={material} position={[0.04, 4.4, 0]} />
    </group>
  );
}

/** An antenna mast with a long cable down across the avenue; the cable sways with the wind. */
export function Cables({ uniforms, elevation }: { uniforms: WindUniforms; elevation: number }) {
  const mastTop = useMemo(() => new Vector3(-3.4, 7, 5.4), []);
  const mast = useMemo(() => new CylinderGeometry(0.06, 0.08, 7, 6).translate(-3.4, 3.5, 5.4), []);
  const cable = useMemo(() => {
    // Down to a pole in the park across the avenue, with the sag of a real span.
    const end = new Vector3(-60, 18 - elevation, -110);
    const points: Vector3[] = [];
    for (let i = 0; i <= 24; i++) {
      const t = i / 24;
      const p = mastTop.clone().lerp(end, t);
      p.y -= 4 * t * (1 - t) * mastTop.distanceTo(end) * 0.04;
      points.push(p);
    }
    return new TubeGeometry(new CatmullRomCurve3(points), 96, 0.03, 4, false);
  }, [elevation, mastTop]);
  const material = useMemo(
    () =>
      swayingMaterial(
        '#2b2d31',
        /* glsl */ `
        float sag = 4.0 * uv.x * (1.0 - uv.x);
        transformed.x += sin(time * 1.1 + uv.x * 3.0) * wind * 1.6 * sag;
        transformed.z += cos(time * 0.8) * wind * 0.8 * sag;`,
        uniforms,
      ),
    [uniforms],
  );
  return (
    <group name="cables">
      <mesh geometry={mast}>
        <meshLambertMaterial color="#9aa0a6" />
      </mesh>
      <mesh geometry={cable} material={material} frustumCulled={false} />
    </group>
  );
}

const MAX_BIRDS = 16;

/** Birds circling below the terrace; as many as the wind is strong, only when there is a drop to see. */
export function Birds({
  seed,
  wind,
  elevation,
}: {
  seed: number;
  wind: number;
  elevation: number;
}) {
  const count = elevation >= 20 ? Math.round(wind * MAX_BIRDS) : 0;
  const geometry = useMemo(() => {
    // Two wings in a shallow V.
    const g = new BufferGeometry();
    g.setAttribute(
      'position',
      new Float32BufferAttribute(
        [0, 0, 0.25, -0.6, 0.12, -0.1, 0, 0, -0.2, 0, 0, 0.25, 0.6, 0.12, -0.1, 0, 0, -0.2],
        3,
      ),
    );
    g.computeVertexNormals();
    return g;
  }, []);
  const material = useMemo(
    () => new MeshLambertMaterial({ color: '#2a2a2e', side: DoubleSide }),
    [],
  );
  const flock = useMemo(() => {
    const random = createRandom(subSeed(seed, 'birds'));
    return Array.from({ length: MAX_BIRDS }, () => ({
      radius: 18 + random() * 30,
      speed: 0.15 + random() * 0.15,
      phase: random() * Math.PI * 2,
      depth: 0.3 + random() * 0.3,
      flap: 4 + random() * 3,
    }));
  }, [seed]);
  const ref = useRef<InstancedMesh>(null);
  const dummy = useMemo(() => new Object3D(), []);
  useFrame(({ clock }) => {
    const mesh = ref.current;
    if (!mesh || count === 0) return;
    const t = clock.elapsedTime;
    for (let i = 0; i < count; i++) {
      const b = flock[i];
      if (!b) continue;
      const a = b.phase + t * b.speed;
      dummy.position.set(
        Math.cos(a) * b.radius,
        -elevation * b.depth,
        -45 + Math.sin(a) * b.radius,
      );
      dummy.rotation.set(0, -a, Math.sin(t * 0.7 + b.phase) * 0.2);
      const s = 1 + 0.35 * Math.sin(t * b.flap + b.phase);
      dummy.scale.set(s * 0.9, 1, 0.9);
      dummy.updateMatrix();
      mesh.setMatrixAt(i, dummy.matrix);
    }
    mesh.instanceMatrix.needsUpdate = true;
  });
  if (count === 0) return null;
  return (
    <instancedMesh
      name="birds"
      ref={ref}
      args={[geometry, material, count]}
      frustumCulled={false}
    />
  );
}
