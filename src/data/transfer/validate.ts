// Import validation: a file brought up to the current version, checked against the schema field
// by field, then each session's log against the state machine. Pure: a file may come from anywhere,
// and a bad one must change nothing.
import * as v from 'valibot';
import { APP_ID_WORDS, isAppId } from '../../domain/ids';
import { type LadderStep, stepProblem } from '../../domain/ladder/ladder';
import { isRow, migrations, type Row } from '../../domain/migrations';
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
  IMPORT_MAX_BYTES,
  IMPORT_MAX_EVENTS,
  IMPORT_MAX_SESSION_EVENTS,
  IMPORT_MAX_SESSIONS,
  importSizeProblem,
} from './limits';
import { issueText, minuteUtc, pathText, q, show } from './messages';

/** The scenes by id, as the registry finds them: sessions and steps are checked against theirs. */
export type FindScene = (sceneId: string) => Parameters<typeof stepProblem>[0] | undefined;
type Scene = NonNullable<ReturnType<FindScene>>;

type ParsedSession = ExportFile['sessions'][number];

/** Why an id is not one the app writes, or null; any other could break an address or a CSV cell. */
function idProblem(id: string, where: string): string | null {
  return isAppId(id) ? null : `${where}: ${q(id)} is not a Foothold id; ${APP_ID_WORDS}`;
}

/** Which session a message speaks of, for a person who does not count a file's sessions. */
const named = (session: ParsedSession) =>
  `, in the ${session.sceneId} session of ${minuteUtc(session.startedAt)}`;

/** A started or intensity event's values (and a variation's) against the scene's parameters. */
function eventParamsProblem(scene: Scene, event: ParsedSession['events'][number]) {
  if (event.type !== 'started' && event.type !== 'intensity') return null;
  const problem = loggedParamsProblem(scene.params, event.params);
  if (problem) return `.params: ${problem}`;
  const changed = event.type === 'started' ? Object.entries(event.variation?.changed ?? {}) : [];
  for (const [name, { from, to }] of changed) {
    const fromProblem = loggedParamsProblem(scene.params, { [name]: from });
    const toProblem = loggedParamsProblem(scene.params, { [name]: to });
    if (fromProblem || toProblem)
      return `.variation.${pathText(['changed', name])}: ${fromProblem ?? toProblem}`;
  }
  return null;
}

/** A time after the file was written: a clock far off, or a file made up. */
function laterThanExport(at: number, exportedAt: number): string | null {
  return at > exportedAt
    ? `${minuteUtc(at)} is later than the file was exported (${minuteUtc(exportedAt)})`
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
): string | null {
  const scene = findScene(session.sceneId);
  if (!scene) return `${where}.sceneId: ${q(session.sceneId)} is not a scene of this Foothold`;
  const laterStart = laterThanExport(session.startedAt, exportedAt);
  if (laterStart) return `${where}.startedAt: ${laterStart}, for a ${session.sceneId} session`;
  const laterEnd =
    session.endedAt === undefined ? null : laterThanExport(session.endedAt, exportedAt);
  if (laterEnd) return `${where}.endedAt: ${laterEnd}${named(session)}`;
  let state: SessionState | null = null;
  for (const [j, event] of session.events.entries()) {
    const at = `${where}.events[${j}]`;
    if (event.sessionId !== session.id)
      return `${at}.sessionId: ${q(event.sessionId)} is not this session's id ${q(session.id)}`;
    if (event.seq !== j)
      return `${at}.seq: ${event.seq} where ${j} comes next (seq counts 0, 1, 2, … with no gaps)`;
    if (j === 0 && event.type !== 'started')
      return `${at}.type: a session's log begins with "started", not ${q(event.type)}`;
    const later = laterThanExport(event.at, exportedAt);
    if (later) return `${at}.at: ${later}${named(session)}`;
    const problem = eventProblem(state, event);
    if (problem) return `${at}: ${problem}`;
    // The started event names the scene the record is checked against below.
    const eventScene = event.type === 'started' ? findScene(event.sceneId) : scene;
    const params = eventScene && eventParamsProblem(eventScene, event);
    if (params) return `${at}${params}${named(session)}`;
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
function stepsProblem(
  steps: readonly LadderStep[],
  findScene: FindScene,
  exportedAt: number,
): string | null {
  const seen = new Map<string, number>();
  for (const [i, step] of steps.entries()) {
    const where = `steps[${i}]`;
    const earlier = seen.get(step.id);
    if (earlier !== undefined)
      return `${where}.id: ${q(step.id)} is also the id of steps[${earlier}]`;
    seen.set(step.id, i);
    const later = laterThanExport(step.createdAt, exportedAt);
    if (later) return `${where}.createdAt: ${later}`;
    const scene = findScene(step.sceneId);
    if (!scene?.fear) return `${where}.sceneId: ${q(step.sceneId)} is not a scene with a ladder`;
    const problem = stepProblem(scene, step);
    if (problem) return `${where}: ${problem}`;
  }
  return null;
}

/**
 * A field a file of this version cannot hold, for it came in a later version. Asked before the
 * migrations run, which would take such a field as written.
 */
function laterFieldProblem(file: Row, version: number): string | null {
  const sessions = Array.isArray(file.sessions) ? file.sessions : [];
  for (const [i, session] of sessions.entries()) {
    if (!isRow(session)) continue;
    if (version < 3 && Object.hasOwn(session, 'stepId'))
      return `sessions[${i}].stepId: an export before version 3 has no ladder steps`;
    const events = Array.isArray(session.events) ? session.events : [];
    const j = version < 2 ? events.findIndex((e) => isRow(e) && Object.hasOwn(e, 'mode')) : -1;
    if (j >= 0)
      return `sessions[${i}].events[${j}].mode: a version 1 export has no mode: it came later`;
  }
  if (version < 3 && Object.hasOwn(file, 'steps'))
    return 'steps: an export before version 3 has no ladder steps';
  return null;
}

/** "1, 2 or 3": the format versions this Foothold reads. */
function versionWords(): string {
  const all = migrations.map((m) => m.version);
  return all.length > 1 ? `${all.slice(0, -1).join(', ')} or ${all.at(-1)}` : String(all[0]);
}

/** A JSON syntax error in words, with where it is. */
export function jsonProblem(error: JsonSyntaxError): string {
  return `${NOT_AN_EXPORT}: it is not valid JSON at line ${error.line}, column ${error.column} (${error.reason}).`;
}

/** Reports how far the check of a file's sessions has come. */
export type CheckProgress = (checked: number, total: number) => void;

function parse(text: string, findScene: FindScene): ImportResult {
  const fail = (problem: string): ImportResult => ({ ok: false, problem });
  if (typeof text !== 'string') return fail(`${NOT_AN_EXPORT}: it is not text.`);
  // A UTF-16 unit is at least one byte of the file: this text came from a file over the limit.
  if (text.length > IMPORT_MAX_BYTES) return fail(importSizeProblem(text.length) ?? '');
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
    return fail(`${NOT_AN_EXPORT}: it is not valid JSON.`);
  }
  return check(data, findScene);
}

function check(data: unknown, findScene: FindScene, progress?: CheckProgress): ImportResult {
  const fail = (problem: string): ImportResult => ({ ok: false, problem });
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
      `formatVersion: ${version} comes from a newer Foothold; this one reads versions 1 to ${EXPORT_VERSION}. Update Foothold to import it.`,
    );
  if (typeof version !== 'number' || !migrations.some((m) => m.version === version))
    return fail(
      version === undefined
        ? 'formatVersion: missing'
        : `formatVersion: expected ${versionWords()}, found ${show(version)}`,
    );
  const sessionCount = Array.isArray(head.sessions) ? head.sessions.length : 0;
  const eventCount = countEvents(head.sessions);
  const most = IMPORT_MAX_EVENTS.toLocaleString('en');
  if (eventCount > IMPORT_MAX_EVENTS)
    return fail(
      `This file holds ${eventCount.toLocaleString('en')} events; Foothold imports at most ${most} at a time.`,
    );
  if (sessionCount > IMPORT_MAX_SESSIONS)
    return fail(
      `This file holds ${sessionCount.toLocaleString('en')} sessions; Foothold imports at most ${IMPORT_MAX_SESSIONS.toLocaleString('en')} at a time.`,
    );

  const later = laterFieldProblem(head, version);
  if (later) return fail(later);
  const current = version < EXPORT_VERSION ? upgradeExport(head, version) : head;
  progress?.(0, sessionCount);
  const result = v.safeParse(exportFileSchema, current, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    const where = pathText(issue.path?.map((p) => p.key) ?? []);
    const words = issueText(issue);
    return fail(where ? `${where}: ${words}` : `${NOT_AN_EXPORT}: ${words}`);
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
      return fail(`${where}.id: ${q(session.id)} is also the id of sessions[${earlier}]`);
    seen.set(session.id, i);
    if (session.events.length > IMPORT_MAX_SESSION_EVENTS)
      return fail(
        `${where}.events: ${session.events.length.toLocaleString('en')} events; Foothold imports at most ${IMPORT_MAX_SESSION_EVENTS.toLocaleString('en')} for one session`,
      );
    const problem = sessionProblem(session, where, findScene, exportedAt);
    if (problem) return fail(problem);
    progress?.(i + 1, sessions.length);
  }
  const fileSteps = result.output.steps;
  const stepProblemText = stepsProblem(fileSteps, findScene, exportedAt);
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
 * Reads an export and checks it field by field, then each session's log against the state machine;
 * a file of an older format version is first brought up to this one by the data migrations. Steps
 * are checked against their scene, as `findScene` (the scene registry's) gives it. Never throws: a
 * problem comes back in words, led by where it is (`sessions[3].events[12].suds: …`).
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
    return { ok: false, problem: `${NOT_AN_EXPORT}: it could not be read.` };
  }
}
