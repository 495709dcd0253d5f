// What the train's announcements say, shown as a caption after a chime: the next station, and
// the lines of a delay in the tunnel, calm and matter-of-fact as real ones are.
import { defineMessages, type Text } from '../types';
import type { Line } from './timeline';

const m = defineMessages({
  nextStation: {
    id: 'scene.metro.line.nextStation',
    defaultMessage: 'The next station is {station}.',
  },
  delay: {
    id: 'scene.metro.line.delay',
    defaultMessage:
      'We are being held here for a short while because of a delay ahead. We will be moving shortly.',
  },
  signal: {
    id: 'scene.metro.line.signal',
    defaultMessage:
      'This train is waiting at a red signal. We expect to move again in a few minutes.',
  },
  patience: {
    id: 'scene.metro.line.patience',
    defaultMessage:
      'Thank you for your patience. We will be on our way again as soon as the line ahead is clear.',
  },
  trainAhead: {
    id: 'scene.metro.line.trainAhead',
    defaultMessage:
      'We are waiting for the train ahead of us to leave the next station. Sorry for the delay.',
  },
});

export const announcementText: Record<Line, Text> = m;
