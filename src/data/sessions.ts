// Reading and writing sessions and their events. Each write is its own committed transaction.
import Dexie from 'dexie';
import type { SessionRecord, SessionStatus, StoredEvent } from '../domain/session/events';
import { endStatus } from '../domain/session/logRules';
import type { FootholdDb } from './db';
import { dropDigests, writeDigests } from './digests';
import { type Liveness, sessionLocks } from './liveness';

/**
 * A write found its session's record gone (deleted in another tab, or by a browser that cannot
 * tell a running session): nothing of it was written, so the writer can write the session again whole.
 */
export class SessionGoneError extends Error {
  override name = 'SessionGoneError';
  constructor(readonly sessionId: string) {
    super(`The record of session ${sessionId} is no longer stored.`);
  }
}

async function mustBeStored(db: FootholdDb, sessionId: string): Promise<SessionRecord> {
  const record = await db.sessions.get(sessionId);
  if (!record) throw new SessionGoneError(sessionId);
  return record;
}

/**
 * Writes one event; `end` also closes the session record in the same transaction. An event of a
 * session whose record is gone is refused (SessionGoneError), never stored as an orphan.
 */
export async function writeEvent(
  db: FootholdDb,
  event: StoredEvent,
  record?: SessionRecord,
): Promise<void> {
  await db.transaction('rw', db.sessions, db.events, db.digests, async () => {
    if (event.type === 'started') {
      if (!record) throw new Error('A started event needs its session record');
      if (!(await db.sessions.get(record.id))) await db.sessions.add(record);
    } else await mustBeStored(db, event.sessionId);
    // A retry after a commit whose success was not reported finds its event already there.
    if (await db.events.get([event.sessionId, event.seq])) return;
    // add, not put: an event is never overwritten.
    await db.events.add(event);
    if (event.type === 'end') await closeRecord(db, event);
  });
}

async function closeRecord(db: FootholdDb, end: StoredEvent): Promise<void> {
  const status: SessionStatus = endStatus(await readEvents(db, end.sessionId));
  await db.sessions.update(end.sessionId, { status, endedAt: end.at });
  await writeDigests(db, [end.sessionId]);
}

/**
 * Writes a running session again whole where its record went missing under it: the record as it
 * was opened and every event from the `started` at seq 0 on, so that the stored log has no gap
 * and no orphan. Events already stored stay as they are; an `end` among them closes the record.
 */
export async function restoreSession(
  db: FootholdDb,
  record: SessionRecord,
  events: readonly StoredEvent[],
): Promise<void> {
  const whole =
    events[0]?.type === 'started' &&
    events.every((e, i) => e.seq === i && e.sessionId === record.id);
  if (!whole) throw new Error('A session is restored with every event from its start, in order');
  await db.transaction('rw', db.sessions, db.events, db.digests, async () => {
    if (!(await db.sessions.get(record.id))) await db.sessions.add(record);
    const stored = await db.events.bulkGet(events.map((e) => [e.sessionId, e.seq]));
    const missing = events.filter((_, i) => !stored[i]);
    if (missing.length > 0) await db.events.bulkAdd(missing);
    const last = events[events.length - 1];
    if (last?.type === 'end') await closeRecord(db, last);
  });
}

/**
 * Events by session. Read in primary-key order, or through the `sessionId` index (which orders
 * equal keys by primary key), each session's events are already in seq order.
 */
export function groupBySession(events: readonly StoredEvent[]): Map<string, StoredEvent[]> {
  const bySession = new Map<string, StoredEvent[]>();
  for (const event of events) {
    const list = bySession.get(event.sessionId);
    if (list) list.push(event);
    else bySession.set(event.sessionId, [event]);
  }
  return bySession;
}

export function readEvents(db: FootholdDb, sessionId: string): Promise<StoredEvent[]> {
  return db.events
    .where('[sessionId+seq]')
    .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
    .toArray();
}

export async function readSession(
  db: FootholdDb,
  sessionId: string,
): Promise<{ record: SessionRecord; events: StoredEvent[] } | null> {
  const record = await db.sessions.get(sessionId);
  if (!record) return null;
  return { record, events: await readEvents(db, sessionId) };
}

export function listSessions(db: FootholdDb): Promise<SessionRecord[]> {
  return db.sessions.orderBy('startedAt').reverse().toArray();
}

/** Marks an active session interrupted; `ifGone: 'refuse'` is the running session's own mark. */
export async function markInterrupted(
  db: FootholdDb,
  sessionId: string,
  ifGone: 'skip' | 'refuse' = 'skip',
): Promise<void> {
  await db.transaction('rw', db.sessions, db.events, db.digests, async () => {
    const record =
      ifGone === 'refuse' ? await mustBeStored(db, sessionId) : await db.sessions.get(sessionId);
    if (record?.status !== 'active') return;
    const last = await db.events
      .where('[sessionId+seq]')
      .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
      .last();
    await db.sessions.update(sessionId, {
      status: 'interrupted',
      endedAt: last?.at ?? record.startedAt,
    });
    await writeDigests(db, [sessionId]);
  });
}

/**
 * Sessions left active by a closed tab, a crash or a killed browser become interrupted, with every
 * event they had. `isRunningElsewhere` keeps a session open in another tab untouched.
 */
export async function recoverInterrupted(
  db: FootholdDb,
  isRunningElsewhere: (sessionId: string) => Promise<boolean>,
): Promise<SessionRecord[]> {
  const active = await db.sessions.where('status').equals('active').toArray();
  const recovered: SessionRecord[] = [];
  for (const record of active) {
    if (await isRunningElsewhere(record.id)) continue;
    await markInterrupted(db, record.id);
    const updated = await db.sessions.get(record.id);
    if (updated) recovered.push(updated);
  }
  return recovered;
}

/** Interrupted sessions whose notice the person has not dismissed, newest first. */
export async function readInterruptedNotices(db: FootholdDb): Promise<SessionRecord[]> {
  const interrupted = await db.sessions.where('status').equals('interrupted').toArray();
  return interrupted.filter((s) => !s.noticeDismissed).sort((a, b) => b.startedAt - a.startedAt);
}

export async function dismissInterrupted(db: FootholdDb, sessionId: string): Promise<void> {
  await db.sessions.update(sessionId, { noticeDismissed: true });
}

/**
 * A session a tab still runs: its record is active and its lock was not free when asked. One that
 * started after the locks were asked has no lock held here, so it is running too.
 */
const stillRunning = (record: SessionRecord, stopped: ReadonlySet<string>) =>
  record.status === 'active' && !stopped.has(record.id);

const activeIds = (db: FootholdDb) =>
  db.sessions.where('status').equals('active').primaryKeys() as Promise<string[]>;

/**
 * Deletes a session and its events together, unless a tab still runs it (then it returns false
 * and changes nothing). Liveness is asked as the delete runs, and its lock held meanwhile.
 */
export async function deleteSession(
  db: FootholdDb,
  id: string,
  liveness: Liveness = sessionLocks,
): Promise<boolean> {
  return liveness.whileStopped([id], (stopped) =>
    db.transaction('rw', db.sessions, db.events, db.digests, async () => {
      const record = await db.sessions.get(id);
      if (record && stillRunning(record, stopped)) return false;
      await db.events
        .where('[sessionId+seq]')
        .between([id, Dexie.minKey], [id, Dexie.maxKey])
        .delete();
      await db.sessions.delete(id);
      await dropDigests(db, [id]);
      return true;
    }),
  );
}

/** What deleting everything removes, and the sessions it keeps because a tab still runs them. */
export interface DeleteSurvey {
  sessions: number;
  ratings: number;
  steps: number;
  /** The person's own places, with their files. */
  places: number;
  /** Sessions a tab still runs, oldest first: never deleted. */
  kept: SessionRecord[];
}

async function survey(db: FootholdDb, stopped: ReadonlySet<string>): Promise<DeleteSurvey> {
  const records = await db.sessions.orderBy('startedAt').toArray();
  const kept = records.filter((r) => stillRunning(r, stopped));
  const keptIds = new Set(kept.map((r) => r.id));
  const going = new Set(records.filter((r) => !keptIds.has(r.id)).map((r) => r.id));
  let ratings = 0;
  await db.events.each((e) => {
    if (e.type === 'suds' && going.has(e.sessionId)) ratings++;
  });
  const [steps, places] = await Promise.all([db.steps.count(), db.places.count()]);
  return { sessions: going.size, ratings, steps, places, kept };
}

/** What `deleteAll` would delete and keep if it ran now: read fresh, liveness asked now. */
export async function surveyDeleteAll(
  db: FootholdDb,
  liveness: Liveness = sessionLocks,
): Promise<DeleteSurvey> {
  const ids = await activeIds(db);
  return liveness.whileStopped(ids, (stopped) =>
    db.transaction('r', [db.sessions, db.events, db.steps, db.places], () => survey(db, stopped)),
  );
}

/**
 * Deletes every session and event, and the ladder, but never a session a tab still runs: that one
 * stays whole, record and events, and is named in what this returns. Liveness is asked as the
 * delete runs, with the locks of the sessions it deletes held until it has committed.
 */
export async function deleteAll(
  db: FootholdDb,
  liveness: Liveness = sessionLocks,
): Promise<DeleteSurvey> {
  const ids = await activeIds(db);
  return liveness.whileStopped(ids, (stopped) =>
    db.transaction(
      'rw',
      [db.sessions, db.events, db.steps, db.digests, db.places, db.media, db.ladders],
      async () => {
        const found = await survey(db, stopped);
        const keep = new Set(found.kept.map((r) => r.id));
        if (keep.size === 0) {
          await db.events.clear();
          await db.sessions.clear();
          await dropDigests(db);
        } else {
          // Events of no kept session go too, orphans left by an older version included.
          await db.events.filter((e) => !keep.has(e.sessionId)).delete();
          await db.sessions.filter((r) => !keep.has(r.id)).delete();
          await db.digests.filter((d) => !keep.has(d.id)).delete();
        }
        await db.steps.clear();
        // The places go with their steps: files, records and the ladders named for them.
        await Promise.all([db.places.clear(), db.media.clear(), db.ladders.clear()]);
        return found;
      },
    ),
  );
}
