// The session log: a session record plus an append-only, ordered stream of events. These types are
// what IndexedDB stores, what export writes and what the state machine replays; each is inferred
// from its schema in schema.ts. The lists below are the only place each kind of value is named:
// schema.ts picks from them, the types are their members. Pure.
import type * as v from 'valibot';
import type {
  afterAnswersSchema,
  beforeAnswersSchema,
  placeRefSchema,
  sessionRecordSchema,
  stepRefSchema,
  storedEventSchema,
  variationSchema,
} from './schema';

/** Where an event happened: on a screen, or in a headset's immersive session. */
export const MODES = ['desktop', 'xr'] as const;

/** Why the clock was paused: the person asked, the headset hid the session, or a rest in the calm place. */
export const PAUSE_REASONS = ['person', 'hidden', 'rest'] as const;

/**
 * How a stop was asked for, in the person's terms. `controller-hold`: a controller's B or Y button
 * held for half a second; `both-hands-pinch`: both hands pinched at once; `companion`: the paired
 * companion's stop.
 */
export const STOP_VIAS = [
  'stop-button',
  'escape-key',
  'finish-button',
  'controller-hold',
  'both-hands-pinch',
  'companion',
] as const;

/** Who else may act in a session: the paired companion (absent on an event, it was the person). */
export const ACTORS = ['companion'] as const;
export type Actor = (typeof ACTORS)[number];

export const SESSION_STATUSES = ['active', 'completed', 'stopped-early', 'interrupted'] as const;

export type Mode = (typeof MODES)[number];

export type BeforeAnswers = v.InferOutput<typeof beforeAnswersSchema>;

export type AfterAnswers = v.InferOutput<typeof afterAnswersSchema>;

/** The ladder step a session practised, as it was named when the session started. */
export type StepRef = v.InferOutput<typeof stepRefSchema>;
export type PlaceRef = v.InferOutput<typeof placeRefSchema>;
/** A varied session of a ladder step: the seed it replaced and each parameter it changed. */
export type Variation = v.InferOutput<typeof variationSchema>;

export type StopVia = (typeof STOP_VIAS)[number];

export type PauseReason = (typeof PAUSE_REASONS)[number];

/** An event as stored: which session, its place in that session's order (0, 1, 2, …), and where it happened. */
export type StoredEvent = v.InferOutput<typeof storedEventSchema>;

type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event as the session makes it, before the log gives it its session, place and mode. */
export type SessionEvent = OmitEach<StoredEvent, 'sessionId' | 'seq' | 'mode'>;

export type EventType = SessionEvent['type'];

export type SessionStatus = (typeof SESSION_STATUSES)[number];

export type SessionRecord = v.InferOutput<typeof sessionRecordSchema>;
