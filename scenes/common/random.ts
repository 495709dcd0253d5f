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

/**
 * `count` kinds dealt in exactly the given shares (in %, scaled down together when they pass 100;
 * `rest` takes what is left), by largest remainder so the counts add up, then shuffled by the
 * seed: the same seed deals the same kinds to the same places every session.
 */
export function dealShares<K extends string>(
  count: number,
  asked: readonly (readonly [K, number])[],
  rest: K,
  seed: number,
): K[] {
  const total = asked.reduce((sum, [, share]) => sum + share, 0);
  const scale = total > 100 ? 100 / total : 1;
  const shares: [K, number][] = asked.map(([kind, share]) => [kind, share * scale]);
  shares.push([rest, 100 - shares.reduce((sum, [, share]) => sum + share, 0)]);
  const counts = shares.map(([kind, share]) => {
    const exact = (count * share) / 100;
    return { kind, exact, count: Math.floor(exact) };
  });
  let left = count - counts.reduce((sum, c) => sum + c.count, 0);
  for (const c of [...counts].sort(
    (a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)),
  )) {
    if (left <= 0) break;
    c.count++;
    left--;
  }
  const list = counts.flatMap((c) => Array.from({ length: c.count }, () => c.kind));
  const random = createRandom(seed);
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as K, list[i] as K];
  }
  return list;
}
