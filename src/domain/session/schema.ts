// What a session stores, as valibot schemas: the record and every event of its log. The types in
// events.ts are inferred from these, and the import checks files against these very schemas, so
// what a file may hold cannot drift from what the app writes. Pure.
import * as v from 'valibot';
import {
  contentHash,
  level,
  name,
  num,
  params,
  paramValue,
  percent,
  plain,
  type Same,
  ssq,
  suds,
  table,
  text,
  time,
  wholeFrom,
} from '../fields';
import { type BreathPattern, PATTERN_IDS } from '../pacer/patterns';
import { ACTORS, MODES, PAUSE_REASONS, SESSION_STATUSES, STOP_VIAS } from './events';

/** The longest text a person types into one field (a feared outcome, a note). */
const WORDS_MAX = 10_000;

export const beforeAnswersSchema = plain(
  v.strictObject({
    sudsNow: suds(),
    sudsExpected: suds(),
    /** The feared outcome in the person's own words, if they gave one. */
    fearedOutcome: v.optional(text(WORDS_MAX)),
    /** How likely that outcome feels, 0-100 %. */
    likelihood: v.optional(percent()),
    /** The optional cybersickness check: 16 answers, 0 (none) to 3 (severe). */
    ssq: v.optional(ssq()),
  }),
);

export const afterAnswersSchema = plain(
  v.strictObject({
    sudsEnd: suds(),
    /** Did the feared outcome happen? Asked only when one was named. */
    outcomeHappened: v.optional(v.boolean()),
    likelihoodNow: v.optional(percent()),
    learned: v.optional(text(WORDS_MAX)),
    /** The optional cybersickness check after the session. */
    ssq: v.optional(ssq()),
  }),
);

/** The ladder step a session practised, as it was named when the session started. */
export const stepRefSchema = plain(v.strictObject({ id: name(), name: text(200) }));

/** The person's own place a session showed: its name then, and its file's hash, never the file. */
export const placeRefSchema = plain(
  v.strictObject({ id: name(), name: text(200), hash: contentHash() }),
);

export const variationSchema = plain(
  v.strictObject({
    baseSeed: num(),
    changed: table(plain(v.strictObject({ from: paramValue(), to: paramValue() }))),
  }),
);

export const breathPatternSchema = plain(
  v.strictObject({
    id: v.picklist(PATTERN_IDS),
    inhale: num(),
    holdIn: num(),
    exhale: num(),
    holdOut: num(),
  }),
);

// BreathPattern is declared beside the code that makes it; this schema is written from that type,
// and the build fails if the two part.
true satisfies Same<v.InferOutput<typeof breathPatternSchema>, BreathPattern>;

/** Where an event sits in the store: which session, its place in that session's order, where it happened. */
const storedEntries = {
  sessionId: name(),
  /** 0, 1, 2, … in the session's order. */
  seq: wholeFrom(0, Number.MAX_SAFE_INTEGER),
  /** Milliseconds since the epoch, from the device clock. */
  at: time(),
  mode: v.picklist(MODES),
};

/** Who did it, where it was not the person: the companion. */
const by = () => v.optional(v.picklist(ACTORS));

const event = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) =>
  v.strictObject({ type: v.literal(type), ...storedEntries, ...entries });

/** One event of a session's log as stored; its `type` names it, and these are all the types. */
export const storedEventSchema = plain(
  v.variant('type', [
    event('started', {
      sceneId: name(),
      level: level(),
      params: params(),
      seed: num(),
      before: beforeAnswersSchema,
      promptMinutes: num(),
      /** Started from a step of the person's ladder. */
      step: v.optional(stepRefSchema),
      /** Showed one of the person's own places. */
      place: v.optional(placeRefSchema),
      /** Started with the step's details varied slightly; params and seed are the varied ones. */
      variation: v.optional(variationSchema),
    }),
    event('suds', { suds: suds(), prompted: v.boolean() }),
    event('prompt-skipped', { missed: v.boolean() }),
    /** The companion asked for a rating now: the prompt opens at once. */
    event('rating-asked', { by: v.picklist(ACTORS) }),
    event('intensity', { level: level(), params: params(), custom: v.boolean(), by: by() }),
    /** The breathing pacer shown (with its pattern, also when the pattern changes) or hidden. */
    event('pacer', { visible: v.boolean(), pattern: v.optional(breathPatternSchema), by: by() }),
    event('pause', { reason: v.picklist(PAUSE_REASONS), by: by() }),
    event('resume', { by: by() }),
    event('xr-enter', {}),
    event('xr-exit', {}),
    event('note', { text: text(WORDS_MAX) }),
    /** What the scene measured so far (look-down share, closest to the edge, …), latest values. */
    event('measures', { values: table(num()) }),
    event('stop', { early: v.boolean(), via: v.picklist(STOP_VIAS) }),
    /** After a stop, the person chose to go on with the exposure rather than end. */
    event('continue', {}),
    event('end', { after: afterAnswersSchema }),
  ]),
  'event',
);

/** A session's record: what lists and indexes need without reading its log. */
export const sessionRecordSchema = v.strictObject({
  id: name(),
  sceneId: name(),
  startedAt: time(),
  status: v.picklist(SESSION_STATUSES),
  /** When the session ended or was found interrupted. */
  endedAt: v.optional(time()),
  /** The person has seen the notice that this session was interrupted. */
  noticeDismissed: v.optional(v.boolean()),
  /** The ladder step the session practised, so a step's sessions are found without reading logs. */
  stepId: v.optional(name()),
  /** The person's own place the session showed. */
  placeId: v.optional(name()),
});
