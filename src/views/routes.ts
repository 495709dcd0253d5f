// The app's addresses. Hash-based, so the built app works from any static host or folder.
import { navigate, useHashLocation } from 'wouter/use-hash-location';
import { isLevelNumber } from '../../scenes/types';

/**
 * The hash location, each "%" escaped once more. The router decodes a whole address with decodeURI,
 * which turns an id's "%25" into "%" but leaves its "%3B" or "%2F" as they are; escaped again, that
 * decoding gives back the address as written, and `fromAddress` decodes each part once, whole.
 */
export function useAddress(options?: { ssrPath?: string }): [string, typeof navigate] {
  const [location] = useHashLocation(options);
  return [forRouter(location), navigate];
}
export const forRouter = (location: string) => location.replaceAll('%', '%25');
useAddress.hrefs = (href: string) => `#${href}`;

/** A part of an address as the app wrote it (encodeURIComponent), or null if it cannot be one. */
export function fromAddress(part: string | undefined): string | null {
  if (part === undefined) return null;
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Any address at all, line breaks too (a route without a path would not match across them). */
export const anyAddress = /^[\s\S]*$/;

export const paths = {
  home: '/',
  review: '/review',
  settings: '/settings',
  session: '/session/:sceneId/:level',
  sessionRecord: '/sessions/:id',
  ladder: '/ladder',
  stepSession: '/steps/:stepId/session',
  about: '/about',
  companion: '/companion',
  /** The address the person's QR code opens: the companion page with the code filled in. */
  companionWithCode: '/companion/:code',
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
