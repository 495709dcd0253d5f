// Import validation: a file brought up to the current version, checked against the schema field
// by field, then each session's log against the state machine. Pure: a file may come from anywhere,
// and a bad one must change nothing.
import * as v from 'valibot';
import { APP_ID_WORDS, isAppId } from '../../domain/ids';
import { type LadderStep, stepProblem } from '../../domain/ladder/ladder';
import { isRow, migrations, type Row } from '../../domain/migrations';
import { defineMessages, type Phrase, type PhraseValue, phrase } from '../../domain/phrase';
import type { OwnLadder, Place } from '../../domain/places/place';
import { loggedParamsProblem } from '../../domain/session/logRules';
import { apply, eventProblem, type SessionState } from '../../domain/session/machine';
import { sessionStatus } from '../../domain/session/summary';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFile,
  exportFileSchema,
  type ImportResult,
  upgradeExport,
} from './format';
import { JsonSyntaxError, readJson } from './json';
import {
  IMPORT_MAX_EVENTS,
  IMPORT_MAX_SESSION_EVENTS,
  IMPORT_MAX_SESSIONS,
  importSizeProblem,
} from './limits';
import { at, expectedOneOf, issueText, minuteUtc, missing, pathText, q, show } from './messages';

const m = defineMessages({
  notAnId: {
    id: 'import.notAnId',
    defaultMessage: '{where}: {id} is not a Foothold id; {shape}',
  },
  inSession: {
    id: 'import.inSession',
    defaultMessage: '{problem}, in the {scene} session of {time}',
    description: 'Names the session of a problem in an imported file: its scene id and its start',
  },
  laterThanExport: {
    id: 'import.laterThanExport',
    defaultMessage: '{time} is later than the file was exported ({exportedAt})',
  },
  notAScene: {
    id: 'import.notAScene',
    defaultMessage: '{where}: {scene} is not a scene of this Foothold',
  },
  laterStart: {
    id: 'import.laterStart',
    defaultMessage: '{where}: {problem}, for a {scene} session',
    description: '{scene} is the id of a scene, as written in the file',
  },
  otherSessionId: {
    id: 'import.otherSessionId',
    defaultMessage: "{where}: {id} is not this session's id {sessionId}",
  },
  seqGap: {
    id: 'import.seqGap',
    defaultMessage: '{where}: {seq} where {next} comes next (seq counts 0, 1, 2, … with no gaps)',
    description: 'seq is the name of a field in the file and stays as it is',
  },
  notStartedFirst: {
    id: 'import.notStartedFirst',
    defaultMessage: '{where}: a session\'s log begins with "started", not {type}',
    description: '"started" is the name of an event in the file and stays as it is',
  },
  emptyLog: {
    id: 'import.emptyLog',
    defaultMessage: '{where}: empty; a session\'s log begins with "started"',
    description: '"started" is the name of an event in the file and stays as it is',
  },
  otherScene: {
    id: 'import.otherScene',
    defaultMessage: '{where}: {scene}, but the log started {logScene}',
  },
  otherStart: {
    id: 'import.otherStart',
    defaultMessage: '{where}: {startedAt}, but the log started at {logStartedAt}',
  },
  otherStep: {
    id: 'import.otherStep',
    defaultMessage: '{where}: {stepId}, but the log started at the step {logStepId}',
  },
  noStep: {
    id: 'import.noStep',
    defaultMessage: '{where}: {stepId}, but the log started at no step',
  },
  otherStatus: {
    id: 'import.otherStatus',
    defaultMessage: '{where}: {status}, but the log ends the session {logStatus}',
  },
  noEnd: {
    id: 'import.noEnd',
    defaultMessage: '{where}: {status}, but the log has no end (it would be "interrupted")',
    description: '"interrupted" is a status as written in the file and stays as it is',
  },
  sameId: {
    id: 'import.sameId',
    defaultMessage: '{where}: {id} is also the id of {other}',
  },
  noLadder: {
    id: 'import.noLadder',
    defaultMessage: '{where}: {scene} is not a scene with a ladder',
  },
  noPlacesBefore5: {
    id: 'import.noPlacesBefore5',
    defaultMessage: '{where}: an export before version 5 has no places or own ladders',
  },
  noSuchLadder: {
    id: 'import.noSuchLadder',
    defaultMessage: '{where}: {ladder} is neither a scene with a ladder nor a ladder in this file',
  },
  noSuchPlace: {
    id: 'import.noSuchPlace',
    defaultMessage: '{where}: {place} is not a place in this file',
  },
  placeWithoutPlace: {
    id: 'import.placeWithoutPlace',
    defaultMessage: '{where}: a step of {scene} shows one of your places, and names none',
  },
  noStepsBefore3: {
    id: 'import.noStepsBefore3',
    defaultMessage: '{where}: an export before version 3 has no ladder steps',
  },
  noModeIn1: {
    id: 'import.noModeIn1',
    defaultMessage: '{where}: a version 1 export has no mode: it came later',
    description: 'mode is the name of a field in the file and stays as it is',
  },
  notJsonAt: {
    id: 'import.notJsonAt',
    defaultMessage:
      'This is not a Foothold export: it is not valid JSON at line {line}, column {column} ({reason}).',
  },
  notText: {
    id: 'import.notText',
    defaultMessage: 'This is not a Foothold export: it is not text.',
  },
  notJson: {
    id: 'import.notJson',
    defaultMessage: 'This is not a Foothold export: it is not valid JSON.',
  },
  noFormat: {
    id: 'import.noFormat',
    defaultMessage: 'This is not a Foothold export: it has no "format": "foothold-log".',
    description: '"format": "foothold-log" is written as in the file and stays as it is',
  },
  notAnExport: {
    id: 'import.notAnExport',
    defaultMessage: 'This is not a Foothold export: {problem}',
  },
  unreadable: {
    id: 'import.unreadable',
    defaultMessage: 'This is not a Foothold export: it could not be read.',
  },
  otherFormat: {
    id: 'import.otherFormat',
    defaultMessage: '{where}: {value} is not "foothold-log", so this is not a Foothold export.',
  },
  newerVersion: {
    id: 'import.newerVersion',
    defaultMessage:
      '{where}: {version} comes from a newer Foothold; this one reads versions 1 to {latest}. Update Foothold to import it.',
  },
  tooManyEvents: {
    id: 'import.tooManyEvents',
    defaultMessage:
      'This file holds {count, plural, one {# event} other {# events}}; Foothold imports at most {max, number} at a time.',
  },
  tooManySessions: {
    id: 'import.tooManySessions',
    defaultMessage:
      'This file holds {count, plural, one {# session} other {# sessions}}; Foothold imports at most {max, number} at a time.',
  },
  longSession: {
    id: 'import.longSession',
    defaultMessage:
      '{where}: {count, plural, one {# event} other {# events}}; Foothold imports at most {max, number} for one session',
  },
});

/** The scenes by id, as the registry finds them: sessions and steps are checked against theirs. */
export type FindScene = (sceneId: string) => Parameters<typeof stepProblem>[0] | undefined;
type Scene = NonNullable<ReturnType<FindScene>>;

type ParsedSession = ExportFile['sessions'][number];

/** Why an id is not one the app writes, or null; any other could break an address or a CSV cell. */
function idProblem(id: string, where: string): Phrase | null {
  return isAppId(id) ? null : phrase(m.notAnId, { where, id: q(id), shape: APP_ID_WORDS });
}

/** A problem with the session it is in, for a person who does not count a file's sessions. */
const named = (session: ParsedSession, problem: PhraseValue) =>
  phrase(m.inSession, {
    problem,
    scene: session.sceneId,
    time: minuteUtc(session.startedAt),
  });

/**
 * A started or intensity event's values (and a variation's) against the scene's parameters: the
 * field of the event it is in (`.params`), and what is wrong.
 */
function eventParamsProblem(
  scene: Scene,
  event: ParsedSession['events'][number],
): { field: string; problem: Phrase } | null {
  if (event.type !== 'started' && event.type !== 'intensity') return null;
  const problem = loggedParamsProblem(scene.params, event.params);
  if (problem) return { field: '.params', problem };
  const changed = event.type === 'started' ? Object.entries(event.variation?.changed ?? {}) : [];
  for (const [name, { from, to }] of changed) {
    const fromProblem = loggedParamsProblem(scene.params, { [name]: from });
    const toProblem = loggedParamsProblem(scene.params, { [name]: to });
    const either = fromProblem ?? toProblem;
    if (either) return { field: `.variation.${pathText(['changed', name])}`, problem: either };
  }
  return null;
}

/** A time after the file was written: a clock far off, or a file made up. */
function laterThanExport(time: number, exportedAt: number): Phrase | null {
  return time > exportedAt
    ? phrase(m.laterThanExport, { time: minuteUtc(time), exportedAt: minuteUtc(exportedAt) })
    : null;
}

/**
 * Why a session's record and log cannot be imported, or null. Fills in what the app would have
 * written: `active` becomes `interrupted`, a missing `endedAt` the time the log ended.
 */
function sessionProblem(
  session: ParsedSession,
  where: string,
  findScene: FindScene,
  exportedAt: number,
): Phrase | null {
  const scene = findScene(session.sceneId);
  if (!scene) return phrase(m.notAScene, { where: `${where}.sceneId`, scene: q(session.sceneId) });
  const laterStart = laterThanExport(session.startedAt, exportedAt);
  if (laterStart)
    return phrase(m.laterStart, {
      where: `${where}.startedAt`,
      problem: laterStart,
      scene: session.sceneId,
    });
  const laterEnd =
    session.endedAt === undefined ? null : laterThanExport(session.endedAt, exportedAt);
  if (laterEnd) return at(`${where}.endedAt`, named(session, laterEnd));
  let state: SessionState | null = null;
  for (const [j, event] of session.events.entries()) {
    const here = `${where}.events[${j}]`;
    if (event.sessionId !== session.id)
      return phrase(m.otherSessionId, {
        where: `${here}.sessionId`,
        id: q(event.sessionId),
        sessionId: q(session.id),
      });
    if (event.seq !== j)
      return phrase(m.seqGap, { where: `${here}.seq`, seq: String(event.seq), next: String(j) });
    if (j === 0 && event.type !== 'started')
      return phrase(m.notStartedFirst, { where: `${here}.type`, type: q(event.type) });
    const later = laterThanExport(event.at, exportedAt);
    if (later) return at(`${here}.at`, named(session, later));
    const problem = eventProblem(state, event);
    if (problem) return at(here, problem);
    // The started event names the scene the record is checked against below.
    const eventScene = event.type === 'started' ? findScene(event.sceneId) : scene;
    const params = eventScene && eventParamsProblem(eventScene, event);
    if (params) return at(`${here}${params.field}`, named(session, params.problem));
    state = apply(state, event);
  }
  if (!state) return phrase(m.emptyLog, { where: `${where}.events` });
  if (session.sceneId !== state.sceneId)
    return phrase(m.otherScene, {
      where: `${where}.sceneId`,
      scene: q(session.sceneId),
      logScene: q(state.sceneId),
    });
  if (session.startedAt !== state.startedAt)
    return phrase(m.otherStart, {
      where: `${where}.startedAt`,
      startedAt: String(session.startedAt),
      logStartedAt: String(state.startedAt),
    });
  if (session.stepId !== undefined && session.stepId !== state.step?.id) {
    const stepAt = { where: `${where}.stepId`, stepId: q(session.stepId) };
    return state.step
      ? phrase(m.otherStep, { ...stepAt, logStepId: q(state.step.id) })
      : phrase(m.noStep, stepAt);
  }
  if (state.step) session.stepId = state.step.id;
  if (state.phase === 'ended') {
    const status = sessionStatus(state);
    if (session.status !== status)
      return phrase(m.otherStatus, {
        where: `${where}.status`,
        status: q(session.status),
        logStatus: q(status),
      });
    session.endedAt ??= state.endedAt;
    return null;
  }
  if (session.status === 'completed' || session.status === 'stopped-early')
    return phrase(m.noEnd, { where: `${where}.status`, status: q(session.status) });
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

/** Ids of a list that appear twice, as the first problem; null when each is once. */
function sameIdProblem(list: readonly { id: string }[], name: string): Phrase | null {
  const seen = new Map<string, number>();
  for (const [i, row] of list.entries()) {
    const earlier = seen.get(row.id);
    if (earlier !== undefined)
      return phrase(m.sameId, {
        where: `${name}[${i}].id`,
        id: q(row.id),
        other: `${name}[${earlier}]`,
      });
    seen.set(row.id, i);
  }
  return null;
}

/** The person's places and ladders: each once, none made after the export. */
function placesProblem(
  places: readonly Place[],
  ladders: readonly OwnLadder[],
  exportedAt: number,
): Phrase | null {
  const twice = sameIdProblem(places, 'places') ?? sameIdProblem(ladders, 'ladders');
  if (twice) return twice;
  for (const [name, list] of [
    ['places', places],
    ['ladders', ladders],
  ] as const)
    for (const [i, row] of list.entries()) {
      const later = laterThanExport(row.createdAt, exportedAt);
      if (later) return at(`${name}[${i}].createdAt`, later);
    }
  return null;
}

/**
 * A step the ladder could not hold: another's id, a ladder that is neither a scene's nor one in
 * the file, a place not in the file, values out of range.
 */
function stepsProblem(
  steps: readonly LadderStep[],
  findScene: FindScene,
  exportedAt: number,
  places: readonly Place[],
  ladders: readonly OwnLadder[],
): Phrase | null {
  const twice = sameIdProblem(steps, 'steps');
  if (twice) return twice;
  const placeIds = new Set(places.map((p) => p.id));
  const ladderIds = new Set(ladders.map((l) => l.id));
  for (const [i, step] of steps.entries()) {
    const where = `steps[${i}]`;
    const later = laterThanExport(step.createdAt, exportedAt);
    if (later) return at(`${where}.createdAt`, later);
    const scene = findScene(step.sceneId);
    // A step shows its scene; the ladder it stands on is its own, or its scene's.
    if (!scene || (!scene.fear && !scene.ownContent))
      return phrase(m.noLadder, { where: `${where}.sceneId`, scene: q(step.sceneId) });
    const ladder = step.ladder ?? step.sceneId;
    if (!ladderIds.has(ladder) && !findScene(ladder)?.fear)
      return phrase(m.noSuchLadder, {
        where: `${where}.${step.ladder === undefined ? 'sceneId' : 'ladder'}`,
        ladder: q(ladder),
      });
    if (scene.ownContent && step.placeId === undefined)
      return phrase(m.placeWithoutPlace, { where, scene: q(step.sceneId) });
    if (step.placeId !== undefined && !placeIds.has(step.placeId))
      return phrase(m.noSuchPlace, { where: `${where}.placeId`, place: q(step.placeId) });
    const problem = stepProblem(scene, step);
    if (problem) return at(where, problem);
  }
  return null;
}

/**
 * A field a file of this version cannot hold, for it came in a later version. Asked before the
 * migrations run, which would take such a field as written.
 */
function laterFieldProblem(file: Row, version: number): Phrase | null {
  const sessions = Array.isArray(file.sessions) ? file.sessions : [];
  for (const [i, session] of sessions.entries()) {
    if (!isRow(session)) continue;
    if (version < 3 && Object.hasOwn(session, 'stepId'))
      return phrase(m.noStepsBefore3, { where: `sessions[${i}].stepId` });
    const events = Array.isArray(session.events) ? session.events : [];
    const j = version < 2 ? events.findIndex((e) => isRow(e) && Object.hasOwn(e, 'mode')) : -1;
    if (j >= 0) return phrase(m.noModeIn1, { where: `sessions[${i}].events[${j}].mode` });
  }
  if (version < 3 && Object.hasOwn(file, 'steps'))
    return phrase(m.noStepsBefore3, { where: 'steps' });
  if (version < 5) {
    for (const table of ['places', 'ladders'])
      if (Object.hasOwn(file, table)) return phrase(m.noPlacesBefore5, { where: table });
    const steps = Array.isArray(file.steps) ? file.steps : [];
    for (const [i, step] of steps.entries())
      for (const key of ['ladder', 'placeId'])
        if (isRow(step) && Object.hasOwn(step, key))
          return phrase(m.noPlacesBefore5, { where: `steps[${i}].${key}` });
    for (const [i, session] of sessions.entries()) {
      if (!isRow(session)) continue;
      if (Object.hasOwn(session, 'placeId'))
        return phrase(m.noPlacesBefore5, { where: `sessions[${i}].placeId` });
      const events = Array.isArray(session.events) ? session.events : [];
      const j = events.findIndex((e) => isRow(e) && Object.hasOwn(e, 'place'));
      if (j >= 0) return phrase(m.noPlacesBefore5, { where: `sessions[${i}].events[${j}].place` });
    }
  }
  return null;
}

/** A JSON syntax error in words, with where it is. */
export function jsonProblem(error: JsonSyntaxError): Phrase {
  return phrase(m.notJsonAt, { line: error.line, column: error.column, reason: error.reason });
}

/** Reports how far the check of a file's sessions has come. */
export type CheckProgress = (checked: number, total: number) => void;

function parse(text: string, findScene: FindScene): ImportResult {
  const fail = (problem: Phrase): ImportResult => ({ ok: false, problem });
  if (typeof text !== 'string') return fail(phrase(m.notText));
  // A UTF-16 unit is at least one byte of the file: this text came from a file over the limit.
  const tooLarge = importSizeProblem(text.length);
  if (tooLarge) return fail(tooLarge);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // JSON.parse says where only in some engines' words: read again, to say where in every one.
    try {
      readJson(text);
    } catch (error) {
      if (error instanceof JsonSyntaxError) return fail(jsonProblem(error));
    }
    return fail(phrase(m.notJson));
  }
  return check(data, findScene);
}

function check(data: unknown, findScene: FindScene, progress?: CheckProgress): ImportResult {
  const fail = (problem: Phrase): ImportResult => ({ ok: false, problem });
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('format' in data))
    return fail(phrase(m.noFormat));
  const head = data as Record<string, unknown>;
  if (head.format !== EXPORT_FORMAT)
    return fail(phrase(m.otherFormat, { where: 'format', value: show(head.format) }));
  const version = head.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION)
    return fail(
      phrase(m.newerVersion, {
        where: 'formatVersion',
        version: String(version),
        latest: EXPORT_VERSION,
      }),
    );
  if (typeof version !== 'number' || !migrations.some((m) => m.version === version))
    return fail(
      at(
        'formatVersion',
        version === undefined
          ? missing()
          : expectedOneOf(
              migrations.map((m) => String(m.version)),
              show(version),
            ),
      ),
    );
  const sessionCount = Array.isArray(head.sessions) ? head.sessions.length : 0;
  const eventCount = countEvents(head.sessions);
  if (eventCount > IMPORT_MAX_EVENTS)
    return fail(phrase(m.tooManyEvents, { count: eventCount, max: IMPORT_MAX_EVENTS }));
  if (sessionCount > IMPORT_MAX_SESSIONS)
    return fail(phrase(m.tooManySessions, { count: sessionCount, max: IMPORT_MAX_SESSIONS }));

  const later = laterFieldProblem(head, version);
  if (later) return fail(later);
  const current = version < EXPORT_VERSION ? upgradeExport(head, version) : head;
  progress?.(0, sessionCount);
  const result = v.safeParse(exportFileSchema, current, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    const where = pathText(issue.path?.map((p) => p.key) ?? []);
    const words = issueText(issue);
    return fail(where ? at(where, words) : phrase(m.notAnExport, { problem: words }));
  }
  // valibot built new objects, so what follows changes nothing of the parsed text's values.
  const sessions = result.output.sessions;
  const exportedAt = Date.parse(result.output.exportedAt);
  const seen = new Map<string, number>();
  for (const [i, session] of sessions.entries()) {
    const where = `sessions[${i}]`;
    const badId = idProblem(session.id, `${where}.id`);
    if (badId) return fail(badId);
    const earlier = seen.get(session.id);
    if (earlier !== undefined)
      return fail(
        phrase(m.sameId, {
          where: `${where}.id`,
          id: q(session.id),
          other: `sessions[${earlier}]`,
        }),
      );
    seen.set(session.id, i);
    if (session.events.length > IMPORT_MAX_SESSION_EVENTS)
      return fail(
        phrase(m.longSession, {
          where: `${where}.events`,
          count: session.events.length,
          max: IMPORT_MAX_SESSION_EVENTS,
        }),
      );
    const problem = sessionProblem(session, where, findScene, exportedAt);
    if (problem) return fail(problem);
    progress?.(i + 1, sessions.length);
  }
  const { steps: fileSteps, places, ladders } = result.output;
  const refusedPlace = placesProblem(places, ladders, exportedAt);
  if (refusedPlace) return fail(refusedPlace);
  const refusedStep = stepsProblem(fileSteps, findScene, exportedAt, places, ladders);
  if (refusedStep) return fail(refusedStep);
  return {
    ok: true,
    file: {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_VERSION,
      appVersion: result.output.appVersion,
      exportedAt: result.output.exportedAt,
      sessions,
      steps: fileSteps,
      places,
      ladders,
    },
  };
}

/**
 * Reads an export and checks it field by field, then each session's log against the state machine;
 * a file of an older format version is first brought up to this one by the data migrations. Steps
 * are checked against their scene, as `findScene` (the scene registry's) gives it. Never throws: a
 * problem comes back as a phrase, led by where it is (`sessions[3].events[12].suds: …`).
 */
export function parseImport(text: string, findScene: FindScene): ImportResult {
  return neverThrows(() => parse(text, findScene));
}

/**
 * As parseImport, for a file already read as JSON (a large one is read as it streams in, never
 * held whole as text). `progress` hears of each session checked.
 */
export function checkImport(
  data: unknown,
  findScene: FindScene,
  progress?: CheckProgress,
): ImportResult {
  return neverThrows(() => check(data, findScene, progress));
}

function neverThrows(read: () => ImportResult): ImportResult {
  try {
    return read();
  } catch {
    // Not expected; but a file must never break the page that reads it.
    return { ok: false, problem: phrase(m.unreadable) };
  }
}
