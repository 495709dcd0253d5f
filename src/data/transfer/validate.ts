import * as v from 'valibot';
import { findScene } from '../../../scenes/registry';
import { type LadderStep, stepProblem } from '../../domain/ladder/ladder';
import { PATTERN_IDS } from '../../domain/pacer/patterns';
import type { SessionRecord, StoredEvent } from '../../domain/session/events';
import { modesFromXr } from '../../domain/session/logRules';
import { apply, eventProblem, type SessionState } from '../../domain/session/machine';
import { percentProblem, sudsProblem } from '../../domain/session/suds';
import { sessionStatus } from '../../domain/session/summary';
import { ssqProblem } from '../../domain/ssq';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  IMPORT_MAX_CHARS,
  IMPORT_MAX_EVENTS,
  IMPORT_MAX_SESSION_EVENTS,
  type ImportResult,
} from './format';
import { issueText, pathText, q, show } from './messages';

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Latest time a JavaScript Date can hold. */
const MAX_TIME = 8.64e15;

const num = () =>
  v.pipe(
    v.number(),
    v.check(
      (n: number) => Number.isFinite(n),
      (i) => `${show(i.input)} is not a usable number`,
    ),
  );
const text = (max: number) =>
  v.pipe(
    v.string(),
    v.check(
      (s) => s.length <= max,
      (i) => `text of ${(i.input as string).length} characters, longer than ${max}`,
    ),
  );
const name = () =>
  v.pipe(
    v.string(),
    v.check(
      (s) => s.length >= 1 && s.length <= 200,
      (i) => `${show(i.input)} is not a name of 1 to 200 characters`,
    ),
  );
const time = () =>
  v.pipe(
    v.number(),
    v.check(
      (t) => Number.isFinite(t) && t >= 0 && t <= MAX_TIME,
      (i) => `${show(i.input)} is not a time (milliseconds since 1970)`,
    ),
  );
const suds = () =>
  v.pipe(
    v.number(),
    v.check(
      (n) => sudsProblem(n) === null,
      (i) => sudsProblem(i.input) ?? '',
    ),
  );
const percent = () =>
  v.pipe(
    v.number(),
    v.check(
      (n) => percentProblem(n) === null,
      (i) => percentProblem(i.input) ?? '',
    ),
  );
const wholeFrom = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.check(
      (n) => Number.isInteger(n) && n >= min && n <= max,
      (i) => `${show(i.input)} is not a whole number from ${min} to ${max}`,
    ),
  );
const level = () =>
  v.pipe(
    v.number(),
    v.check(
      (n) => Number.isInteger(n) && n >= 1 && n <= 10,
      (i) => `${show(i.input)} is not a level: levels go from 1 to 10`,
    ),
  );

/** A name → value object: no list, and no key that could reach an object's prototype. */
const table = <T extends v.GenericSchema>(value: T) =>
  v.pipe(
    v.custom<Record<string, unknown>>(
      (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
      (i) => `expected an object of names and values, found ${show(i.input)}`,
    ),
    v.check(
      (x) => !Object.keys(x).some((k) => RESERVED_KEYS.has(k)),
      (i) =>
        `${show(Object.keys(i.input).find((k) => RESERVED_KEYS.has(k)))} cannot be a name here`,
    ),
    v.record(v.string(), value),
  );

const params = () => table(v.union([v.string(), num(), v.boolean()]));

/** valibot's objects take lists too (their indexes as keys); a list is never one of ours. */
const plain = <T extends v.GenericSchema>(schema: T, what = 'an object') =>
  v.pipe(
    v.custom<unknown>(
      (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
      (i) => `expected ${what}, found ${show(i.input)}`,
    ),
    schema,
  );

const ssq = () =>
  v.pipe(
    v.array(v.unknown()),
    v.check(
      (a) => ssqProblem(a) === null,
      (i) => ssqProblem(i.input) ?? '',
    ),
    v.transform((a) => a as number[]),
  );

const before = plain(
  v.strictObject({
    sudsNow: suds(),
    sudsExpected: suds(),
    fearedOutcome: v.optional(text(10_000)),
    likelihood: v.optional(percent()),
    ssq: v.optional(ssq()),
  }),
);

const after = plain(
  v.strictObject({
    sudsEnd: suds(),
    outcomeHappened: v.optional(v.boolean()),
    likelihoodNow: v.optional(percent()),
    learned: v.optional(text(10_000)),
    ssq: v.optional(ssq()),
  }),
);

const stepRef = plain(v.strictObject({ id: name(), name: text(200) }));

const variation = plain(
  v.strictObject({
    baseSeed: num(),
    changed: table(
      plain(
        v.strictObject({
          from: v.union([v.string(), num(), v.boolean()]),
          to: v.union([v.string(), num(), v.boolean()]),
        }),
      ),
    ),
  }),
);

const steps = v.array(
  plain(
    v.strictObject({
      id: name(),
      sceneId: name(),
      name: text(200),
      level: level(),
      params: params(),
      custom: v.boolean(),
      expectedSuds: v.nullable(suds()),
      position: wholeFrom(0, IMPORT_MAX_EVENTS),
      createdAt: time(),
    }),
    'a step (an object)',
  ),
);

const pattern = plain(
  v.strictObject({
    id: v.picklist(PATTERN_IDS),
    inhale: num(),
    holdIn: num(),
    exhale: num(),
    holdOut: num(),
  }),
);

function sessionsSchema(version: 1 | 2 | 3) {
  const withMode = version >= 2;
  const common = {
    sessionId: name(),
    seq: wholeFrom(0, Number.MAX_SAFE_INTEGER),
    at: time(),
    mode: withMode
      ? v.picklist(['desktop', 'xr'])
      : v.optional(v.never('a version 1 export has no mode: it came later')),
  };
  const event = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) =>
    v.strictObject({ type: v.literal(type), ...common, ...entries });
  const events = v.array(
    plain(
      v.variant('type', [
        event('started', {
          sceneId: name(),
          level: level(),
          params: params(),
          seed: num(),
          before,
          promptMinutes: num(),
          step: v.optional(stepRef),
          variation: v.optional(variation),
        }),
        event('suds', { suds: suds(), prompted: v.boolean() }),
        event('prompt-skipped', { missed: v.boolean() }),
        event('intensity', { level: level(), params: params(), custom: v.boolean() }),
        event('pacer', { visible: v.boolean(), pattern: v.optional(pattern) }),
        event('pause', { reason: v.picklist(['person', 'hidden', 'rest']) }),
        event('resume', {}),
        event('xr-enter', {}),
        event('xr-exit', {}),
        event('note', { text: text(10_000) }),
        event('measures', { values: table(num()) }),
        event('stop', {
          early: v.boolean(),
          via: v.picklist([
            'stop-button',
            'escape-key',
            'finish-button',
            'controller-hold',
            'both-hands-pinch',
          ]),
        }),
        event('continue', {}),
        event('end', { after }),
      ]),
      'an event (an object)',
    ),
  );
  return v.array(
    plain(
      v.strictObject({
        id: name(),
        sceneId: name(),
        startedAt: time(),
        status: v.picklist(['active', 'completed', 'stopped-early', 'interrupted']),
        endedAt: v.optional(time()),
        noticeDismissed: v.optional(v.boolean()),
        stepId:
          version >= 3
            ? v.optional(name())
            : v.optional(v.never('an export before version 3 has no ladder steps')),
        events,
      }),
    ),
  );
}

function fileSchema(version: 1 | 2 | 3) {
  return v.strictObject({
    format: v.literal(EXPORT_FORMAT),
    formatVersion: v.literal(version),
    appVersion: v.pipe(
      v.string(),
      v.check(
        (s) => s.length >= 1 && s.length <= 100,
        (i) => `${show(i.input)} is not a version of 1 to 100 characters`,
      ),
    ),
    exportedAt: v.pipe(
      v.string(),
      v.check(
        (s) =>
          /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
          !Number.isNaN(Date.parse(s)),
        (i) => `${show(i.input)} is not a date and time (ISO 8601)`,
      ),
    ),
    sessions: sessionsSchema(version),
    steps:
      version >= 3 ? steps : v.optional(v.never('an export before version 3 has no ladder steps')),
  });
}

const schemas = { 1: fileSchema(1), 2: fileSchema(2), 3: fileSchema(3) } as const;

// ---------------------------------------------------------------------------------------------
// Import

type ParsedSession = SessionRecord & { events: StoredEvent[] };

/**
 * Why a session's record and log cannot be imported, or null. Fills in what the app would have
 * written: `active` becomes `interrupted`, a missing `endedAt` the time the log ended.
 */
function sessionProblem(session: ParsedSession, where: string): string | null {
  let state: SessionState | null = null;
  for (const [j, event] of session.events.entries()) {
    const at = `${where}.events[${j}]`;
    if (event.sessionId !== session.id)
      return `${at}.sessionId: ${q(event.sessionId)} is not this session's id ${q(session.id)}`;
    if (event.seq !== j)
      return `${at}.seq: ${event.seq} where ${j} comes next (seq counts 0, 1, 2, … with no gaps)`;
    if (j === 0 && event.type !== 'started')
      return `${at}.type: a session's log begins with "started", not ${q(event.type)}`;
    const problem = eventProblem(state, event);
    if (problem) return `${at}: ${problem}`;
    state = apply(state, event);
  }
  if (!state) return `${where}.events: empty; a session's log begins with "started"`;
  if (session.sceneId !== state.sceneId)
    return `${where}.sceneId: ${q(session.sceneId)}, but the log started ${q(state.sceneId)}`;
  if (session.startedAt !== state.startedAt)
    return `${where}.startedAt: ${session.startedAt}, but the log started at ${state.startedAt}`;
  if (session.stepId !== undefined && session.stepId !== state.step?.id)
    return `${where}.stepId: ${q(session.stepId)}, but the log started ${state.step ? `at the step ${q(state.step.id)}` : 'at no step'}`;
  if (state.step) session.stepId = state.step.id;
  if (state.phase === 'ended') {
    const status = sessionStatus(state);
    if (session.status !== status)
      return `${where}.status: ${q(session.status)}, but the log ends the session ${q(status)}`;
    session.endedAt ??= state.endedAt;
    return null;
  }
  if (session.status === 'completed' || session.status === 'stopped-early')
    return `${where}.status: ${q(session.status)}, but the log has no end (it would be "interrupted")`;
  // Nothing runs an imported session here: an active one is what recovery would make of it.
  session.status = 'interrupted';
  session.endedAt ??= session.events.at(-1)?.at ?? session.startedAt;
  return null;
}

function countEvents(sessions: unknown): number {
  if (!Array.isArray(sessions)) return 0;
  let n = 0;
  for (const s of sessions) {
    const events = s && typeof s === 'object' ? (s as { events?: unknown }).events : undefined;
    if (Array.isArray(events)) n += events.length;
  }
  return n;
}

const NOT_AN_EXPORT = 'This is not a Foothold export';

/** A step the ladder could not hold: another's id, a scene with no ladder, values out of range. */
function stepsProblem(steps: readonly LadderStep[]): string | null {
  const seen = new Map<string, number>();
  for (const [i, step] of steps.entries()) {
    const where = `steps[${i}]`;
    const earlier = seen.get(step.id);
    if (earlier !== undefined)
      return `${where}.id: ${q(step.id)} is also the id of steps[${earlier}]`;
    seen.set(step.id, i);
    const scene = findScene(step.sceneId);
    if (!scene?.fear) return `${where}.sceneId: ${q(step.sceneId)} is not a scene with a ladder`;
    const problem = stepProblem(scene, step);
    if (problem) return `${where}: ${problem}`;
  }
  return null;
}

function parse(text: string): ImportResult {
  const fail = (problem: string): ImportResult => ({ ok: false, problem });
  if (typeof text !== 'string') return fail(`${NOT_AN_EXPORT}: it is not text.`);
  if (text.length > IMPORT_MAX_CHARS)
    return fail('This file is over 50 MB, far larger than a Foothold export.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(`${NOT_AN_EXPORT}: it is not valid JSON.`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('format' in data))
    return fail(`${NOT_AN_EXPORT}: it has no "format": "foothold-log".`);
  const head = data as Record<string, unknown>;
  if (head.format !== EXPORT_FORMAT)
    return fail(
      `format: ${show(head.format)} is not "foothold-log", so this is not a Foothold export.`,
    );
  const version = head.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION)
    return fail(
      `formatVersion: ${version} comes from a newer Foothold; this one reads versions 1 to 3. Update Foothold to import it.`,
    );
  if (version !== 1 && version !== 2 && version !== 3)
    return fail(
      version === undefined
        ? 'formatVersion: missing'
        : `formatVersion: expected 1, 2 or 3, found ${show(version)}`,
    );
  const sessionCount = Array.isArray(head.sessions) ? head.sessions.length : 0;
  const eventCount = countEvents(head.sessions);
  const most = IMPORT_MAX_EVENTS.toLocaleString('en');
  if (eventCount > IMPORT_MAX_EVENTS)
    return fail(
      `This file holds ${eventCount.toLocaleString('en')} events; Foothold imports at most ${most} at a time.`,
    );
  if (sessionCount > IMPORT_MAX_EVENTS)
    return fail(
      `This file holds ${sessionCount.toLocaleString('en')} sessions; Foothold imports at most ${most} at a time.`,
    );

  const result = v.safeParse(schemas[version], data, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    const where = pathText(issue.path?.map((p) => p.key) ?? []);
    const words = issueText(issue);
    return fail(where ? `${where}: ${words}` : `${NOT_AN_EXPORT}: ${words}`);
  }
  // valibot built new objects, so what follows changes nothing of the parsed text's values.
  const sessions = result.output.sessions as unknown as ParsedSession[];
  if (version === 1) {
    for (const session of sessions) {
      const modes = modesFromXr(session.events);
      session.events = session.events.map((e, i) => ({ ...e, mode: modes[i] ?? 'desktop' }));
    }
  }
  const seen = new Map<string, number>();
  for (const [i, session] of sessions.entries()) {
    const where = `sessions[${i}]`;
    const earlier = seen.get(session.id);
    if (earlier !== undefined)
      return fail(`${where}.id: ${q(session.id)} is also the id of sessions[${earlier}]`);
    seen.set(session.id, i);
    if (session.events.length > IMPORT_MAX_SESSION_EVENTS)
      return fail(
        `${where}.events: ${session.events.length.toLocaleString('en')} events; Foothold imports at most ${IMPORT_MAX_SESSION_EVENTS.toLocaleString('en')} for one session`,
      );
    const problem = sessionProblem(session, where);
    if (problem) return fail(problem);
  }
  const fileSteps = (result.output.steps ?? []) as LadderStep[];
  const stepProblemText = stepsProblem(fileSteps);
  if (stepProblemText) return fail(stepProblemText);
  return {
    ok: true,
    file: {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_VERSION,
      appVersion: result.output.appVersion,
      exportedAt: result.output.exportedAt,
      sessions,
      steps: fileSteps,
    },
  };
}

/**
 * Reads an export (format version 1 or 2; version 1 gains `mode`) and checks it field by field,
 * then each session's log against the state machine. Never throws: a problem comes back in words,
 * led by where it is (`sessions[3].events[12].suds: …`).
 */
export function parseImport(text: string): ImportResult {
  try {
    return parse(text);
  } catch {
    // Not expected; but a file must never break the page that reads it.
    return { ok: false, problem: `${NOT_AN_EXPORT}: it could not be read.` };
  }
}
