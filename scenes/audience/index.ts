import type { SceneDefinition } from '../types';
import { type AudienceParams, audienceLevels, audienceParamSpecs } from './levels';

export const audienceScene: SceneDefinition<AudienceParams> = {
  id: 'audience',
  title: 'Speaking to an audience',
  description:
    'Speak from a lectern to a room that reacts, from an empty meeting room to a hall of a hundred.',
  params: audienceParamSpecs,
  levels: audienceLevels,
  measures: [
    { name: 'membersLookedAt', label: 'People you looked at (1 s or more)' },
    { name: 'audienceShare', label: 'Time looking at the audience', unit: '%' },
    { name: 'notesShare', label: 'Time looking at your notes', unit: '%' },
    { name: 'speakingSeconds', label: 'Time speaking (microphone)', unit: 's' },
  ],
  heavy: (params) => params.audienceSize > 30,
  load: () => import('./AudienceScene'),
};
