// The colours and light of the evening as a pure function of the sun's height, so the sky, sea,
// land and lights always agree and the same level always looks the same.
import { lerp, smoothstep } from '../common/noise';

export type Rgb = readonly [number, number, number];

export interface DuskPalette {
  zenith: Rgb;
  horizon: Rgb;
  sunGlow: Rgb;
  sunLight: Rgb;
  sunIntensity: number;
  hemiSky: Rgb;
  hemiGround: Rgb;
  hemiIntensity: number;
  deepWater: Rgb;
  /** 0 in daylight, 1 when the full sky of stars is out. */
  starVisibility: number;
}

const hex = (value: number): Rgb => [
  ((value >> 16) & 255) / 255,
  ((value >> 8) & 255) / 255,
  (value & 255) / 255,
];

type Stop = Omit<DuskPalette, 'starVisibility'> & { elevation: number };

// Ordered from night to afternoon.
const stops: readonly Stop[] = [
  {
    elevation: -8,
    zenith: hex(0x070d24),
    horizon: hex(0x27304f),
    sunGlow: hex(0x2c3560),
    sunLight: hex(0x8090c0),
    sunIntensity: 0.12,
    hemiSky: hex(0x3a4a78),
    hemiGround: hex(0x10131c),
    hemiIntensity: 0.35,
    deepWater: hex(0x060b18),
  },
  {
    elevation: -4,
    zenith: hex(0x12224d),
    horizon: hex(0x6a5a86),
    sunGlow: hex(0x9a5f78),
    sunLight: hex(0x9a8cc0),
    sunIntensity: 0.25,
    hemiSky: hex(0x5a6aa0),
    hemiGround: hex(0x1c1a24),
    hemiIntensity: 0.5,
    deepWater: hex(0x0b1428),
  },
  {
    elevation: -1,
    zenith: hex(0x213b72),
    horizon: hex(0xc77a6e),
    sunGlow: hex(0xe0785a),
    sunLight: hex(0xe09070),
    sunIntensity: 0.45,
    hemiSky: hex(0x7a82b0),
    hemiGround: hex(0x2a2226),
    hemiIntensity: 0.65,
    deepWater: hex(0x142038),
  },
  {
    elevation: 2,
    zenith: hex(0x2f5290),
    horizon: hex(0xf0a070),
    sunGlow: hex(0xffa060),
    sunLight: hex(0xffb27a),
    sunIntensity: 0.9,
    hemiSky: hex(0x94a6cc),
    hemiGround: hex(0x3a3028),
    hemiIntensity: 0.75,
    deepWater: hex(0x1c3048),
  },
  {
    elevation: 6,
    zenith: hex(0x3d67a8),
    horizon: hex(0xf4c090),
    sunGlow: hex(0xffc888),
    sunLight: hex(0xffd0a0),
    sunIntensity: 1.3,
    hemiSky: hex(0xa8bcd8),
    hemiGround: hex(0x48402e),
    hemiIntensity: 0.85,
    deepWater: hex(0x24405a),
  },
  {
    elevation: 12,
    zenith: hex(0x4a7cc0),
    horizon: hex(0xe8d4b4),
    sunGlow: hex(0xfff0c8),
    sunLight: hex(0xffe8c8),
    sunIntensity: 1.7,
    hemiSky: hex(0xb8cce4),
    hemiGround: hex(0x545038),
    hemiIntensity: 0.95,
    deepWater: hex(0x2a4c68),
  },
];

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  lerp(a[0], b[0], t),
  lerp(a[1], b[1], t),
  lerp(a[2], b[2], t),
];

export function duskPalette(sunElevation: number): DuskPalette {
  const first = stops[0] as Stop;
  const last = stops[stops.length - 1] as Stop;
  const e = Math.min(last.elevation, Math.max(first.elevation, sunElevation));
  let upper = 1;
  while (upper < stops.length - 1 && (stops[upper] as Stop).elevation < e) upper++;
  const a = stops[upper - 1] as Stop;
  const b = stops[upper] as Stop;
  const t = (e - a.elevation) / (b.elevation - a.elevation);
  return {
    zenith: mix(a.zenith, b.zenith, t),
    horizon: mix(a.horizon, b.horizon, t),
    sunGlow: mix(a.sunGlow, b.sunGlow, t),
    sunLight: mix(a.sunLight, b.sunLight, t),
    sunIntensity: lerp(a.sunIntensity, b.sunIntensity, t),
    hemiSky: mix(a.hemiSky, b.hemiSky, t),
    hemiGround: mix(a.hemiGround, b.hemiGround, t),
    hemiIntensity: lerp(a.hemiIntensity, b.hemiIntensity, t),
    deepWater: mix(a.deepWater, b.deepWater, t),
    starVisibility: 1 - smoothstep(-7, 0, sunElevation),
  };
}

/** Unit vector towards the sun: low over the sea (which lies towards -z), a little to the right. */
export function sunDirection(sunElevation: number): [number, number, number] {
  const elevation = (sunElevation * Math.PI) / 180;
  const azimuth = (18 * Math.PI) / 180;
  const flat = Math.cos(elevation);
  return [Math.sin(azimuth) * flat, Math.sin(elevation), -Math.cos(azimuth) * flat];
}

/** Perceived brightness (0-1), used by tests and to keep the evening darkening as the sun sets. */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
