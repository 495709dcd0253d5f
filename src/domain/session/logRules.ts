// What a session's log says about itself when a stored field is missing or was written by an older
// Foothold. Shared by the data migrations (so by the schema upgrade and the import alike), so both
// derive the same values. Pure; the events may be rows not yet validated.
import { type ParamSpec, type ParamValues, paramProblems } from '../../../scenes/types';
import type { Phrase } from '../phrase';
import type { Mode, SessionStatus } from './events';

/**
 * What is wrong with a logged session's parameter values for its scene: a name the scene has none
 * of, or a value its spec refuses. A missing one is no problem: parameters were added to scenes
 * over time, so an older session has no value for them.
 */
export function loggedParamsProblem(
  specs: readonly ParamSpec[],
  values: ParamValues,
): Phrase | null {
  const given = specs.filter((spec) => Object.hasOwn(values, spec.name));
  return paramProblems(given, values)[0] ?? null;
}

/**
 * Where each event happened, for logs written before events carried `mode`: in the headset from an
 * `xr-enter` (itself 'xr') up to the next `xr-exit` (itself 'desktop'), on the screen otherwise.
 * `events` are one session's, in seq order; the result has one mode per event.
 */
export function modesFromXr(events: readonly { readonly type?: unknown }[]): Mode[] {
  let mode: Mode = 'desktop';
  return events.map((event) => {
    if (event.type === 'xr-enter') mode = 'xr';
    else if (event.type === 'xr-exit') mode = 'desktop';
    return mode;
  });
}

/**
 * The status an ended session's record takes: that of the last stop. A `continue` after an early
 * stop goes back to the exposure, so only the stop the `end` answered counts (as summary's
 * sessionStatus has it).
 */
export function endStatus(
  events: readonly { readonly type?: unknown; readonly early?: unknown }[],
): SessionStatus {
  const stop = events.findLast((e) => e.type === 'stop');
  return stop?.early ? 'stopped-early' : 'completed';
}
