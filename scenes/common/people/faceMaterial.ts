// The skin of every head, with the face drawn on it by the shader: eyes (white, iris, pupil, a
// glint) that turn with the gaze, upper lids that blink and droop, brows that rise and frown, a
// mouth that smiles, presses and opens, and shading that gives the face its form (sockets, the
// shadow under the nose, folds and lines with age). One material for a hundred faces: each face's
// muscles come as per-instance attributes, written each frame.
import { MeshLambertMaterial } from 'three';
import { EYE_LIMIT } from './gaze';

const functions = /* glsl */ `
varying vec3 vFace;
varying vec4 vGaze;
varying vec4 vMouth;
varying vec4 vLook;
varying vec3 vBrow;

float edge(float d, float w) { return 1.0 - smoothstep(-w, w, d); }

vec3 irisColour(float k) {
  if (k < 0.35) return vec3(0.24, 0.13, 0.06);
  if (k < 0.6) return vec3(0.36, 0.22, 0.09);
  if (k < 0.75) return vec3(0.33, 0.36, 0.16);
  if (k < 0.9) return vec3(0.25, 0.38, 0.5);
  return vec3(0.1, 0.06, 0.04);
}

// One eye: returns the colour and, in .a, how much of the pixel it covers.
vec4 eye(vec2 f, float side, vec3 skin) {
  vec2 c = vec2(side * 0.32, 0.07);
  vec2 q = (f - c) / vec2(0.15, 0.068);
  // Almond: the upper arc higher than the lower.
  q.y *= q.y > 0.0 ? 0.92 : 1.25;
  float d = length(q);
  float w = fwidth(d) + 0.02;
  float inside = edge(d - 1.0, w);
  if (inside <= 0.0) return vec4(0.0);
  float lidLine = 1.0 - 2.0 * clamp(vGaze.z, 0.0, 1.0);
  float lid = smoothstep(lidLine - w, lidLine + w, q.y);
  vec2 look = vec2(vGaze.x / ${EYE_LIMIT.yaw.toFixed(4)} * 0.075, vGaze.y / ${EYE_LIMIT.up.toFixed(4)} * 0.032);
  vec2 pi = f - (c + look);
  float r = length(pi);
  float rw = fwidth(r) + 0.004;
  vec3 white = vec3(0.92, 0.9, 0.86);
  vec3 col = mix(white, irisColour(vLook.y), edge(r - 0.05, rw));
  col = mix(col, vec3(0.02), edge(r - 0.022, rw));
  col = mix(col, vec3(1.0), edge(length(pi - vec2(-0.014, 0.016)) - 0.008, rw));
  // The lash line along the upper edge and the lid's rim.
  float rim = max(edge(abs(q.y - lidLine) - 0.16, w) * step(0.0, 1.0 - d), smoothstep(0.78, 1.0, d) * step(0.0, q.y));
  col = mix(col, vec3(0.08, 0.05, 0.04), rim * 0.85);
  col = mix(col, skin * 0.9, lid);
  return vec4(col, inside);
}

// One brow: its colour's cover.
float brow(vec2 f, float side) {
  float x = f.x * side;
  float t = (x - 0.1) / 0.4;
  float along = smoothstep(-0.08, 0.05, t) * (1.0 - smoothstep(0.95, 1.08, t));
  float y = 0.26 + vGaze.w * 0.07 + 0.035 * sin(clamp(t, 0.0, 1.0) * 3.14159)
    - vMouth.x * 0.075 * (1.0 - clamp(t, 0.0, 1.0)) ;
  float thick = 0.032 * (1.0 - 0.45 * clamp(t, 0.0, 1.0)) + 0.008 * vMouth.x;
  float d = abs(f.y - y) - thick;
  return along * edge(d, fwidth(f.y) + 0.006);
}

vec3 face(vec3 skin) {
  vec2 f = vFace.xy;
  float front = smoothstep(0.15, 0.45, vFace.z);
  if (front <= 0.0) return skin;
  float age = vLook.x;
  vec3 col = skin;
  // Form: eye sockets, the shadow under the nose and the lower lip, cheeks, age lines.
  float socket = exp(-dot((f - vec2(0.32, 0.08)) / vec2(0.22, 0.15), (f - vec2(0.32, 0.08)) / vec2(0.22, 0.15)))
    + exp(-dot((f - vec2(-0.32, 0.08)) / vec2(0.22, 0.15), (f - vec2(-0.32, 0.08)) / vec2(0.22, 0.15)));
  col *= 1.0 - 0.14 * socket * (0.7 + age * 0.6);
  col *= 1.0 - 0.18 * exp(-(pow(f.x / 0.1, 2.0) + pow((f.y + 0.27) / 0.035, 2.0)));
  col *= 1.0 - 0.1 * exp(-(pow(f.x / 0.14, 2.0) + pow((f.y + 0.53) / 0.04, 2.0)));
  col = mix(col, col * vec3(1.05, 0.9, 0.88), 0.35 * (exp(-dot((abs(f) - vec2(0.4, -0.2)) / 0.13, (abs(f) - vec2(0.4, -0.2)) / 0.13))));
  float fold = abs(abs(f.x) - (0.16 + (-0.2 - f.y) * 0.45)) - 0.008;
  col *= 1.0 - age * 0.22 * edge(fold, 0.01) * step(f.y, -0.2) * step(-0.45, f.y);
  float lines = step(0.44, f.y) * step(f.y, 0.64) * smoothstep(0.6, 1.0, sin(f.y * 90.0)) * step(abs(f.x), 0.35);
  col *= 1.0 - lines * max(0.0, age - 0.45) * 0.25;

  // Brows.
  float b = max(brow(f, 1.0), brow(f, -1.0));
  col = mix(col, vBrow, b);

  // The mouth: corners up with a smile, thin when pressed, open to speak or yawn.
  float smile = vMouth.y;
  float press = vMouth.w;
  float open = vMouth.z;
  float halfWidth = 0.21 + 0.04 * max(smile, 0.0) + 0.03 * press - 0.04 * open;
  float u = f.x / halfWidth;
  if (abs(u) < 1.2) {
    float uu = clamp(u * u, 0.0, 1.0);
    float centre = -0.4 + smile * 0.12 * uu - 0.02 * smile;
    float gap = open * 0.13 * sqrt(max(0.0, 1.0 - uu));
    float dy = f.y - centre;
    float w = fwidth(f.y) + 0.004;
    float lipsUp = 0.024 * (1.0 - press * 0.8) * (1.0 - uu * 0.5);
    float lipsDown = 0.032 * (1.0 - press * 0.8) * (1.0 - uu * 0.5);
    float within = edge(abs(u) - 1.0, 0.06);
    vec3 lipColour = skin * vec3(0.72, 0.48, 0.48);
    float lips = edge(dy - gap - lipsUp, w) * edge(-dy - gap - lipsDown, w) * within;
    col = mix(col, lipColour, lips);
    float inside = edge(abs(dy) - gap, w) * within;
    vec3 mouth = mix(vec3(0.22, 0.06, 0.07), vec3(0.88, 0.86, 0.8), step(gap * 0.45, dy) * step(0.25, open));
    col = mix(col, mouth, inside * step(0.004, gap));
    // The seam between the lips, always there.
    col = mix(col, skin * 0.3, edge(abs(dy) - max(gap, 0.006), w) * within * (1.0 - step(0.004, gap)));
  }

  vec4 left = eye(f, 1.0, col);
  col = mix(col, left.rgb, left.a);
  vec4 right = eye(f, -1.0, col);
  col = mix(col, right.rgb, right.a);
  return mix(skin, col, front);
}
`;

/** The face material: Lambert skin (per-instance colour) with a face in front. */
export function faceMaterial(): MeshLambertMaterial {
  const material = new MeshLambertMaterial({ color: '#ffffff' });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute vec3 facePoint;
attribute vec4 gaze;
attribute vec4 mouth;
attribute vec4 look;
attribute vec3 browColour;
varying vec3 vFace;
varying vec4 vGaze;
varying vec4 vMouth;
varying vec4 vLook;
varying vec3 vBrow;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
vFace = facePoint;
vGaze = gaze;
vMouth = mouth;
vLook = look;
vBrow = browColour;`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${functions}`)
      .replace(
        '#include <color_fragment>',
        '#include <color_fragment>\n  diffuseColor.rgb = face(diffuseColor.rgb);',
      );
  };
  // One program for every head, whatever scene draws them.
  material.customProgramCacheKey = () => 'foothold-face';
  return material;
}
