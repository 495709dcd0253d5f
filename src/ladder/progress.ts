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
  if (lastTwo.length === 2 && lastTwo.every(endedAtHalfPeak)) {
    return {
      kind: 'up',
      title: 'Ready for the next step',
      reason: `Your last two sessions at this step each ended at half their peak or lower (${lastTwo.map(peakToEnd).join('; ')}).`,
    };
  }
  const fall = expectancyFall(last);
  if (fall !== null && fall >= EXPECTANCY_FALL) {
    return {
      kind: 'up',
      title: 'Ready for the next step',
      reason: `In your last session, how likely your feared outcome felt fell by ${fall} points (from ${last.likelihoodBefore} % to ${last.likelihoodAfter} %).`,
    };
  }
  if (counted.length === 1) {
    return {
      kind: 'repeat',
      title: 'Repeat this step',
      reason: endedAtHalfPeak(last)
        ? `Your first session here ended at half its peak or lower (${peakToEnd(last)}); one more like it and the next step is suggested.`
        : `Your first session here ended above half its peak (${peakToEnd(last)}). Staying with it until distress falls is what helps.`,
    };
  }
  const above = lastTwo.filter((s) => !endedAtHalfPeak(s));
  return {
    kind: 'repeat',
    title: 'Repeat this step',
    reason:
      above.length === 2
        ? `Your last two sessions here ended above half their peak (${lastTwo.map(peakToEnd).join('; ')}). Staying with it until distress falls is what helps.`
        : `One of your last two sessions here ended above half its peak (${above.map(peakToEnd).join('; ')}); two in a row at half or lower suggest the next step.`,
  };
}
