import { units } from '../common/units';
import type { SceneDefinition } from '../types';
import { defineMessages } from '../types';
import { jarPlace, looseSurface, SEATED_EYE, standingArea, TABLE } from './layout';
import { MAX_SPIDERS, type SpidersParams, spidersLevels, spidersParamSpecs } from './levels';

const m = defineMessages({
  title: { id: 'scene.spiders.title', defaultMessage: 'Spiders' },
  description: {
    id: 'scene.spiders.description',
    defaultMessage:
      'Sit at a table in a quiet room, from a drawing of a spider on the wall to spiders walking onto your hand.',
  },
  fear: { id: 'scene.spiders.fear', defaultMessage: 'Fear of spiders' },
  closestStayed: {
    id: 'scene.spiders.closestStayed',
    defaultMessage: 'Closest you stayed with a spider',
    description: 'The nearest a spider was, held for at least a few seconds, in metres',
  },
  lookingShare: {
    id: 'scene.spiders.lookingShare',
    defaultMessage: 'Time looking at a spider',
  },
  closestHand: {
    id: 'scene.spiders.closestHand',
    defaultMessage: 'Closest a spider came to your hand',
  },
  handSeconds: {
    id: 'scene.spiders.handSeconds',
    defaultMessage: 'Time with a spider on your hand',
  },
});

/** Radians from level (down is negative): the desktop view starts looking where the spiders are. */
function gaze(p: SpidersParams): number {
  if (p.look === 'drawing') return 0;
  const lower = (y: number, ahead: number) => -Math.atan2(SEATED_EYE - y, ahead) + 0.08;
  if (p.jar !== 'none') {
    const jar = jarPlace(p.distance, p.size / 100);
    return lower(jar.y, Math.hypot(jar.x, jar.z));
  }
  const surface = looseSurface(p.distance);
  if (surface.name === 'wall') return 0;
  if (surface.name === 'floor') return lower(0, 2);
  return lower(TABLE.top, 0.75);
}

export const spidersScene: SceneDefinition<SpidersParams> = {
  id: 'spiders',
  title: m.title,
  description: m.description,
  fear: m.fear,
  params: spidersParamSpecs,
  levels: spidersLevels,
  measures: [
    { name: 'closestStayed', label: m.closestStayed, unit: units.metres },
    { name: 'lookingShare', label: m.lookingShare, unit: units.percent },
    { name: 'closestHand', label: m.closestHand, unit: units.metres },
    { name: 'handSeconds', label: m.handSeconds, unit: units.seconds },
  ],
  standing: () => standingArea(),
  gaze,
  // The same step with one spider more or fewer where there are several, and other places and
  // walks (the new seed); size, distance and how they move are the step's difficulty and stay.
  vary: (params, random) => ({
    spiders:
      params.spiders <= 1
        ? params.spiders
        : Math.max(2, Math.min(MAX_SPIDERS, params.spiders + (random() < 0.5 ? -1 : 1))),
  }),
  load: () => import('./SpidersScene'),
};
