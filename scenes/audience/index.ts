import { units } from '../common/units';
import type { SceneDefinition } from '../types';
import { defineMessages } from '../types';
import { type AudienceParams, audienceLevels, audienceParamSpecs } from './levels';

const m = defineMessages({
  title: { id: 'scene.audience.title', defaultMessage: 'Speaking to an audience' },
  description: {
    id: 'scene.audience.description',
    defaultMessage:
      'Speak from a lectern to a room that reacts, from an empty meeting room to a hall of a hundred.',
  },
  fear: { id: 'scene.audience.fear', defaultMessage: 'Fear of speaking to an audience' },
  membersLookedAt: {
    id: 'scene.audience.membersLookedAt',
    defaultMessage: 'People you looked at (1 s or more)',
    description: 'How many people in the audience the speaker looked at for a second or more',
  },
  audienceShare: {
    id: 'scene.audience.audienceShare',
    defaultMessage: 'Time looking at the audience',
  },
  notesShare: { id: 'scene.audience.notesShare', defaultMessage: 'Time looking at your notes' },
  mutualGazeSeconds: {
    id: 'scene.audience.mutualGazeSeconds',
    defaultMessage: 'Time your eyes met someone’s',
    description:
      'Seconds of mutual gaze: the speaker and a person in the audience looked at each other',
  },
  mutualGazeMembers: {
    id: 'scene.audience.mutualGazeMembers',
    defaultMessage: 'People whose eyes you met',
    description: 'How many people in the audience looked back at the speaker while being looked at',
  },
  speakingSeconds: {
    id: 'scene.audience.speakingSeconds',
    defaultMessage: 'Time speaking (microphone)',
    description: 'How long the speaker spoke, as heard by the microphone',
  },
});

export const audienceScene: SceneDefinition<AudienceParams> = {
  id: 'audience',
  title: m.title,
  description: m.description,
  fear: m.fear,
  params: audienceParamSpecs,
  levels: audienceLevels,
  measures: [
    { name: 'membersLookedAt', label: m.membersLookedAt },
    { name: 'audienceShare', label: m.audienceShare, unit: units.percent },
    { name: 'notesShare', label: m.notesShare, unit: units.percent },
    { name: 'mutualGazeSeconds', label: m.mutualGazeSeconds, unit: units.seconds },
    { name: 'mutualGazeMembers', label: m.mutualGazeMembers },
    { name: 'speakingSeconds', label: m.speakingSeconds, unit: units.seconds },
  ],
  heavy: (params) => params.audienceSize > 30,
  listens: (params) => params.microphone,
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
