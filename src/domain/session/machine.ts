// The exposure session as a pure state machine over its own event log: every change is an event,
// the state is the events replayed, so a session read back from storage is the session as it was.
import type { ParamValues } from '../../../scenes/types';
import { type BreathPattern, patternProblem, samePattern } from '../pacer/patterns';
import { defineMessages, type Phrase, phrase } from '../phrase';
import { ssqProblem } from '../ssq';
import type {
  AfterAnswers,
  BeforeAnswers,
  Mode,
  PauseReason,
  PlaceRef,
  SessionEvent,
  StepRef,
  StopVia,
  Variation,
} from './events';
import { percentProblem, sudsProblem } from './suds';

const m = defineMessages({
  alreadyStarted: {
    id: 'events.alreadyStarted',
    defaultMessage: 'This session has already started.',
  },
  promptMinutes: {
    id: 'events.promptMinutes',
    defaultMessage: 'Prompts come every {min} to {max} minutes, not {value}.',
    description: 'How often the app asks for a distress rating',
  },
  stepWithoutName: {
    id: 'events.stepWithoutName',
    defaultMessage: 'The ladder step has no id or name.',
  },
  distressNow: { id: 'events.distressNow', defaultMessage: 'Distress now: {problem}' },
  distressExpected: {
    id: 'events.distressExpected',
    defaultMessage: 'Expected distress: {problem}',
  },
  likelihood: { id: 'events.likelihood', defaultMessage: 'How likely it feels: {problem}' },
  ssqBefore: {
    id: 'events.ssqBefore',
    defaultMessage: 'Before: {problem}',
    description: 'A problem with the cybersickness answers given before the session',
  },
  distressEnd: { id: 'events.distressEnd', defaultMessage: 'Distress at the end: {problem}' },
  likelihoodNow: {
    id: 'events.likelihoodNow',
    defaultMessage: 'How likely it feels now: {problem}',
  },
  ssqAfter: {
    id: 'events.ssqAfter',
    defaultMessage: 'After: {problem}',
    description: 'A problem with the cybersickness answers given after the session',
  },
  notStarted: { id: 'events.notStarted', defaultMessage: 'The session has not started yet.' },
  clockWentBack: {
    id: 'events.clockWentBack',
    defaultMessage: 'The device clock went back before the session started.',
  },
  ratingsDuring: {
    id: 'events.ratingsDuring',
    defaultMessage: 'Ratings are given during the session; the end rating is asked after it.',
  },
  noPromptToSkip: {
    id: 'events.noPromptToSkip',
    defaultMessage: 'There is no rating prompt to skip.',
  },
  intensityDuring: {
    id: 'events.intensityDuring',
    defaultMessage: 'The intensity can change only during the session.',
  },
  levelRange: { id: 'events.levelRange', defaultMessage: 'Levels go from 1 to 10.' },
  measuresDuring: {
    id: 'events.measuresDuring',
    defaultMessage: 'Measures are taken during the session.',
  },
  measureNumber: { id: 'events.measureNumber', defaultMessage: 'A measure must be a number.' },
  ended: { id: 'events.ended', defaultMessage: 'The session has ended.' },
  pacerNotShown: {
    id: 'events.pacerNotShown',
    defaultMessage: 'The breathing pacer is not shown.',
  },
  pacerNeedsPattern: {
    id: 'events.pacerNeedsPattern',
    defaultMessage: 'Showing the breathing pacer needs a pattern.',
  },
  pacerSamePattern: {
    id: 'events.pacerSamePattern',
    defaultMessage: 'The breathing pacer is already shown with this pattern.',
  },
  onlyDuring: { id: 'events.onlyDuring', defaultMessage: 'Only during the session.' },
  notRunning: { id: 'events.notRunning', defaultMessage: 'The session is not running.' },
  notPaused: { id: 'events.notPaused', defaultMessage: 'The session is not paused.' },
  onlyStopped: {
    id: 'events.onlyStopped',
    defaultMessage: 'Only a stopped session can be continued.',
  },
  alreadyStopped: {
    id: 'events.alreadyStopped',
    defaultMessage: 'The session has already stopped.',
  },
  afterStopping: {
    id: 'events.afterStopping',
    defaultMessage: 'The after-session questions come after stopping.',
  },
  noteWords: { id: 'events.noteWords', defaultMessage: 'A note needs some words.' },
});

export type Phase = 'running' | 'paused' | 'after' | 'ended';

export interface Rating {
  /** Device time the rating was given. */
  at: number;
  suds: number;
  prompted: boolean;
  /** Seconds since the start on the clock, pauses included: where the session curve puts it. */
  sinceStart: number;
  /** Active seconds since the start: the pauses left out, as the session clock counts. */
  activeSeconds: number;
  level: number;
  /** The breathing pacer was shown when the rating was given. */
  pacer: boolean;
}

export interface SessionState {
  sceneId: string;
  seed: number;
  step?: StepRef;
  /** The person's own place the session shows. */
  place?: PlaceRef;
  variation?: Variation;
  startedAt: number;
  promptMinutes: number;
  phase: Phase;
  before: BeforeAnswers;
  level: number;
  params: ParamValues;
  custom: boolean;
  ratings: Rating[];
  skippedPrompts: number;
  /** Active milliseconds before the current running stretch. */
  activeMs: number;
  /** Device time the current running stretch began, or null while paused or after. */
  runningSince: number | null;
  /** Active time from which the prompt clock counts (the start, the last rating or skip). */
  promptBasis: number;
  /** Active milliseconds spent at each level, not counting the current stretch at `level`. */
  levelMs: Record<number, number>;
  /** Active time at which the current level began. */
  levelSince: number;
  /** The breathing pacer while shown: its pattern, and the device time its first breath began. */
  pacer: { pattern: BreathPattern; since: number } | null;
  /** Headset time is counting: from an xr-enter to the next xr-exit or stop. */
  inHeadset: boolean;
  everInHeadset: boolean;
  /** Where the person is, from the log's xr-enter and xr-exit alone; each event is stored with it. */
  where: Mode;
  notes: string[];
  /** The scene's latest measures, as last logged. */
  measures: Record<string, number>;
  stop?: { at: number; early: boolean; via: StopVia };
  /** Why the clock is paused, while it is. */
  pausedFor?: PauseReason;
  /** Active time at which the last rest ended (or the start): a rest is offered 30 minutes on. */
  restBasis: number;
  after?: AfterAnswers;
  endedAt?: number;
  /** How many events the state was built from (the next event's seq). */
  eventCount: number;
}

export const PROMPT_MINUTES_DEFAULT = 2;
/** A rest in the calm place is offered after this much active time without one. */
export const REST_AFTER_MS = 30 * 60_000;
export const PROMPT_MINUTES_MIN = 1;
export const PROMPT_MINUTES_MAX = 5;

/** Active (unpaused) time in milliseconds at device time `now`. */
export function activeTime(state: SessionState, now: number): number {
  return state.activeMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

export interface PromptStatus {
  /** A rating is asked for now. */
  open: boolean;
  /** Active milliseconds until the next change: the prompt opening, or an open one being missed. */
  nextChangeMs: number;
  /** The open prompt has waited a whole interval unanswered. */
  missed: boolean;
}

export function promptStatus(state: SessionState, now: number): PromptStatus {
  const interval = state.promptMinutes * 60_000;
  const elapsed = activeTime(state, now) - state.promptBasis;
  if (state.phase !== 'running' && state.phase !== 'paused') {
    return { open: false, nextChangeMs: Number.POSITIVE_INFINITY, missed: false };
  }
  if (elapsed < interval) return { open: false, nextChangeMs: interval - elapsed, missed: false };
  return {
    open: true,
    nextChangeMs: Math.max(0, 2 * interval - elapsed),
    missed: elapsed >= 2 * interval,
  };
}

/** Whether a rest is due: 30 active minutes since the start or the last rest, while exposing. */
export function restDue(state: SessionState, now: number): boolean {
  return state.phase === 'running' && activeTime(state, now) - state.restBasis >= REST_AFTER_MS;
}

function problemsOfBefore(before: BeforeAnswers): Phrase | null {
  const now = sudsProblem(before.sudsNow);
  if (now) return phrase(m.distressNow, { problem: now });
  const expected = sudsProblem(before.sudsExpected);
  if (expected) return phrase(m.distressExpected, { problem: expected });
  if (before.likelihood !== undefined) {
    const likely = percentProblem(before.likelihood);
    if (likely) return phrase(m.likelihood, { problem: likely });
  }
  if (before.ssq !== undefined) {
    const ssq = ssqProblem(before.ssq);
    if (ssq) return phrase(m.ssqBefore, { problem: ssq });
  }
  return null;
}

function problemsOfAfter(after: AfterAnswers): Phrase | null {
  const end = sudsProblem(after.sudsEnd);
  if (end) return phrase(m.distressEnd, { problem: end });
  if (after.likelihoodNow !== undefined) {
    const likely = percentProblem(after.likelihoodNow);
    if (likely) return phrase(m.likelihoodNow, { problem: likely });
  }
  if (after.ssq !== undefined) {
    const ssq = ssqProblem(after.ssq);
    if (ssq) return phrase(m.ssqAfter, { problem: ssq });
  }
  return null;
}

const during = (state: SessionState) => state.phase === 'running' || state.phase === 'paused';

/** Why an event cannot happen now, in words for the person; null when it can. */
export function eventProblem(state: SessionState | null, event: SessionEvent): Phrase | null {
  if (event.type === 'started') {
    if (state) return phrase(m.alreadyStarted);
    if (
      !Number.isInteger(event.promptMinutes) ||
      event.promptMinutes < PROMPT_MINUTES_MIN ||
      event.promptMinutes > PROMPT_MINUTES_MAX
    ) {
      return phrase(m.promptMinutes, {
        min: PROMPT_MINUTES_MIN,
        max: PROMPT_MINUTES_MAX,
        value: String(event.promptMinutes),
      });
    }
    if (event.step !== undefined && (!event.step.id || !event.step.name.trim()))
      return phrase(m.stepWithoutName);
    return problemsOfBefore(event.before);
  }
  if (!state) return phrase(m.notStarted);
  if (event.at < state.startedAt) return phrase(m.clockWentBack);
  switch (event.type) {
    case 'suds':
      if (!during(state)) return phrase(m.ratingsDuring);
      return sudsProblem(event.suds);
    case 'prompt-skipped':
      return promptStatus(state, event.at).open ? null : phrase(m.noPromptToSkip);
    case 'intensity':
      if (!during(state)) return phrase(m.intensityDuring);
      return Number.isInteger(event.level) && event.level >= 1 && event.level <= 10
        ? null
        : phrase(m.levelRange);
    case 'measures':
      if (!during(state)) return phrase(m.measuresDuring);
      return Object.values(event.values).every(Number.isFinite) ? null : phrase(m.measureNumber);
    case 'pacer':
      // The pacer stays at hand after a stop, in the calm place, while the after-questions wait.
      if (!during(state) && state.phase !== 'after') return phrase(m.ended);
      if (!event.visible) return state.pacer ? null : phrase(m.pacerNotShown);
      if (!event.pattern) return phrase(m.pacerNeedsPattern);
      if (state.pacer && samePattern(state.pacer.pattern, event.pattern))
        return phrase(m.pacerSamePattern);
      return patternProblem(event.pattern);
    case 'xr-enter':
    case 'xr-exit':
      return during(state) ? null : phrase(m.onlyDuring);
    case 'pause':
    case 'rating-asked':
      return state.phase === 'running' ? null : phrase(m.notRunning);
    case 'resume':
      return state.phase === 'paused' ? null : phrase(m.notPaused);
    case 'continue':
      return state.phase === 'after' ? null : phrase(m.onlyStopped);
    case 'stop':
      return during(state) ? null : phrase(m.alreadyStopped);
    case 'end':
      if (state.phase !== 'after') return phrase(m.afterStopping);
      return problemsOfAfter(event.after);
    case 'note':
      return event.text.trim() === '' ? phrase(m.noteWords) : null;
  }
}

function leaveLevel(state: SessionState, now: number): Record<number, number> {
  const spent = activeTime(state, now) - state.levelSince;
  return { ...state.levelMs, [state.level]: (state.levelMs[state.level] ?? 0) + spent };
}

/** Freezes the running clock at `now` (pause, stop). */
function halt(state: SessionState, now: number): Pick<SessionState, 'activeMs' | 'runningSince'> {
  return { activeMs: activeTime(state, now), runningSince: null };
}

/** The state after one event. Call `eventProblem` first: this trusts the event. */
export function apply(state: SessionState | null, event: SessionEvent): SessionState {
  if (event.type === 'started') {
    return {
      sceneId: event.sceneId,
      seed: event.seed,
      ...(event.step ? { step: event.step } : {}),
      ...(event.place ? { place: event.place } : {}),
      ...(event.variation ? { variation: event.variation } : {}),
      startedAt: event.at,
      promptMinutes: event.promptMinutes,
      phase: 'running',
      before: event.before,
      level: event.level,
      params: event.params,
      custom: false,
      ratings: [],
      skippedPrompts: 0,
      activeMs: 0,
      runningSince: event.at,
      promptBasis: 0,
      levelMs: {},
      levelSince: 0,
      pacer: null,
      restBasis: 0,
      inHeadset: false,
      everInHeadset: false,
      where: 'desktop',
      notes: [],
      measures: {},
      eventCount: 1,
    };
  }
  if (!state) throw new Error(`A "${event.type}" event came before the session started`);
  const next: SessionState = { ...state, eventCount: state.eventCount + 1 };
  const now = event.at;
  switch (event.type) {
    case 'suds': {
      const active = activeTime(state, now);
      next.ratings = [
        ...state.ratings,
        {
          at: now,
          suds: event.suds,
          prompted: event.prompted,
          // Whole milliseconds, as the export writes them.
          sinceStart: Math.round(now - state.startedAt) / 1000,
          activeSeconds: active / 1000,
          level: state.level,
          pacer: state.pacer !== null,
        },
      ];
      next.promptBasis = active;
      return next;
    }
    case 'prompt-skipped':
      next.skippedPrompts = state.skippedPrompts + 1;
      // A missed prompt moves the clock one interval on; a skipped one restarts it now.
      next.promptBasis = event.missed
        ? state.promptBasis + state.promptMinutes * 60_000
        : activeTime(state, now);
      return next;
    case 'rating-asked': {
      // The prompt opens now: the clock is set one interval back (unless it is open already).
      const interval = state.promptMinutes * 60_000;
      next.promptBasis = Math.min(state.promptBasis, activeTime(state, now) - interval);
      return next;
    }
    case 'intensity':
      next.levelMs = leaveLevel(state, now);
      next.levelSince = activeTime(state, now);
      next.level = event.level;
      next.params = event.params;
      next.custom = event.custom;
      return next;
    case 'pacer':
      // A new pattern starts afresh with an in-breath.
      next.pacer = event.visible && event.pattern ? { pattern: event.pattern, since: now } : null;
      return next;
    case 'pause':
      return { ...next, ...halt(state, now), phase: 'paused', pausedFor: event.reason };
    case 'resume': {
      const resumed: SessionState = { ...next, runningSince: now, phase: 'running' };
      delete resumed.pausedFor;
      // The clock toward the next offer of a rest starts again when a rest ends.
      if (state.pausedFor === 'rest') resumed.restBasis = state.activeMs;
      return resumed;
    }
    case 'continue': {
      // Back to the exposure where it was left; the stop stays in the log, not in the state.
      const going: SessionState = { ...next, runningSince: now, phase: 'running' };
      delete going.stop;
      return going;
    }
    case 'xr-enter':
      return { ...next, inHeadset: true, everInHeadset: true, where: 'xr' };
    case 'xr-exit':
      return { ...next, inHeadset: false, where: 'desktop' };
    case 'note':
      return { ...next, notes: [...state.notes, event.text] };
    case 'measures':
      return { ...next, measures: { ...state.measures, ...event.values } };
    case 'stop':
      return {
        ...next,
        levelMs: leaveLevel(state, now),
        levelSince: activeTime(state, now),
        ...halt(state, now),
        phase: 'after',
        inHeadset: false,
        stop: { at: now, early: event.early, via: event.via },
      };
    case 'end':
      return { ...next, phase: 'ended', after: event.after, endedAt: now };
  }
}

/** The state of a session from its whole log, in order. */
export function replay(events: readonly SessionEvent[]): SessionState | null {
  let state: SessionState | null = null;
  for (const event of events) state = apply(state, event);
  return state;
}
