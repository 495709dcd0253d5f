// The city below the terrace, from the seed alone. Pure.
//
// The city is laid out in "city coordinates": the scene's axes with the origin at the foot of the
// tower's front face, on the street, so the city group sits at y = -elevation. Below the edge lies a wide avenue, then a park, so the drop is open to the eye.
import { between, createRandom, subSeed } from '../common/random';

// The city grid: blocks 80 m, streets 20 m, and a 40 m avenue in front of the tower.
const BLOCK = 80;
const PITCH = 100;
export const AVENUE = { near: 0, far: -40 };
export const CITY_RADIUS = 900;
export const FAR_RADIUS = 2600;

/** The tower's footprint in city coordinates. */
export const TOWER = { minX: -10, maxX: 10, minZ: 0, maxZ: 24 };

export interface Block {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
  park: boolean;
}

export function blocks(): Block[] {
  const result: Block[] = [];
  const columns = Math.ceil(CITY_RADIUS / PITCH);
  for (let i = -columns; i <= columns; i++) {
    for (let j = -columns; j <= columns; j++) {
      const minX = PITCH * i - BLOCK / 2;
      // Rows behind the tower start at the avenue's near side; rows in front, past the avenue.
      const minZ = j >= 0 ? PITCH * j : PITCH * j - 20;
      const block = {
        minX,
        maxX: minX + BLOCK,
        minZ,
        maxZ: minZ + BLOCK,
        park: i === 0 && j === -1,
      };
      if (Math.hypot((block.minX + block.maxX) / 2, (block.minZ + block.maxZ) / 2) < CITY_RADIUS)
        result.push(block);
    }
  }
  return result;
}

export interface Buildings {
  count: number;
  /** x, z (centre), width, depth, height, shade (0-1): six floats a building. */
  data: Float32Array;
}

export const BUILDING_STRIDE = 6;

/** Buildings on every lot but the tower's and the park's; taller towards the centre. */
export function cityBuildings(seed: number): Buildings {
  const random = createRandom(subSeed(seed, 'buildings'));
  const rows: number[] = [];
  for (const block of blocks()) {
    if (block.park) continue;
    for (let lx = 0; lx < 2; lx++) {
      for (let lz = 0; lz < 2; lz++) {
        const lotMinX = block.minX + lx * 40;
        const lotMinZ = block.minZ + lz * 40;
        const cx = lotMinX + 20 + between(random, -3, 3);
        const cz = lotMinZ + 20 + between(random, -3, 3);
        // The tower stands on the front middle of its block; the lots beside it keep a gap.
        if (Math.abs(cx) < 30 && cz > 0 && cz < 40) continue;
        const w = between(random, 22, 34);
        const d = between(random, 22, 34);
        const distance = Math.hypot(cx, cz);
        const downtown = Math.exp(-distance / 420);
        const tower = random() < 0.12 * downtown + 0.02;
        const h =
          9 +
          random() ** 2 * 60 * downtown +
          (tower ? between(random, 60, 180) * downtown + 30 : 0);
        rows.push(cx, cz, w, d, Math.round(h), random());
      }
    }
  }
  return { count: rows.length / BUILDING_STRIDE, data: Float32Array.from(rows) };
}

/** Low, distant blocks to the horizon: the city's far level of detail, one box a block. */
export function farBuildings(seed: number): Buildings {
  const random = createRandom(subSeed(seed, 'far'));
  const rows: number[] = [];
  for (let r = CITY_RADIUS + 60; r < FAR_RADIUS; r += 110) {
    const around = Math.floor((2 * Math.PI * r) / 120);
    for (let k = 0; k < around; k++) {
      const angle = (k / around) * Math.PI * 2 + between(random, -0.02, 0.02);
      rows.push(
        Math.cos(angle) * r,
        Math.sin(angle) * r,
        between(random, 40, 90),
        between(random, 40, 90),
        Math.round(8 + random() ** 2 * 50),
        random(),
      );
    }
  }
  return { count: rows.length / BUILDING_STRIDE, data: Float32Array.from(rows) };
}

export interface Trees {
  count: number;
  /** x, z, height, crown radius: four floats a tree. */
  data: Float32Array;
}

export const TREE_STRIDE = 4;

/** Street trees along the avenue, a park full of them across it, and some in the other streets. */
export function cityTrees(seed: number): Trees {
  const random = createRandom(subSeed(seed, 'trees'));
  const rows: number[] = [];
  const add = (x: number, z: number) =>
    rows.push(x, z, between(random, 6, 11), between(random, 2.2, 3.6));
  for (let x = -CITY_RADIUS * 0.6; x <= CITY_RADIUS * 0.6; x += 9) {
    if (Math.abs(x) < 14) continue; // the tower's own entrance
    add(x + between(random, -1, 1), AVENUE.near - 3);
    add(x + between(random, -1, 1), AVENUE.far + 3);
  }
  const park = blocks().find((b) => b.park);
  if (park) {
    for (let t = 0; t < 260; t++)
      add(
        between(random, park.minX + 3, park.maxX - 3),
        between(random, park.minZ + 3, park.maxZ - 3),
      );
  }
  for (let t = 0; t < 500; t++) {
    // Along the north-south streets, on their sidewalks.
    const street = Math.round(between(random, -7, 7));
    const x = PITCH * street + BLOCK / 2 + (random() < 0.5 ? 3 : 17);
    const z = between(random, -CITY_RADIUS * 0.7, CITY_RADIUS * 0.7);
    if (z < AVENUE.near && z > AVENUE.far) continue;
    add(x, z);
  }
  return { count: rows.length / TREE_STRIDE, data: Float32Array.from(rows) };
}

export interface Lanes {
  count: number;
  /** start x, start z, direction x, direction z, length, speed (m/s), phase (m), shade: eight floats a car. */
  data: Float32Array;
}

export const CAR_STRIDE = 8;

/** Cars driving along the avenue and the cross streets. */
export function cityCars(seed: number): Lanes {
  const random = createRandom(subSeed(seed, 'cars'));
  const rows: number[] = [];
  const length = CITY_RADIUS * 1.4;
  // The avenue: two lanes each way, right-hand traffic.
  const avenueLanes: [number, number][] = [
    [-9, 1],
    [-15, 1],
    [-25, -1],
    [-31, -1],
  ];
  for (const [z, dir] of avenueLanes) {
    for (let c = 0; c < 14; c++) {
      rows.push(
        -dir * (length / 2),
        z,
        dir,
        0,
        length,
        between(random, 9, 14),
        between(random, 0, length),
        random(),
      );
    }
  }
  for (let s = -6; s <= 6; s++) {
    const x = PITCH * s + BLOCK / 2 + 10;
    for (const [offset, dir] of [
      [-3, -1],
      [3, 1],
    ] as const) {
      for (let c = 0; c < 3; c++) {
        rows.push(
          x + offset,
          -dir * (length / 2),
          0,
          dir,
          length,
          between(random, 7, 12),
          between(random, 0, length),
          random(),
        );
      }
    }
  }
  return { count: rows.length / CAR_STRIDE, data: Float32Array.from(rows) };
}

/** Where a car is along its lane at time t (s). */
export function carPosition(
  data: Float32Array,
  car: number,
  t: number,
): { x: number; z: number; heading: number } {
  const i = car * CAR_STRIDE;
  const [sx, sz, dx, dz, length, speed, phase] = [0, 1, 2, 3, 4, 5, 6].map(
    (k) => data[i + k] as number,
  ) as [number, number, number, number, number, number, number];
  const along = (((phase + speed * t) % length) + length) % length;
  return { x: sx + dx * along, z: sz + dz * along, heading: Math.atan2(dx, dz) };
}
