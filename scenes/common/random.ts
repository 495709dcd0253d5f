// Seeded randomness, so a scene laid out from the same seed looks the same in every session.

/** mulberry32: small, fast and good enough for placing grass and stars. Returns values in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A value in [min, max) from a random source. */
export function between(random: () => number, min: number, max: number): number {
  return min + (max - min) * random();
}

/** Derives an independent seed for one part of a scene, so adding a part does not move the others. */
export function subSeed(seed: number, part: string): number {
  let hash = 2166136261 ^ seed;
  for (let i = 0; i < part.length; i++) {
    hash = Math.imul(hash ^ part.charCodeAt(i), 16777619);
  }
  return hash >>> 0;
}
