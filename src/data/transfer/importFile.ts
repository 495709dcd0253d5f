// Import: a checked file added in one transaction, all or nothing, idempotent by id.
import { type LadderStep, ladderIdOf } from '../../domain/ladder/ladder';
import { defineMessages, type Phrase, phrase } from '../../domain/phrase';
import type { OwnLadder, Place } from '../../domain/places/place';
import type { SessionRecord, StoredEvent } from '../../domain/session/events';
import type { FootholdDb } from '../db';
import { writeDigestsOf } from '../digests';
import { readEvents } from '../sessions';
import type { ExportFile } from './format';
import { minuteUtc, q } from './messages';

const m = defineMessages({
  conflict: {
    id: 'import.conflict',
    defaultMessage:
      "The session of {time} ({where}, id {id}) is already on this device with different events. To import the file's copy, delete the one on this device first.",
  },
});

/** A session in the file that is already on this device with other events. Nothing was written. */
export class ImportConflictError extends Error {
  override name = 'ImportConflictError';
  /** What the person is told: which session, and what to do. */
  readonly problem: Phrase;
  constructor(
    readonly sessionId: string,
    readonly index: number,
    startedAt: number,
  ) {
    super(`sessions[${index}] (${sessionId}) is already stored with different events`);
    this.problem = phrase(m.conflict, {
      time: minuteUtc(startedAt),
      where: `sessions[${index}]`,
      id: q(sessionId),
    });
  }
}

/** JSON-like values equal, an undefined property counting as absent (as in JSON). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) &&
      sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** Events written at a time: the transaction stays one, and `saved` hears of each part. */
const EVENTS_PER_WRITE = 10_000;

/**
 * Adds the file's sessions in one transaction: all or nothing. A session already here with the same
 * events is counted `alreadyHere` and left as it is; one here with other events throws an
 * ImportConflictError and nothing is written. Pass a file from `parseImport`, and from an archive
 * the places' files by place id (checked by placeFiles). `saved` hears how
 * many of the new events are written so far (not yet committed).
 */
export async function importFile(
  db: FootholdDb,
  file: ExportFile,
  saved: (done: number, total: number) => void = () => {},
  media: ReadonlyMap<string, Blob> = new Map(),
): Promise<{ added: number; alreadyHere: number; stepsAdded: number }> {
  const tables = [db.sessions, db.events, db.steps, db.digests, db.places, db.ladders, db.media];
  return db.transaction('rw', tables, async () => {
    const ids = file.sessions.map((s) => s.id);
    const records = await db.sessions.bulkGet(ids);
    // Events whose record is gone (deleted while another tab still logged) also hold the id.
    const logged = new Set(await db.events.orderBy('sessionId').uniqueKeys());
    const newRecords: SessionRecord[] = [];
    const newEvents: StoredEvent[] = [];
    let alreadyHere = 0;
    for (const [i, session] of file.sessions.entries()) {
      const { events, ...record } = session;
      if (records[i] || logged.has(session.id)) {
        const here = await readEvents(db, session.id);
        if (!records[i] || !sameValue(here, events))
          throw new ImportConflictError(session.id, i, session.startedAt);
        alreadyHere++;
        continue;
      }
      newRecords.push(record);
      newEvents.push(...events);
    }
    await db.sessions.bulkAdd(newRecords);
    for (let at = 0; at < newEvents.length; at += EVENTS_PER_WRITE) {
      await db.events.bulkAdd(newEvents.slice(at, at + EVENTS_PER_WRITE));
      saved(Math.min(at + EVENTS_PER_WRITE, newEvents.length), newEvents.length);
    }
    await writeDigestsOf(db, file.sessions);
    await addNew(db.places, file.places);
    await addNew(db.ladders, file.ladders);
    // A place's file comes from an archive with media; one already here is the same (by hash).
    const withFiles = [...media.keys()];
    const here = await db.media.bulkGet(withFiles);
    await db.media.bulkAdd(
      withFiles.flatMap((id, i) => {
        const file = media.get(id);
        return here[i] || !file ? [] : [{ id, file }];
      }),
    );
    const stepsAdded = await addSteps(db, file.steps);
    return { added: newRecords.length, alreadyHere, stepsAdded };
  });
}

/** Rows not yet on this device; one already here (same id) keeps this device's version. */
async function addNew<T extends Place | OwnLadder>(
  table: {
    bulkGet(ids: string[]): Promise<(T | undefined)[]>;
    bulkAdd(rows: T[]): Promise<unknown>;
  },
  rows: readonly T[],
): Promise<void> {
  const here = await table.bulkGet(rows.map((r) => r.id));
  await table.bulkAdd(rows.filter((_, i) => !here[i]));
}

/**
 * Steps not yet on this device join the top of their ladder, in the file's order. A step
 * already here (same id) keeps this device's version: it may have been edited since the export.
 */
async function addSteps(db: FootholdDb, steps: readonly LadderStep[]): Promise<number> {
  const here = await db.steps.toArray();
  const known = new Set(here.map((s) => s.id));
  const top = new Map<string, number>();
  for (const s of here) top.set(ladderIdOf(s), Math.max(top.get(ladderIdOf(s)) ?? -1, s.position));
  const fresh = steps
    .filter((s) => !known.has(s.id))
    .sort((a, b) => a.position - b.position)
    .map((s) => {
      const position = (top.get(ladderIdOf(s)) ?? -1) + 1;
      top.set(ladderIdOf(s), position);
      return { ...s, position };
    });
  await db.steps.bulkAdd(fresh);
  return fresh.length;
}
