import type { SceneDefinition } from '../types';
import { type AudienceParams, audienceLevels, audienceParamSpecs } from './levels';

export const audienceScene: SceneDefinition<AudienceParams> = {
  id: 'audience',
  title: 'Speaking to an audience',
  description:
    'Speak from a lectern to a room that reacts, from an empty meeting room to a hall of a hundred.',
  fear: 'Fear of speaking to an audience',
  params: audienceParamSpecs,
  levels: audienceLevels,
  measures: [
    { name: 'membersLookedAt', label: 'People you looked at (1 s or more)' },
    { name: 'audienceShare', label: 'Time looking at the audience', unit: '%' },
    { name: 'notesShare', label: 'Time looking at your notes', unit: '%' },
    { name: 'speakingSeconds', label: 'Time speaking (microphone)', unit: 's' },
  ],
  heavy: (params) => params.audienceSize > 30,
  // Another mix of interested and bored listeners; hostility stays, as it sets the step's difficulty.
  vary: (params, random) => {
    const shift = [-10, -5, 5, 10][Math.floor(random() * 4)] ?? 5;
    const room = 100 - params.hostile;
    const interested = Math.max(0, Math.min(room, params.interested + shift));
    const bored = Math.max(0, Math.min(room - interested, params.bored - shift));
    return { interested, bored };
  },
  load: () => import('./AudienceScene'),
};
