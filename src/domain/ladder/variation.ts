// Variability in practice (inhibitory learning): the same step with its details changed slightly,
// so what is learned holds beyond one exact picture. Pure: the random source is passed in.

import type { ParamValue, ParamValues, SceneDefinition } from '../../../scenes/types';
import { paramProblems } from '../../../scenes/types';
import type { Variation } from '../session/events';

export type { Variation };

export interface Varied {
  params: ParamValues;
  seed: number;
  variation: Variation;
}

/**
 * A new seed (another city below, other people in other seats) and the scene's own slight changes.
 * Changes that would leave the parameters' ranges are dropped, so a varied step is always valid.
 */
export function varyStep(
  scene: SceneDefinition,
  params: ParamValues,
  seed: number,
  random: () => number,
): Varied {
  let newSeed = seed;
  while (newSeed === seed) newSeed = 1 + Math.floor(random() * 2 ** 31);
  const proposed = scene.vary?.(params, random) ?? {};
  const next: Record<string, ParamValue> = { ...params };
  const changed: Variation['changed'] = {};
  for (const [name, to] of Object.entries(proposed)) {
    const from = params[name];
    if (from === undefined || to === undefined || to === from) continue;
    const spec = scene.params.filter((p) => p.name === name);
    if (paramProblems(spec, { [name]: to }).length > 0) continue;
    next[name] = to;
    changed[name] = { from, to };
  }
  return { params: next, seed: newSeed, variation: { baseSeed: seed, changed } };
}
