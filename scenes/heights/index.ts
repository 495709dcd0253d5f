import { units } from '../common/units';
import type { SceneDefinition } from '../types';
import { defineMessages } from '../types';
import { standingArea } from './floor';
import { type HeightsParams, heightsLevels, heightsParamSpecs } from './levels';

const m = defineMessages({
  title: { id: 'scene.heights.title', defaultMessage: 'Heights' },
  description: {
    id: 'scene.heights.description',
    defaultMessage:
      'A roof terrace above a city, from a 3 m balcony to a plank 300 m up, with wind and a view straight down.',
  },
  fear: { id: 'scene.heights.fear', defaultMessage: 'Fear of heights' },
  lookDownShare: { id: 'scene.heights.lookDownShare', defaultMessage: 'Time spent looking down' },
  closestToEdge: { id: 'scene.heights.closestToEdge', defaultMessage: 'Closest to the edge' },
  secondsBeyondEdge: {
    id: 'scene.heights.secondsBeyondEdge',
    defaultMessage: 'Time past the edge (plank or glass)',
    description: 'Time spent standing out past the edge, on the plank or on the glass floor',
  },
  lookDownTaskDone: {
    id: 'scene.heights.lookDownTaskDone',
    defaultMessage: 'Look-down task completed',
  },
});

export const heightsScene: SceneDefinition<HeightsParams> = {
  id: 'heights',
  title: m.title,
  description: m.description,
  fear: m.fear,
  params: heightsParamSpecs,
  levels: heightsLevels,
  measures: [
    { name: 'lookDownShare', label: m.lookDownShare, unit: units.percent },
    { name: 'closestToEdge', label: m.closestToEdge, unit: units.metres },
    { name: 'secondsBeyondEdge', label: m.secondsBeyondEdge, unit: units.seconds },
    { name: 'lookDownTaskDone', label: m.lookDownTaskDone, yesNo: true },
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
