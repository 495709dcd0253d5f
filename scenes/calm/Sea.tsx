import { useMemo } from 'react';
import { BufferAttribute, BufferGeometry, ShaderMaterial } from 'three';
import { seaMesh, type Terrain } from './layout';
import type { ShoreUniforms } from './uniforms';

// Long swells rolling towards the shore, as a sum of sines whose slopes give the normals.
// Frequencies follow deep-water dispersion (omega^2 = g k) so they move like water.
const seaVertex = /* glsl */ `
uniform float time;
uniform float waves;
attribute float shoreDistance;
varying vec3 vWorld;
varying vec3 vNormal;
varying float vShore;

void addWave(vec2 p, vec2 dir, float k, float amp, inout float h, inout vec2 slope) {
  float omega = sqrt(9.81 * k);
  float phase = dot(dir, p) * k - omega * time;
  h += amp * sin(phase);
  slope += amp * k * cos(phase) * dir;
}

void main() {
  vec3 world = (modelMatrix * vec4(position, 1.0)).xyz;
  float fade = 1.0 - smoothstep(150.0, 900.0, length(world.xz));
  float a = mix(0.015, 0.32, waves) * fade;
  float h = 0.0;
  vec2 slope = vec2(0.0);
  addWave(world.xz, normalize(vec2(0.12, 1.0)), 0.16, a, h, slope);
  addWave(world.xz, normalize(vec2(-0.35, 1.0)), 0.31, a * 0.45, h, slope);
  addWave(world.xz, normalize(vec2(0.6, 0.8)), 0.67, a * 0.18, h, slope);
  addWave(world.xz, normalize(vec2(-0.8, 0.5)), 1.3, a * 0.07, h, slope);
  // Waves flatten as they run up the beach.
  float shallow = smoothstep(-1.0, -10.0, shoreDistance);
  world.y += h * mix(0.35, 1.0, shallow);
  vWorld = world;
  vNormal = normalize(vec3(-slope.x, 1.0, -slope.y));
  vShore = shoreDistance;
  gl_Position = projectionMatrix * viewMatrix * vec4(world, 1.0);
}`;

const seaFragment = /* glsl */ `
uniform float time;
uniform float waves;
uniform vec3 zenith;
uniform vec3 horizon;
uniform vec3 sunGlow;
uniform vec3 deepWater;
uniform vec3 sunDir;
varying vec3 vWorld;
varying vec3 vNormal;
varying float vShore;

void main() {
  vec3 toEye = cameraPosition - vWorld;
  float dist = length(toEye);
  vec3 v = toEye / dist;
  // Fine ripples, fading with distance so the far sea does not shimmer.
  float near = 1.0 - smoothstep(20.0, 160.0, dist);
  vec2 p = vWorld.xz;
  vec2 ripple = vec2(
    sin(p.x * 2.1 + time * 1.7) + sin(p.y * 3.3 - time * 2.3 + p.x),
    cos(p.y * 2.7 + time * 1.9) + sin(p.x * 2.9 + p.y * 1.3 - time * 1.1)
  ) * 0.035 * near * (0.4 + waves);
  vec3 n = normalize(vNormal + vec3(ripple.x, 0.0, ripple.y));
  float fresnel = 0.02 + 0.98 * pow(1.0 - max(dot(n, v), 0.0), 5.0);
  vec3 r = reflect(-v, n);
  vec3 sky = mix(horizon, zenith, pow(clamp(r.y, 0.0, 1.0), 0.45));
  vec3 col = mix(deepWater, sky, fresnel);
  float sunUp = smoothstep(-0.05, 0.02, sunDir.y);
  float glitter = pow(max(dot(r, sunDir), 0.0), 220.0) * 3.0 + pow(max(dot(r, sunDir), 0.0), 24.0) * 0.25;
  col += sunGlow * glitter * sunUp;
  // Foam where the swash runs up the sand, washing in and out.
  float swash = 0.5 + 0.5 * sin(time * 0.55 + vWorld.x * 0.05);
  float foam = smoothstep(-2.6 - swash * 1.6, -0.4, vShore) * (0.35 + 0.4 * waves);
  col = mix(col, horizon * 0.9 + vec3(0.08), foam);
  // Haze towards the horizon, into the sky's own colour.
  col = mix(col, horizon, smoothstep(250.0, 1300.0, dist) * 0.9);
  gl_FragColor = vec4(col, 1.0);
  #include <colorspace_fragment>
}`;

export function Sea({ uniforms, terrain }: { uniforms: ShoreUniforms; terrain: Terrain }) {
  const geometry = useMemo(() => {
    const mesh = seaMesh();
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(mesh.positions, 3));
    const count = mesh.positions.length / 3;
    const shoreDistance = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      const x = mesh.positions[i * 3] as number;
      const z = mesh.positions[i * 3 + 2] as number;
      shoreDistance[i] = z - terrain.shoreZ(x);
    }
    geometry.setAttribute('shoreDistance', new BufferAttribute(shoreDistance, 1));
    geometry.setIndex(new BufferAttribute(mesh.indices, 1));
    geometry.computeBoundingSphere();
    return geometry;
  }, [terrain]);

  const material = useMemo(
    () =>
      new ShaderMaterial({
        uniforms: {
          time: uniforms.time,
          waves: uniforms.waves,
          zenith: uniforms.zenith,
          horizon: uniforms.horizon,
          sunGlow: uniforms.sunGlow,
          deepWater: uniforms.deepWater,
          sunDir: uniforms.sunDir,
        },
        vertexShader: seaVertex,
        fragmentShader: seaFragment,
      }),
    [uniforms],
  );

  return <mesh geometry={geometry} material={material} />;
}
