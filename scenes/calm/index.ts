import type { SceneDefinition } from '../types';
import { type CalmParams, calmLevels, calmParamSpecs } from './levels';

export const calmScene: SceneDefinition<CalmParams> = {
  id: 'calm',
  title: 'Calm shore',
  description:
    'A quiet shore at dusk with soft surf and grass in the breeze, for rests and breathing.',
  params: calmParamSpecs,
  levels: calmLevels,
  measures: [],
  load: () => import('./CalmScene'),
};
