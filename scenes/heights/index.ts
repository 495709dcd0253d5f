import type { SceneDefinition } from '../types';
import { standingArea } from './floor';
import { type HeightsParams, heightsLevels, heightsParamSpecs } from './levels';

export const heightsScene: SceneDefinition<HeightsParams> = {
  id: 'heights',
  title: 'Heights',
  description:
    'A roof terrace above a city, from a 3 m balcony to a plank 300 m up, with wind and a view straight down.',
  fear: 'Fear of heights',
  params: heightsParamSpecs,
  levels: heightsLevels,
  measures: [
    { name: 'lookDownShare', label: 'Time spent looking down', unit: '%' },
    { name: 'closestToEdge', label: 'Closest to the edge', unit: 'm' },
    { name: 'secondsBeyondEdge', label: 'Time past the edge (plank or glass)', unit: 's' },
    { name: 'lookDownTaskDone', label: 'Look-down task completed', yesNo: true },
  ],
  standing: standingArea,
  // A thousand buildings, trees and cars at every level.
  heavy: () => true,
  // The new seed lays out another city below; a breeze that blows already blows a little more or less.
  vary: (params, random) =>
    params.wind > 0
      ? { wind: Math.round((params.wind + (random() < 0.5 ? -0.05 : 0.05)) * 100) / 100 }
      : {},
  load: () => import('./HeightsScene'),
};
