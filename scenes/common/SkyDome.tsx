import { useMemo } from 'react';
import { BackSide, type Color, ShaderMaterial, SphereGeometry, type Vector3 } from 'three';

export interface SkyUniforms {
  zenith: { value: Color };
  horizon: { value: Color };
  sunGlow: { value: Color };
  sunDir: { value: Vector3 };
}

// The dome is drawn around the eye at the far plane, so it never clips and needs no per-frame move.
const skyVertex = /* glsl */ `
varying vec3 vDir;
void main() {
  vDir = position;
  gl_Position = projectionMatrix * viewMatrix * vec4(position + cameraPosition, 1.0);
  gl_Position.z = gl_Position.w;
}`;

const skyFragment = /* glsl */ `
uniform vec3 zenith;
uniform vec3 horizon;
uniform vec3 sunGlow;
uniform vec3 sunDir;
varying vec3 vDir;
void main() {
  vec3 d = normalize(vDir);
  float up = pow(clamp(d.y, 0.0, 1.0), 0.45);
  vec3 col = mix(horizon, zenith, up);
  float toSun = max(dot(d, sunDir), 0.0);
  // Glow hugs the horizon: strongest in the band the sun sits in.
  float band = 1.0 - smoothstep(0.0, 0.6, abs(d.y - sunDir.y));
  col += sunGlow * (pow(toSun, 10.0) * 0.45 + pow(toSun, 90.0) * 0.5) * band;
  float disk = smoothstep(0.99955, 0.9998, toSun) * smoothstep(-0.02, 0.0, d.y);
  col = mix(col, vec3(1.0, 0.9, 0.75), disk);
  col = mix(col, horizon * 0.7, smoothstep(0.0, -0.25, d.y));
  gl_FragColor = vec4(col, 1.0);
  #include <colorspace_fragment>
}`;

/** A gradient sky with a sun, shared by the scenes; its colours come from the scene's uniforms. */
export function SkyDome({ uniforms }: { uniforms: SkyUniforms }) {
  const geometry = useMemo(() => new SphereGeometry(10, 32, 16), []);
  const material = useMemo(
    () =>
      new ShaderMaterial({
        uniforms: {
          zenith: uniforms.zenith,
          horizon: uniforms.horizon,
          sunGlow: uniforms.sunGlow,
          sunDir: uniforms.sunDir,
        },
        vertexShader: skyVertex,
        fragmentShader: skyFragment,
        side: BackSide,
        depthWrite: false,
      }),
    [uniforms],
  );
  return <mesh geometry={geometry} material={material} frustumCulled={false} renderOrder={-2} />;
}
