// What the person can do during the exposure, the same from every control: the page's buttons, the
// headset's panel and the keys. Which controls are open, and the event each one logs. Pure.

import { LEVEL_COUNT } from '../../../scenes/types';
import { defineMessages, type Phrase, phrase } from '../phrase';
import type { PauseReason, SessionEvent, StopVia } from './events';
import { REST_AFTER_MS, type SessionState } from './machine';

const m = defineMessages({
  restOffer: {
    id: 'controls.restOffer',
    defaultMessage:
      'You have been at it for {minutes, plural, one {# minute} other {# minutes}}. A rest in the calm place?',
    description: 'Offered during a long exposure; the calm place is a quiet scene to rest in',
  },
  promptQuestion: {
    id: 'controls.promptQuestion',
    defaultMessage: 'Time for a rating: how distressed are you now?',
    description: 'Asked every few minutes during the exposure, for a rating from 0 to 100',
  },
});

/** An event as a control causes it; the session stamps its time. */
export type ControlEvent = SessionEvent extends infer E
  ? E extends SessionEvent
    ? Omit<E, 'at'>
    : never
  : never;

/** What the exposure's controls show. */
export interface ExposureControls {
  level: number;
  canLevelDown: boolean;
  canLevelUp: boolean;
  paused: boolean;
  pausedFor: PauseReason | null;
  pacerShown: boolean;
  /** A rest in the calm place is offered: it is due, and the person has not put it off. */
  restOffered: boolean;
  /** A rating is asked for: answered by rating, or skipped. */
  promptOpen: boolean;
}

/** What the controls know besides the session: the prompt clock, the rest clock, the person. */
export interface ExposureContext {
  promptOpen: boolean;
  restDue: boolean;
  restDismissed: boolean;
}

/** The exposure is on: running, or paused, and not yet stopped. */
export function exposing(state: SessionState | null): state is SessionState {
  return state?.phase === 'running' || state?.phase === 'paused';
}

export function exposureControls(state: SessionState, context: ExposureContext): ExposureControls {
  return {
    level: state.level,
    canLevelDown: levelStep(state, -1) !== null,
    canLevelUp: levelStep(state, 1) !== null,
    paused: state.phase === 'paused',
    pausedFor: state.phase === 'paused' ? (state.pausedFor ?? null) : null,
    pacerShown: state.pacer !== null,
    restOffered: context.restDue && !context.restDismissed,
    promptOpen: context.promptOpen,
  };
}

/** The level one step down (-1) or up (+1), or null past the first or the last. */
export function levelStep(state: SessionState, step: -1 | 1): number | null {
  const level = state.level + step;
  return level >= 1 && level <= LEVEL_COUNT ? level : null;
}

/** Pause, or resume a paused exposure: one control does both. */
export function pauseOrResume(state: SessionState): ControlEvent {
  return state.phase === 'paused' ? RESUME : { type: 'pause', reason: 'person' };
}

export const RESUME: ControlEvent = { type: 'resume' };
export const TAKE_REST: ControlEvent = { type: 'pause', reason: 'rest' };
export const SKIP_PROMPT: ControlEvent = { type: 'prompt-skipped', missed: false };
/** Finishing is a stop that is not early: the exposure ran as long as the person meant it to. */
export const FINISH: ControlEvent = { type: 'stop', early: false, via: 'finish-button' };

/** A rating given by the person; the session marks whether it answers a prompt. */
export function rating(suds: number): ControlEvent {
  return { type: 'suds', suds, prompted: false };
}

export function stopEarly(via: StopVia): ControlEvent {
  return { type: 'stop', early: true, via };
}

/** The offer of a rest, in the person's words. */
export const REST_OFFER: Phrase = phrase(m.restOffer, { minutes: REST_AFTER_MS / 60_000 });
/** The prompt's question: a rating is due. */
export const PROMPT_QUESTION: Phrase = phrase(m.promptQuestion);
