// The app's addresses. Hash-based, so the built app works from any static host or folder.
import { isLevelNumber } from '../../scenes/types';

export const paths = {
  home: '/',
  review: '/review',
  settings: '/settings',
  session: '/session/:sceneId/:level',
  sessionRecord: '/sessions/:id',
  ladder: '/ladder',
  stepSession: '/steps/:stepId/session',
  about: '/about',
} as const;

export function stepSessionPath(stepId: string): string {
  return `/steps/${encodeURIComponent(stepId)}/session`;
}

export function sessionRecordPath(id: string): string {
  return `/sessions/${encodeURIComponent(id)}`;
}

export function sessionPath(sceneId: string, level: number): string {
  return `/session/${encodeURIComponent(sceneId)}/${level}`;
}

/** A level from the address, or null if it is not a whole number from 1 to 10. */
export function parseLevel(text: string | undefined): number | null {
  if (!text || !/^\d{1,2}$/.test(text)) return null;
  const level = Number(text);
  return isLevelNumber(level) ? level : null;
}
