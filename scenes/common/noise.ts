// Smooth seeded value noise for terrain and silhouettes. Pure, so layouts can be tested in Node.
import { createRandom } from './random';

const SIZE = 256;

export interface Noise {
  /** Smooth noise in [-1, 1]; features about one unit apart. */
  at(x: number, y?: number): number;
  /** Several octaves summed, still in [-1, 1]. */
  fbm(x: number, y: number, octaves?: number): number;
}

export function createNoise(seed: number): Noise {
  const random = createRandom(seed);
  const values = new Float32Array(SIZE * SIZE);
  for (let i = 0; i < values.length; i++) values[i] = random() * 2 - 1;

  const lattice = (ix: number, iy: number) =>
    values[(((iy % SIZE) + SIZE) % SIZE) * SIZE + (((ix % SIZE) + SIZE) % SIZE)] as number;
  const fade = (t: number) => t * t * (3 - 2 * t);

  const at = (x: number, y = 0) => {
    const ix = Math.floor(x);
    const iy = Math.floor(y);
    const fx = fade(x - ix);
    const fy = fade(y - iy);
    const a = lattice(ix, iy) + (lattice(ix + 1, iy) - lattice(ix, iy)) * fx;
    const b = lattice(ix, iy + 1) + (lattice(ix + 1, iy + 1) - lattice(ix, iy + 1)) * fx;
    return a + (b - a) * fy;
  };

  const fbm = (x: number, y: number, octaves = 4) => {
    let sum = 0;
    let amplitude = 0.5;
    let norm = 0;
    let frequency = 1;
    for (let o = 0; o < octaves; o++) {
      sum += at(x * frequency, y * frequency) * amplitude;
      norm += amplitude;
      amplitude *= 0.5;
      frequency *= 2.03;
    }
    return sum / norm;
  };

  return { at, fbm };
}

export function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** 0 outside a repeating window, rising to 1 inside it and back: for nods, yawns, glances. */
export function rhythm(t: number, period: number, duration: number, phase: number): number {
  const into = (((t + phase * period) % period) + period) % period;
  if (into > duration) return 0;
  return Math.sin((into / duration) * Math.PI);
}
