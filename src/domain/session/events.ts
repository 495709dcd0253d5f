// The session log: a session record plus an append-only, ordered stream of events. These types are
// what IndexedDB stores, what export writes and what the state machine replays. Pure.
import type { ParamValues } from '../../../scenes/types';
import type { Variation } from '../ladder/variation';
import type { BreathPattern } from '../pacer/patterns';

/** Where an event happened: on a screen, or in a headset's immersive session. */
export type Mode = 'desktop' | 'xr';

export interface BeforeAnswers {
  sudsNow: number;
  sudsExpected: number;
  /** The feared outcome in the person's own words, if they gave one. */
  fearedOutcome?: string;
  /** How likely that outcome feels, 0-100 %. */
  likelihood?: number;
  /** The optional cybersickness check: 16 answers, 0 (none) to 3 (severe). */
  ssq?: number[];
}

export interface AfterAnswers {
  sudsEnd: number;
  /** Did the feared outcome happen? Asked only when one was named. */
  outcomeHappened?: boolean;
  likelihoodNow?: number;
  learned?: string;
  /** The optional cybersickness check after the session. */
  ssq?: number[];
}

/** The ladder step a session practised, as it was named when the session started. */
export interface StepRef {
  id: string;
  name: string;
}

/** How a stop was asked for, in the person's terms. */
export type StopVia =
  | 'stop-button'
  | 'escape-key'
  | 'finish-button'
  /** A controller's B or Y button held for half a second. */
  | 'controller-hold'
  /** Both hands pinched at once. */
  | 'both-hands-pinch';

/** Why the clock was paused: the person asked, the headset hid the session, or a rest in the calm place. */
export type PauseReason = 'person' | 'hidden' | 'rest';

interface Base {
  /** Milliseconds since the epoch, from the device clock. */
  at: number;
}

export type SessionEvent = Base &
  (
    | {
        type: 'started';
        sceneId: string;
        level: number;
        params: ParamValues;
        seed: number;
        before: BeforeAnswers;
        promptMinutes: number;
        /** Started from a step of the person's ladder. */
        step?: StepRef;
        /** Started with the step's details varied slightly; params and seed are the varied ones. */
        variation?: Variation;
      }
    | { type: 'suds'; suds: number; prompted: boolean }
    | { type: 'prompt-skipped'; missed: boolean }
    | { type: 'intensity'; level: number; params: ParamValues; custom: boolean }
    /** The breathing pacer shown (with its pattern, also when the pattern changes) or hidden. */
    | { type: 'pacer'; visible: boolean; pattern?: BreathPattern }
    | { type: 'pause'; reason: PauseReason }
    | { type: 'resume' }
    | { type: 'xr-enter' }
    | { type: 'xr-exit' }
    | { type: 'note'; text: string }
    /** What the scene measured so far (look-down share, closest to the edge, …), latest values. */
    | { type: 'measures'; values: Record<string, number> }
    | { type: 'stop'; early: boolean; via: StopVia }
    /** After a stop, the person chose to go on with the exposure rather than end. */
    | { type: 'continue' }
    | { type: 'end'; after: AfterAnswers }
  );

export type EventType = SessionEvent['type'];

/** An event as stored: which session, its place in that session's order (0, 1, 2, …), and where it happened. */
export type StoredEvent = SessionEvent & { sessionId: string; seq: number; mode: Mode };

export type SessionStatus = 'active' | 'completed' | 'stopped-early' | 'interrupted';

export interface SessionRecord {
  id: string;
  sceneId: string;
  startedAt: number;
  status: SessionStatus;
  /** When the session ended or was found interrupted. */
  endedAt?: number;
  /** The ladder step the session practised, so a step's sessions are found without reading logs. */
  stepId?: string;
  /** The person has seen the notice that this session was interrupted. */
  noticeDismissed?: boolean;
}
