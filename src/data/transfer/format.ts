// The export file: its format name and version, its schema (the stored records and events, with
// the ladder), older files brought up through the data migrations, and every session read for it.
import * as v from 'valibot';
import { plain, says, show } from '../../domain/fields';
import type { LadderStep } from '../../domain/ladder/ladder';
import { ladderStepSchema } from '../../domain/ladder/schema';
import {
  exportedMigrations,
  isRow,
  type Migration,
  migrate,
  type Row,
} from '../../domain/migrations';
import { defineMessages, type Phrase, phrase } from '../../domain/phrase';
import {
  type OwnLadder,
  ownLadderSchema,
  type Place,
  placeSchema,
} from '../../domain/places/place';
import type { LoggedSession } from '../../domain/session/read';
import { sessionRecordSchema, storedEventSchema } from '../../domain/session/schema';
import type { FootholdDb } from '../db';
import { groupBySession } from '../sessions';

export { modesFromXr } from '../../domain/session/logRules';

const m = defineMessages({
  notAVersion: {
    id: 'export.notAVersion',
    defaultMessage: '{value} is not a version of {min, number} to {max, number} characters',
    description: 'The version of Foothold that wrote an export file',
  },
  notADateTime: {
    id: 'export.notADateTime',
    defaultMessage: '{value} is not a date and time (ISO 8601)',
  },
});

export const EXPORT_FORMAT = 'foothold-log';
/**
 * The data version the file holds (domain/migrations.ts). 1: events without `mode` (before Foothold
 * logged it); 2: every event has `mode`; 3: the ladder's steps, and sessions name the step they
 * practised; 5: the person's own places (name, kind, size and the file's hash, never the file) and
 * ladders, and sessions name the place they showed; 6: events the companion did say so, and a
 * rating may be asked for. (4 changed only what is never exported.)
 */
export const EXPORT_VERSION = 6;

/** An export as this version writes it: records and events exactly as stored, with the ladder. */
export const exportFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  formatVersion: v.literal(EXPORT_VERSION),
  appVersion: v.pipe(
    v.string(),
    v.check(
      (s) => s.length >= 1 && s.length <= 100,
      (i) => says(phrase(m.notAVersion, { value: show(i.input), min: 1, max: 100 })),
    ),
  ),
  /** ISO 8601. */
  exportedAt: v.pipe(
    v.string(),
    v.check(
      (s) =>
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
        !Number.isNaN(Date.parse(s)),
      (i) => says(phrase(m.notADateTime, { value: show(i.input) })),
    ),
  ),
  sessions: v.array(
    plain(v.strictObject({ ...sessionRecordSchema.entries, events: v.array(storedEventSchema) })),
  ),
  /** The ladder: every step of every scene. */
  steps: v.array(ladderStepSchema),
  /** The person's own places, without their files (an archive with media carries those). */
  places: v.array(placeSchema),
  /** The ladders the person named themselves. */
  ladders: v.array(ownLadderSchema),
});

export type ExportFile = v.InferOutput<typeof exportFileSchema>;

/** A checked file, or why it cannot be imported (a phrase: plain data, so it crosses a worker's messages). */
export type ImportResult = { ok: true; file: ExportFile } | { ok: false; problem: Phrase };

/** The objects of a list as rows, and the list again with (changed) rows put back in their places. */
function rowsOf(list: readonly unknown[]) {
  const places: number[] = [];
  const rows: Row[] = [];
  list.forEach((item, i) => {
    if (!isRow(item)) return;
    places.push(i);
    rows.push(item);
  });
  const putBack = (changed: readonly Row[]): unknown[] => {
    const copy = [...list];
    places.forEach((place, k) => {
      copy[place] = changed[k];
    });
    return copy;
  };
  return { rows, putBack };
}

/**
 * A file of an older format version brought up to this one by the very migrations the database
 * upgrade runs, over the file's sessions, events and steps as rows. Rows go back where they were,
 * and whatever is not a row is left in its place, so the validation after names the same places.
 */
export function upgradeExport(
  file: Readonly<Record<string, unknown>>,
  fromVersion: number,
  list: readonly Migration[] = exportedMigrations,
): Record<string, unknown> {
  const sessionList = Array.isArray(file.sessions) ? file.sessions : [];
  const sessions = rowsOf(sessionList);
  const logs = sessions.rows.map((s) => (Array.isArray(s.events) ? rowsOf(s.events) : null));
  const steps = Array.isArray(file.steps) ? rowsOf(file.steps) : null;
  const places = Array.isArray(file.places) ? rowsOf(file.places) : null;
  const ladders = Array.isArray(file.ladders) ? rowsOf(file.ladders) : null;
  const out = migrate(
    {
      sessions: sessions.rows.map(({ events: _, ...record }) => record),
      events: logs.flatMap((log) => log?.rows ?? []),
      ...(steps && { steps: steps.rows }),
      ...(places && { places: places.rows }),
      ...(ladders && { ladders: ladders.rows }),
    },
    fromVersion,
    list,
  );
  const events = out.events ?? [];
  let next = 0;
  const records = (out.sessions ?? []).map((record, k) => {
    const session = sessions.rows[k] as Row;
    const log = logs[k];
    if (!Object.hasOwn(session, 'events')) return record;
    if (!log) return { ...record, events: session.events };
    const own = events.slice(next, next + log.rows.length);
    next += log.rows.length;
    return { ...record, events: log.putBack(own) };
  });
  return {
    ...file,
    formatVersion: list.at(-1)?.version,
    ...(Array.isArray(file.sessions) && { sessions: sessions.putBack(records) }),
    ...(out.steps && { steps: steps ? steps.putBack(out.steps) : out.steps }),
    ...(out.places && { places: places ? places.putBack(out.places) : out.places }),
    ...(out.ladders && { ladders: ladders ? ladders.putBack(out.ladders) : out.ladders }),
  };
}

export type { LoggedSession };

export function buildExport(
  sessions: LoggedSession[],
  appVersion: string,
  now: Date,
  steps: readonly LadderStep[] = [],
  places: readonly Place[] = [],
  ladders: readonly OwnLadder[] = [],
): ExportFile {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_VERSION,
    appVersion,
    exportedAt: now.toISOString(),
    sessions: sessions.map(({ record, events }) => ({ ...record, events })),
    steps: [...steps].sort((a, b) => a.sceneId.localeCompare(b.sceneId) || a.position - b.position),
    places: [...places].sort((a, b) => a.createdAt - b.createdAt),
    ladders: [...ladders].sort((a, b) => a.createdAt - b.createdAt),
  };
}

/** Every session with its log: newest first, events in seq order. Two reads, however many sessions. */
export async function readAllSessions(db: FootholdDb): Promise<LoggedSession[]> {
  return db.transaction('r', db.sessions, db.events, async () => {
    const [records, events] = await Promise.all([
      db.sessions.orderBy('startedAt').reverse().toArray(),
      // Primary-key order: by session, then seq.
      db.events.toArray(),
    ]);
    const bySession = groupBySession(events);
    return records.map((record) => ({ record, events: bySession.get(record.id) ?? [] }));
  });
}
