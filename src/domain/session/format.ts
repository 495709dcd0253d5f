import type { SessionStatus } from './events';

/** m:ss, or h:mm:ss past an hour. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A session's status in the person's words. */
export const statusWords: Record<SessionStatus, string> = {
  active: 'in progress',
  completed: 'completed',
  'stopped-early': 'stopped early',
  interrupted: 'interrupted',
};
