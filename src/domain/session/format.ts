import { defineMessages, type Text } from '../phrase';
import type { SessionStatus } from './events';

const m = defineMessages({
  active: {
    id: 'format.statusActive',
    defaultMessage: 'in progress',
    description: 'A session’s status in a table of sessions: still running',
  },
  completed: {
    id: 'format.statusCompleted',
    defaultMessage: 'completed',
    description: 'A session’s status in a table of sessions: finished as planned',
  },
  stoppedEarly: {
    id: 'format.statusStoppedEarly',
    defaultMessage: 'stopped early',
    description: 'A session’s status in a table of sessions: the person stopped before the end',
  },
  interrupted: {
    id: 'format.statusInterrupted',
    defaultMessage: 'interrupted',
    description:
      'A session’s status in a table of sessions: the page was closed or reloaded while it ran',
  },
});

/** m:ss, or h:mm:ss past an hour. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const min = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(min).padStart(2, '0')}:${ss}` : `${min}:${ss}`;
}

/** A session's status in the person's words. */
export const statusWords: Record<SessionStatus, Text> = {
  active: m.active,
  completed: m.completed,
  'stopped-early': m.stoppedEarly,
  interrupted: m.interrupted,
};
