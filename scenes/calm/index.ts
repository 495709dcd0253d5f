import type { SceneDefinition } from '../types';
import { defineMessages } from '../types';
import { type CalmParams, calmLevels, calmParamSpecs } from './levels';

const m = defineMessages({
  title: { id: 'scene.calm.title', defaultMessage: 'Calm shore' },
  description: {
    id: 'scene.calm.description',
    defaultMessage:
      'A quiet shore at dusk with soft surf and grass in the breeze, for rests and breathing.',
  },
});

export const calmScene: SceneDefinition<CalmParams> = {
  id: 'calm',
  title: m.title,
  description: m.description,
  params: calmParamSpecs,
  levels: calmLevels,
  measures: [],
  load: () => import('./CalmScene'),
};
