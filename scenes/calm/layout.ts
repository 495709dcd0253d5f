// Where everything on the shore is, from the seed alone: terrain, grass, rocks, stars, headlands
// and the sea's mesh. Pure typed arrays, so the layout is deterministic and testable in Node.
import { createNoise, lerp, smoothstep } from '../common/noise';
import { between, createRandom, subSeed } from '../common/random';

/** The sea lies this far below the person's feet. */
export const SEA_LEVEL = -1.2;
/** Mean distance from the person to the water's edge, towards -z. */
export const SHORE_DISTANCE = 14;
/** Within this radius the ground is flat at 0, so it matches the floor of a headset's play area. */
export const STANDING_RADIUS = 2;

export interface Terrain {
  height(x: number, z: number): number;
  /** z of the water's edge along x (the shore wiggles a little). */
  shoreZ(x: number): number;
}

export function createTerrain(seed: number): Terrain {
  const noise = createNoise(subSeed(seed, 'terrain'));
  const shoreZ = (x: number) => -SHORE_DISTANCE + 3 * noise.at(x * 0.025 + 17.3, 3.1);
  const height = (x: number, z: number) => {
    const shore = shoreZ(x);
    // A beach that rises from below the water to a gentle crest just in front of the person.
    const beach = SEA_LEVEL + (z - shore) * 0.11;
    const crest = 0.15 * noise.fbm(x * 0.05, z * 0.05, 3);
    let h = smoothMin(beach, crest, 1.2);
    // Low dunes inland, behind the person.
    const inland = smoothstep(-3, 12, z);
    h += inland * (0.9 * noise.fbm(x * 0.03 + 40, z * 0.03 + 40, 4) + 0.4);
    const r = Math.hypot(x, z);
    return h * smoothstep(STANDING_RADIUS, STANDING_RADIUS + 3, r);
  };
  return { height, shoreZ };
}

/** min(a, b) with the corner rounded over a width of k, so the beach meets the crest smoothly. */
function smoothMin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

export interface TerrainMesh {
  positions: Float32Array;
  colors: Float32Array;
  indices: Uint32Array;
}

/** A grid over the land, coloured wet sand → dry sand → grass. */
export function terrainMesh(terrain: Terrain, size = 240, segments = 100): TerrainMesh {
  const n = segments + 1;
  const positions = new Float32Array(n * n * 3);
  const colors = new Float32Array(n * n * 3);
  const wetSand = [0.42, 0.36, 0.28];
  const drySand = [0.76, 0.66, 0.5];
  const grass = [0.3, 0.38, 0.18];
  for (let iz = 0; iz < n; iz++) {
    for (let ix = 0; ix < n; ix++) {
      const x = (ix / segments - 0.5) * size;
      const z = -45 + (iz / segments) * size * 0.5;
      const h = terrain.height(x, z);
      const i = (iz * n + ix) * 3;
      positions[i] = x;
      positions[i + 1] = h;
      positions[i + 2] = z;
      const aboveWater = h - SEA_LEVEL;
      const sandToGrass = smoothstep(0.9, 1.25, aboveWater);
      const wetToDry = smoothstep(0.05, 0.35, aboveWater);
      for (let c = 0; c < 3; c++) {
        const sand = lerp(wetSand[c] as number, drySand[c] as number, wetToDry);
        colors[i + c] = lerp(sand, grass[c] as number, sandToGrass);
      }
    }
  }
  const indices = new Uint32Array(segments * segments * 6);
  let k = 0;
  for (let iz = 0; iz < segments; iz++) {
    for (let ix = 0; ix < segments; ix++) {
      const a = iz * n + ix;
      const b = a + 1;
      const c = a + n;
      const d = c + 1;
      indices.set([a, c, b, b, c, d], k);
      k += 6;
    }
  }
  return { positions, colors, indices };
}

export interface Blades {
  count: number;
  /** x, y, z, rotation about y, height, sway phase: six floats a blade. */
  data: Float32Array;
}

export const BLADE_STRIDE = 6;

/** Grass on the land behind the beach, thickest around the person and thinning with distance. */
export function grassBlades(seed: number, terrain: Terrain, count = 5000): Blades {
  const random = createRandom(subSeed(seed, 'grass'));
  const data = new Float32Array(count * BLADE_STRIDE);
  let placed = 0;
  let attempts = 0;
  while (placed < count && attempts < count * 40) {
    attempts++;
    const radius = 45 * random() ** 1.7;
    const angle = random() * Math.PI * 2;
    const x = Math.cos(angle) * radius;
    const z = Math.sin(angle) * radius;
    const y = terrain.height(x, z);
    if (y - SEA_LEVEL < 1.05) continue;
    const i = placed * BLADE_STRIDE;
    data[i] = x;
    data[i + 1] = y;
    data[i + 2] = z;
    data[i + 3] = random() * Math.PI * 2;
    data[i + 4] = between(random, 0.25, 0.7) * (radius < 1.2 ? 0.5 : 1);
    data[i + 5] = random() * Math.PI * 2;
    placed++;
  }
  return { count: placed, data: data.subarray(0, placed * BLADE_STRIDE) };
}

export interface Rocks {
  count: number;
  /** x, y, z, scale x, scale y, scale z, rotation about y: seven floats a rock. */
  data: Float32Array;
}

export const ROCK_STRIDE = 7;

/** Weathered rocks along the water's edge, none in front of the person's feet. */
export function shoreRocks(seed: number, terrain: Terrain, count = 14): Rocks {
  const random = createRandom(subSeed(seed, 'rocks'));
  const data = new Float32Array(count * ROCK_STRIDE);
  for (let r = 0; r < count; r++) {
    const side = r % 2 === 0 ? -1 : 1;
    const x = side * between(random, 6, 70);
    const z = terrain.shoreZ(x) + between(random, -2, 2.5);
    const size = between(random, 0.3, 1.4);
    const i = r * ROCK_STRIDE;
    data[i] = x;
    data[i + 1] = terrain.height(x, z) - size * 0.3;
    data[i + 2] = z;
    data[i + 3] = size * between(random, 0.9, 1.6);
    data[i + 4] = size * between(random, 0.5, 0.9);
    data[i + 5] = size * between(random, 0.9, 1.4);
    data[i + 6] = random() * Math.PI * 2;
  }
  return { count, data };
}

export interface Stars {
  count: number;
  /** Unit direction x, y, z, then brightness and twinkle phase: five floats a star. */
  data: Float32Array;
}

export const STAR_STRIDE = 5;

export function starField(seed: number, count = 900): Stars {
  const random = createRandom(subSeed(seed, 'stars'));
  const data = new Float32Array(count * STAR_STRIDE);
  for (let s = 0; s < count; s++) {
    // Uniform over the sky above a few degrees of haze.
    const y = between(random, 0.06, 1);
    const angle = random() * Math.PI * 2;
    const flat = Math.sqrt(1 - y * y);
    const i = s * STAR_STRIDE;
    data[i] = Math.cos(angle) * flat;
    data[i + 1] = y;
    data[i + 2] = Math.sin(angle) * flat;
    data[i + 3] = random() ** 3;
    data[i + 4] = random() * Math.PI * 2;
  }
  return { count, data };
}

export interface Silhouette {
  positions: Float32Array;
  indices: Uint32Array;
}

/** Distant headlands around the bay; open sea straight ahead. */
export function headlands(seed: number, radius = 420, segments = 160): Silhouette {
  const noise = createNoise(subSeed(seed, 'headlands'));
  const positions = new Float32Array((segments + 1) * 2 * 3);
  for (let s = 0; s <= segments; s++) {
    // Angle measured from straight out to sea (-z).
    const angle = (s / segments - 0.5) * Math.PI * 2;
    const away = Math.abs(angle);
    const open = smoothstep(0.4, 1.0, away);
    const top = SEA_LEVEL + open * (14 + 38 * (0.5 + 0.5 * noise.fbm(angle * 7, 0.5, 4)));
    const x = Math.sin(angle) * radius;
    const z = -Math.cos(angle) * radius;
    const i = s * 6;
    positions.set([x, SEA_LEVEL - 4, z, x, top, z], i);
  }
  const indices = new Uint32Array(segments * 6);
  for (let s = 0; s < segments; s++) {
    const a = s * 2;
    indices.set([a, a + 2, a + 1, a + 1, a + 2, a + 3], s * 6);
  }
  return { positions, indices };
}

export interface SeaMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

/**
 * The sea as a fan of rows spaced closer near the shore and wider towards the horizon, so waves
 * close by are smooth and the whole bay costs few triangles.
 */
export function seaMesh(rows = 110, columns = 120, far = 1400): SeaMesh {
  const positions = new Float32Array((rows + 1) * (columns + 1) * 3);
  const nearZ = -SHORE_DISTANCE + 6;
  for (let r = 0; r <= rows; r++) {
    const distance = far * (r / rows) ** 2.4;
    const z = nearZ - distance;
    const halfWidth = 160 + distance * 1.6;
    for (let c = 0; c <= columns; c++) {
      const i = (r * (columns + 1) + c) * 3;
      positions[i] = (c / columns - 0.5) * 2 * halfWidth;
      positions[i + 1] = SEA_LEVEL;
      positions[i + 2] = z;
    }
  }
  const indices = new Uint32Array(rows * columns * 6);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const a = r * (columns + 1) + c;
      const b = a + 1;
      const d = a + columns + 1;
      const e = d + 1;
      indices.set([a, b, d, b, e, d], k);
      k += 6;
    }
  }
  return { positions, indices };
}
