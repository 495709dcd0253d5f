// Uniforms shared by every part of the shore, so sky, sea, grass and light change together.
import { Color, SRGBColorSpace, Vector3 } from 'three';
import type { CalmParams } from './levels';
import { type DuskPalette, duskPalette, type Rgb, sunDirection } from './palette';

export interface ShoreUniforms {
  time: { value: number };
  zenith: { value: Color };
  horizon: { value: Color };
  sunGlow: { value: Color };
  deepWater: { value: Color };
  sunDir: { value: Vector3 };
  starVisibility: { value: number };
  waves: { value: number };
  breeze: { value: number };
}

export function createShoreUniforms(): ShoreUniforms {
  return {
    time: { value: 0 },
    zenith: { value: new Color() },
    horizon: { value: new Color() },
    sunGlow: { value: new Color() },
    deepWater: { value: new Color() },
    sunDir: { value: new Vector3(0, 1, 0) },
    starVisibility: { value: 0 },
    waves: { value: 0 },
    breeze: { value: 0 },
  };
}

/** Palette colours are written as seen (sRGB); shaders work in linear light. */
export function linear(color: Color, [r, g, b]: Rgb): Color {
  return color.setRGB(r, g, b, SRGBColorSpace);
}

export function applyParams(uniforms: ShoreUniforms, params: CalmParams): DuskPalette {
  const palette = duskPalette(params.sunElevation);
  linear(uniforms.zenith.value, palette.zenith);
  linear(uniforms.horizon.value, palette.horizon);
  linear(uniforms.sunGlow.value, palette.sunGlow);
  linear(uniforms.deepWater.value, palette.deepWater);
  uniforms.sunDir.value.set(...sunDirection(params.sunElevation));
  uniforms.starVisibility.value = palette.starVisibility;
  uniforms.waves.value = params.waves;
  uniforms.breeze.value = params.breeze;
  return palette;
}
