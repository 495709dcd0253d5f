// The picture's material on the sphere around the person and on the screen ahead: the picture
// (or its softened copy) upright, dimmed, and on the sphere faded to dark away from its middle.
import { Color, FrontSide, ShaderMaterial, type Texture, Vector3 } from 'three';

const vertex = /* glsl */ `
varying vec2 vUv;
varying vec3 vDir;
void main() {
  vUv = uv;
  // The sphere is centred on the eyes, so its turned position is the direction looked along.
  vDir = mat3(modelMatrix) * position;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}`;

const fragment = /* glsl */ `
uniform sampler2D map;
uniform float brightness;
uniform vec3 middle;
uniform float fadeFrom;
uniform float fadeTo;
uniform vec3 surround;
varying vec2 vUv;
varying vec3 vDir;
void main() {
  // Textures lie top row first (see picture.ts).
  vec3 colour = texture2D(map, vec2(vUv.x, 1.0 - vUv.y)).rgb * brightness;
  float away = acos(clamp(dot(normalize(vDir), middle), -1.0, 1.0));
  float shown = 1.0 - smoothstep(fadeFrom, fadeTo, away);
  gl_FragColor = vec4(mix(surround, colour, shown), 1.0);
  #include <colorspace_fragment>
}`;

/** The dim surround the picture fades into and the screen stands in (sRGB). */
export const SURROUND = '#15181e';

export interface PictureUniforms {
  map: { value: Texture | null };
  brightness: { value: number };
  middle: { value: Vector3 };
  fadeFrom: { value: number };
  fadeTo: { value: number };
  surround: { value: Color };
}

export function pictureMaterial(): ShaderMaterial & { uniforms: PictureUniforms } {
  const uniforms: PictureUniforms = {
    map: { value: null },
    brightness: { value: 1 },
    // The picture's middle: straight ahead at the start.
    middle: { value: new Vector3(0, 0, -1) },
    // Nothing fades unless a 360° picture's view says so.
    fadeFrom: { value: Math.PI },
    fadeTo: { value: Math.PI + 1 },
    surround: { value: new Color(SURROUND) },
  };
  const material = new ShaderMaterial({
    uniforms: uniforms as unknown as Record<string, { value: unknown }>,
    vertexShader: vertex,
    fragmentShader: fragment,
    side: FrontSide,
    depthWrite: false,
  });
  return material as ShaderMaterial & { uniforms: PictureUniforms };
}

/**
 * A level's brightness (per cent of the picture's own) as the factor on its linear colour, so the
 * screen shows about that share of each value the picture holds.
 */
export const brightnessFactor = (percent: number) =>
  (Math.min(100, Math.max(0, percent)) / 100) ** 2.2;
