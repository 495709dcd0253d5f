// The spiders of a level: how many, where each starts and on what, each one's size and colouring,
// and which one drops from the ceiling. Seeded, so the same session shows the same spiders.
import { createRandom, subSeed } from '../common/random';
import { type Body, type Gait, newGait, placeFeet } from './gait';
import { DROP_LOW, dropAnchor, firstSurface, looseSurface, type Surface, type Vec } from './layout';
import type { SpidersParams } from './levels';
import { type Drop, newDrop, newWalker, type Rules, startingPlace, type Walker } from './walker';

export interface Spider {
  walker: Walker;
  gait: Gait;
  rules: Rules;
  /** 0-1: how dark its colouring is, and the tint of its markings. */
  shade: number;
  tint: number;
}

export interface Cast {
  spiders: Spider[];
  /** The spider on its thread, with its own body (hanging, its feet free). */
  dropper: { drop: Drop; gait: Gait; body: Body; span: number; anchor: Vec; length: number } | null;
}

/** The parameters that place the spiders; a change of any other (speed, approach) keeps them. */
export const castKey = (p: SpidersParams) =>
  `${p.look}|${p.spiders}|${p.size}|${p.jar}|${p.distance}|${p.drop}`;

export function rulesFor(p: SpidersParams, index: number, surface: Surface): Rules {
  return {
    limit: p.distance,
    approach: p.approach,
    speed: p.speed,
    unpredictable: p.unpredictable / 100,
    toHand: p.approach === 'hand' && index === 0 && surface.name !== 'jar',
  };
}

export function castSpiders(p: SpidersParams, seed: number, head: Vec): Cast {
  if (p.look === 'drawing') return { spiders: [], dropper: null };
  const random = createRandom(subSeed(seed, 'spiders'));
  const walking = p.drop ? p.spiders - 1 : p.spiders;
  const spiders: Spider[] = [];
  for (let i = 0; i < walking; i++) {
    // The first is the level's size; others a little smaller or larger.
    const span = (p.size / 100) * (i === 0 ? 1 : 0.8 + random() * 0.35);
    const surface = i === 0 ? firstSurface(p.jar, p.distance, span) : looseSurface(p.distance);
    const own = createRandom(subSeed(seed, `spider-${i}`));
    const far = p.approach === 'towards' || p.approach === 'hand';
    const body = startingPlace(surface, head, p.distance, own, far);
    spiders.push({
      walker: newWalker(surface, span, own, body),
      gait: newGait(body, span),
      rules: rulesFor(p, i, surface),
      shade: 0.6 + random() * 0.4,
      tint: random(),
    });
  }
  let dropper: Cast['dropper'] = null;
  if (p.drop) {
    const span = (p.size / 100) * 0.9;
    const anchor = dropAnchor(p.distance);
    // Head down: forward along the thread's plane is downwards.
    const body: Body = { u: 0, w: 0, heading: -Math.PI / 2 };
    const gait = newGait(body, span);
    placeFeet(gait, body);
    dropper = {
      drop: newDrop(createRandom(subSeed(seed, 'dropper'))),
      gait,
      body,
      span,
      anchor,
      length: anchor.y - DROP_LOW,
    };
  }
  return { spiders, dropper };
}
