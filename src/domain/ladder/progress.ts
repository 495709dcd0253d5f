// The progress rule: from the sessions at one step of the ladder, whether to step up, repeat or
// step down, with the reason in words. A suggestion only; the person decides. Pure.
// The rule and its sources are in docs/PROTOCOL.md.

import { defineMessages, type Phrase, phrase } from '../phrase';
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
  title: Phrase;
  /** Why, in the person's terms. */
  reason: Phrase;
}

const m = defineMessages({
  notYet: { id: 'progress.notYet', defaultMessage: 'Not practised yet' },
  notYetReason: {
    id: 'progress.notYetReason',
    defaultMessage: 'You have not finished a session at this step yet.',
  },
  down: { id: 'progress.down', defaultMessage: 'Try a step down' },
  downReason: {
    id: 'progress.downReason',
    defaultMessage:
      'Your last two sessions at this step were stopped early with distress at {overwhelmed} or higher (peak {peak1}, end {end1}; peak {peak2}, end {end2}). A smaller step first may help.',
    description: 'peak and end are distress ratings (0-100) of the two sessions, oldest first',
  },
  up: { id: 'progress.up', defaultMessage: 'Ready for the next step' },
  upReason: {
    id: 'progress.upReason',
    defaultMessage:
      'Your last two sessions at this step each ended at half their peak or lower (peak {peak1}, end {end1}; peak {peak2}, end {end2}).',
    description: 'peak and end are distress ratings (0-100) of the two sessions, oldest first',
  },
  upExpectancy: {
    id: 'progress.upExpectancy',
    defaultMessage:
      'In your last session, how likely your feared outcome felt fell by {fall} points (from {before} % to {after} %).',
  },
  repeat: { id: 'progress.repeat', defaultMessage: 'Repeat this step' },
  notCounted: {
    id: 'progress.notCounted',
    defaultMessage:
      "Only sessions you finish at this step's level count towards the next step; {which, select, first {your first one here was {why, select, early {stopped early} eased {eased to a lower level} other {stopped early or eased to a lower level}}} both {your last two here were {why, select, early {stopped early} eased {eased to a lower level} other {stopped early or eased to a lower level}}} other {one of your last two here was {why, select, early {stopped early} eased {eased to a lower level} other {stopped early or eased to a lower level}}}}.",
    description:
      'which: the first session at the step, both of the last two, or one of the last two; why: stopped before the end, the intensity lowered during it, or some of each',
  },
  firstAtHalf: {
    id: 'progress.firstAtHalf',
    defaultMessage:
      'Your first session here ended at half its peak or lower (peak {peak}, end {end}); one more like it and the next step is suggested.',
  },
  firstAbove: {
    id: 'progress.firstAbove',
    defaultMessage:
      'Your first session here ended above half its peak (peak {peak}, end {end}). Practising the step again is how it becomes manageable.',
  },
  bothAbove: {
    id: 'progress.bothAbove',
    defaultMessage:
      'Your last two sessions here ended above half their peak (peak {peak1}, end {end1}; peak {peak2}, end {end2}). Practising the step again is how it becomes manageable.',
  },
  oneAbove: {
    id: 'progress.oneAbove',
    defaultMessage:
      'One of your last two sessions here ended above half its peak (peak {peak}, end {end}); two in a row at half or lower suggest the next step.',
  },
});

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

/** Why sessions did not count towards the next step: stopped early, eased, or some of each. */
function whyNotCounted(sessions: readonly StepSession[]): 'early' | 'eased' | 'both' {
  const early = sessions.some((s) => s.status !== 'completed');
  const eased = sessions.some((s) => s.status === 'completed');
  return early && eased ? 'both' : early ? 'early' : 'eased';
}

function expectancyFall(s: StepSession): number | null {
  if (s.likelihoodBefore === undefined || s.likelihoodAfter === undefined) return null;
  return s.likelihoodBefore - s.likelihoodAfter;
}

/** The figures of two sessions, oldest first, for a reason that names both. */
const figuresOfTwo = ([a, b]: readonly StepSession[]) => ({
  peak1: a?.peak ?? 0,
  end1: a?.end ?? 0,
  peak2: b?.peak ?? 0,
  end2: b?.end ?? 0,
});

export function suggestNext(sessions: readonly StepSession[]): Suggestion {
  const counted = countedSessions(sessions);
  const last = counted.at(-1);
  if (!last) return { kind: 'start', title: phrase(m.notYet), reason: phrase(m.notYetReason) };
  const lastTwo = counted.slice(-2);
  // Safety first: two early stops at extreme distress outweigh any sign of progress.
  if (
    lastTwo.length === 2 &&
    lastTwo.every((s) => s.status === 'stopped-early' && s.peak >= OVERWHELMED_PEAK)
  ) {
    return {
      kind: 'down',
      title: phrase(m.down),
      reason: phrase(m.downReason, { overwhelmed: OVERWHELMED_PEAK, ...figuresOfTwo(lastTwo) }),
    };
  }
  if (lastTwo.length === 2 && lastTwo.every((x) => countsTowardsNext(x) && endedAtHalfPeak(x))) {
    return { kind: 'up', title: phrase(m.up), reason: phrase(m.upReason, figuresOfTwo(lastTwo)) };
  }
  const fall = expectancyFall(last);
  if (countsTowardsNext(last) && fall !== null && fall >= EXPECTANCY_FALL) {
    return {
      kind: 'up',
      title: phrase(m.up),
      reason: phrase(m.upExpectancy, {
        fall,
        before: last.likelihoodBefore ?? 0,
        after: last.likelihoodAfter ?? 0,
      }),
    };
  }
  const repeat = (reason: Phrase): Suggestion => ({
    kind: 'repeat',
    title: phrase(m.repeat),
    reason,
  });
  const notCounted = lastTwo.filter((x) => !countsTowardsNext(x));
  if (notCounted.length > 0) {
    const which = counted.length === 1 ? 'first' : notCounted.length === 2 ? 'both' : 'one';
    return repeat(phrase(m.notCounted, { which, why: whyNotCounted(notCounted) }));
  }
  const figures = (s: StepSession) => ({ peak: s.peak, end: s.end });
  if (counted.length === 1)
    return repeat(phrase(endedAtHalfPeak(last) ? m.firstAtHalf : m.firstAbove, figures(last)));
  const above = lastTwo.filter((s) => !endedAtHalfPeak(s));
  const [one] = above;
  return repeat(
    above.length === 2 || !one
      ? phrase(m.bothAbove, figuresOfTwo(lastTwo))
      : phrase(m.oneAbove, figures(one)),
  );
}
