// When a new version of the app may be offered. Pure: the prompt and the store both ask here.
import type { Phase } from './session/machine';

/**
 * A waiting update is offered only while no session runs: a reload in the middle of an exposure
 * (or while the after-questions wait) would break it off. A session that has ended is over.
 */
export function mayOfferUpdate(ready: boolean, session: { phase: Phase } | null): boolean {
  return ready && (session === null || session.phase === 'ended');
}
