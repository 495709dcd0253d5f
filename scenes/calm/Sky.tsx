import { useMemo } from 'react';
import { AdditiveBlending, BufferAttribute, BufferGeometry, ShaderMaterial } from 'three';
import { SkyDome } from '../common/SkyDome';
import { STAR_STRIDE, starField } from './layout';
import type { ShoreUniforms } from './uniforms';

const starVertex = /* glsl */ `
attribute float brightness;
attribute float phase;
uniform float time;
uniform float starVisibility;
varying float vAlpha;
void main() {
  float twinkle = 0.75 + 0.25 * sin(time * (1.3 + phase) + phase * 7.0);
  vAlpha = starVisibility * (0.25 + 0.75 * brightness) * twinkle * smoothstep(0.05, 0.25, position.y);
  gl_PointSize = 1.0 + brightness * 2.2;
  gl_Position = projectionMatrix * viewMatrix * vec4(position * 500.0 + cameraPosition, 1.0);
  gl_Position.z = gl_Position.w * 0.99999;
}`;

const starFragment = /* glsl */ `
varying float vAlpha;
void main() {
  vec2 c = gl_PointCoord - 0.5;
  float a = vAlpha * smoothstep(0.5, 0.1, length(c));
  if (a < 0.01) discard;
  gl_FragColor = vec4(vec3(0.92, 0.95, 1.0) * a, 1.0);
  #include <colorspace_fragment>
}`;

export function Sky({
  uniforms,
  seed,
  starsVisible,
}: {
  uniforms: ShoreUniforms;
  seed: number;
  starsVisible: boolean;
}) {
  const stars = useMemo(() => {
    const field = starField(seed);
    const geometry = new BufferGeometry();
    const positions = new Float32Array(field.count * 3);
    const brightness = new Float32Array(field.count);
    const phase = new Float32Array(field.count);
    for (let s = 0; s < field.count; s++) {
      const i = s * STAR_STRIDE;
      positions.set(field.data.subarray(i, i + 3), s * 3);
      brightness[s] = field.data[i + 3] as number;
      phase[s] = field.data[i + 4] as number;
    }
    geometry.setAttribute('position', new BufferAttribute(positions, 3));
    geometry.setAttribute('brightness', new BufferAttribute(brightness, 1));
    geometry.setAttribute('phase', new BufferAttribute(phase, 1));
    return geometry;
  }, [seed]);
  const starMaterial = useMemo(
    () =>
      new ShaderMaterial({
        uniforms: { time: uniforms.time, starVisibility: uniforms.starVisibility },
        vertexShader: starVertex,
        fragmentShader: starFragment,
        blending: AdditiveBlending,
        depthWrite: false,
        transparent: true,
      }),
    [uniforms],
  );

  return (
    <>
      <SkyDome uniforms={uniforms} />
      <points
        geometry={stars}
        material={starMaterial}
        frustumCulled={false}
        renderOrder={-1}
        visible={starsVisible}
      />
    </>
  );
}
