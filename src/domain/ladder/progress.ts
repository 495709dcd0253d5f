// The progress rule: from the sessions at one step of the ladder, whether to step up, repeat or
// step down, with the reason in words. A suggestion only; the person decides. Pure.
// The rule and its sources are in docs/PROTOCOL.md.

import type { SessionStatus } from '../session/events';

/** What the rule needs of one session at a step. */
export interface StepSession {
  startedAt: number;
  status: SessionStatus;
  /** Highest SUDS of the session (before, during or at the end). */
  peak: number;
  /** SUDS at the end (the after-question, else the last rating). */
  end: number;
  /** How likely the feared outcome felt before and after, 0-100 %, when both were given. */
  likelihoodBefore?: number;
  likelihoodAfter?: number;
  /** The intensity was lowered below the step's level during the session. */
  eased?: boolean;
}

export type SuggestionKind = 'up' | 'repeat' | 'down' | 'start';

export interface Suggestion {
  kind: SuggestionKind;
  /** A short title, e.g. "Ready for the next step". */
  title: string;
  /** Why, in the person's terms. */
  reason: string;
}

/** Peak SUDS at or above this, in a session stopped early, counts towards a step down. */
export const OVERWHELMED_PEAK = 90;
/** A fall of the feared outcome's likelihood by this many points or more suggests stepping up. */
export const EXPECTANCY_FALL = 30;

/** Sessions the rule counts: ended ones. An interrupted session tells nothing about how it ended. */
export function countedSessions(sessions: readonly StepSession[]): StepSession[] {
  return sessions
    .filter((s) => s.status === 'completed' || s.status === 'stopped-early')
    .sort((a, b) => a.startedAt - b.startedAt);
}

export const endedAtHalfPeak = (s: StepSession): boolean => s.end <= s.peak / 2;

/**
 * Only a session finished at the step's level counts towards the next step: relief after
 * escaping, or calm at an easier level, is not the step getting easier.
 */
export const countsTowardsNext = (s: StepSession): boolean => s.status === 'completed' && !s.eased;

const whyNotCounted = (s: StepSession) =>
  s.status !== 'completed' ? 'stopped early' : 'eased to a lower level';

function expectancyFall(s: StepSession): number | null {
  if (s.likelihoodBefore === undefined || s.likelihoodAfter === undefined) return null;
  return s.likelihoodBefore - s.likelihoodAfter;
}

const peakToEnd = (s: StepSession) => `peak ${s.peak}, end ${s.end}`;

export function suggestNext(sessions: readonly StepSession[]): Suggestion {
  const counted = countedSessions(sessions);
  const last = counted.at(-1);
  if (!last) {
    return {
      kind: 'start',
      title: 'Not practised yet',
      reason: 'You have not finished a session at this step yet.',
    };
  }
  const lastTwo = counted.slice(-2);
  // Safety first: two early stops at extreme distress outweigh any sign of progress.
  if (
    lastTwo.length === 2 &&
    lastTwo.every((s) => s.status === 'stopped-early' && s.peak >= OVERWHELMED_PEAK)
  ) {
    return {
      kind: 'down',
      title: 'Try a step down',
      reason: `Your last two sessions at this step were stopped early with distress at ${OVERWHELMED_PEAK} or higher (${lastTwo.map(peakToEnd).join('; ')}). A smaller step first may help.`,
    };
  }
  if (lastTwo.length === 2 && lastTwo.every((x) => countsTowardsNext(x) && endedAtHalfPeak(x))) {
    return {
      kind: 'up',
      title: 'Ready for the next step',
      reason: `Your last two sessions at this step each ended at half their peak or lower (${lastTwo.map(peakToEnd).join('; ')}).`,
    };
  }
  const fall = expectancyFall(last);
  if (countsTowardsNext(last) && fall !== null && fall >= EXPECTANCY_FALL) {
    return {
      kind: 'up',
      title: 'Ready for the next step',
      reason: `In your last session, how likely your feared outcome felt fell by ${fall} points (from ${last.likelihoodBefore} % to ${last.likelihoodAfter} %).`,
    };
  }
  const notCounted = lastTwo.filter((x) => !countsTowardsNext(x));
  if (notCounted.length > 0) {
    const reasons = [...new Set(notCounted.map(whyNotCounted))].join(' or ');
    const which =
      counted.length === 1
        ? 'your first one here was'
        : notCounted.length === 2
          ? 'your last two here were'
          : 'one of your last two here was';
    return {
      kind: 'repeat',
      title: 'Repeat this step',
      reason: `Only sessions you finish at this step's level count towards the next step; ${which} ${reasons}.`,
    };
  }
  if (counted.length === 1) {
    return {
      kind: 'repeat',
      title: 'Repeat this step',
      reason: endedAtHalfPeak(last)
        ? `Your first session here ended at half its peak or lower (${peakToEnd(last)}); one more like it and the next step is suggested.`
        : `Your first session here ended above half its peak (${peakToEnd(last)}). Practising the step again is how it becomes manageable.`,
    };
  }
  const above = lastTwo.filter((s) => !endedAtHalfPeak(s));
  return {
    kind: 'repeat',
    title: 'Repeat this step',
    reason:
      above.length === 2
        ? `Your last two sessions here ended above half their peak (${lastTwo.map(peakToEnd).join('; ')}). Practising the step again is how it becomes manageable.`
        : `One of your last two sessions here ended above half its peak (${above.map(peakToEnd).join('; ')}); two in a row at half or lower suggest the next step.`,
  };
}
