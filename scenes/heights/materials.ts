// Facades with windows drawn from position alone: floors every 3.3 m, bays every 2.8 m, some
// windows lit, glass catching the sky. One material for every building, the tower included.
import { MeshLambertMaterial } from 'three';

export function facadeMaterial(): MeshLambertMaterial {
  const material = new MeshLambertMaterial({ color: 0xffffff });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        '#include <common>\nvarying vec3 vCity;\nvarying vec3 vFaceNormal;',
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
        #ifdef USE_INSTANCING
          vCity = (instanceMatrix * vec4(transformed, 1.0)).xyz;
          vFaceNormal = normalize(mat3(instanceMatrix) * objectNormal);
        #else
          vCity = (modelMatrix * vec4(transformed, 1.0)).xyz;
          vFaceNormal = normalize(mat3(modelMatrix) * objectNormal);
        #endif`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        '#include <common>\nvarying vec3 vCity;\nvarying vec3 vFaceNormal;',
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        vec3 n = normalize(vFaceNormal);
        if (abs(n.y) < 0.5) {
          float across = abs(n.x) > 0.5 ? vCity.z : vCity.x;
          float fy = fract(vCity.y / 3.3);
          float fx = fract(across / 2.8);
          float window = step(0.28, fy) * step(fy, 0.86) * step(0.16, fx) * step(fx, 0.84);
          // Street level is a plinth without windows.
          window *= step(3.3, vCity.y);
          float cell = floor(vCity.y / 3.3) * 17.0 + floor(across / 2.8) * 7.0 + floor(vCity.x * 0.05) * 3.0;
          float r = fract(sin(cell) * 43758.5453);
          vec3 glass = mix(vec3(0.13, 0.17, 0.23), vec3(0.55, 0.63, 0.72), 0.25 + 0.45 * fract(r * 7.13));
          glass = mix(glass, vec3(1.0, 0.86, 0.6), step(0.96, r));
          diffuseColor.rgb = mix(diffuseColor.rgb, glass, window);
        } else if (n.y > 0.5) {
          diffuseColor.rgb *= 0.72;
        }`,
      );
  };
  return material;
}
