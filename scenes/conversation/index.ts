import { units } from '../common/units';
import type { SceneDefinition } from '../types';
import { defineMessages } from '../types';
import { type ConversationParams, conversationLevels, conversationParamSpecs } from './levels';

const m = defineMessages({
  title: { id: 'scene.conversation.title', defaultMessage: 'A conversation in a café' },
  description: {
    id: 'scene.conversation.description',
    defaultMessage:
      'Be greeted, order, and talk with people at a café table who ask, wait for your answer and react, from a barista far away to a cool, critical group.',
  },
  fear: {
    id: 'scene.conversation.fear',
    defaultMessage: 'Fear of talking with people',
  },
  answered: {
    id: 'scene.conversation.answered',
    defaultMessage: 'I answered',
    description: 'The person tells the scene they have answered the question said to them',
  },
  facesShare: {
    id: 'scene.conversation.facesShare',
    defaultMessage: 'Time looking at faces',
  },
  mutualGazeSeconds: {
    id: 'scene.conversation.mutualGazeSeconds',
    defaultMessage: 'Time your eyes met someone’s',
    description: 'Seconds of mutual gaze: the person and someone in the café looked at each other',
  },
  answers: {
    id: 'scene.conversation.answers',
    defaultMessage: 'Questions you answered',
  },
  answerSeconds: {
    id: 'scene.conversation.answerSeconds',
    defaultMessage: 'Wait before answering (microphone)',
    description: 'The average time from the end of a question to the person starting to speak',
  },
  speakingSeconds: {
    id: 'scene.conversation.speakingSeconds',
    defaultMessage: 'Time speaking (microphone)',
  },
  awaySeconds: {
    id: 'scene.conversation.awaySeconds',
    defaultMessage: 'Time looking away while spoken to',
    description:
      'Seconds the person looked away from every face (phone, window, floor) while someone talked to them',
  },
});

export const conversationScene: SceneDefinition<ConversationParams> = {
  id: 'conversation',
  title: m.title,
  description: m.description,
  fear: m.fear,
  params: conversationParamSpecs,
  levels: conversationLevels,
  measures: [
    { name: 'facesShare', label: m.facesShare, unit: units.percent },
    { name: 'mutualGazeSeconds', label: m.mutualGazeSeconds, unit: units.seconds },
    { name: 'answers', label: m.answers },
    { name: 'answerSeconds', label: m.answerSeconds, unit: units.seconds },
    { name: 'speakingSeconds', label: m.speakingSeconds, unit: units.seconds },
    { name: 'awaySeconds', label: m.awaySeconds, unit: units.seconds },
  ],
  actions: [{ name: 'answered', label: m.answered, key: 'KeyA', keyLabel: 'A' }],
  listens: (params) => params.microphone,
  // A couple more or fewer at the other tables (the new seed brings new faces and questions); who
  // is at the person's table, and how they are, is the step's difficulty and stays.
  vary: (params, random) => ({
    guests: Math.max(0, Math.min(16, params.guests + (random() < 0.5 ? -2 : 2))),
  }),
  load: () => import('./ConversationScene'),
};
