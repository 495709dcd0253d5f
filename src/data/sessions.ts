// Reading and writing sessions and their events. Each write is its own committed transaction.
import Dexie from 'dexie';
import type { SessionRecord, SessionStatus, StoredEvent } from '../domain/session/events';
import { endStatus } from '../domain/session/logRules';
import type { FootholdDb } from './db';
import { dropDigests, writeDigests } from './digests';

/** Writes one event; `end` also closes the session record in the same transaction. */
export async function writeEvent(
  db: FootholdDb,
  event: StoredEvent,
  record?: SessionRecord,
): Promise<void> {
  await db.transaction('rw', db.sessions, db.events, db.digests, async () => {
    if (event.type === 'started') {
      if (!record) throw new Error('A started event needs its session record');
      if (!(await db.sessions.get(record.id))) await db.sessions.add(record);
    }
    // A retry after a commit whose success was not reported finds its event already there.
    if (await db.events.get([event.sessionId, event.seq])) return;
    // add, not put: an event is never overwritten.
    await db.events.add(event);
    if (event.type === 'end') {
      const status: SessionStatus = endStatus(await readEvents(db, event.sessionId));
      await db.sessions.update(event.sessionId, { status, endedAt: event.at });
      await writeDigests(db, [event.sessionId]);
    }
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

export async function markInterrupted(db: FootholdDb, sessionId: string): Promise<void> {
  await db.transaction('rw', db.sessions, db.events, db.digests, async () => {
    const record = await db.sessions.get(sessionId);
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

/** Deletes a session and its events together. */
export async function deleteSession(db: FootholdDb, id: string): Promise<void> {
  await db.transaction('rw', db.sessions, db.events, db.digests, async () => {
    await db.events
      .where('[sessionId+seq]')
      .between([id, Dexie.minKey], [id, Dexie.maxKey])
      .delete();
    await db.sessions.delete(id);
    await dropDigests(db, [id]);
  });
}

/** Deletes every session and event, and the ladder. */
export async function deleteAll(db: FootholdDb): Promise<void> {
  await db.transaction('rw', db.sessions, db.events, db.steps, db.digests, async () => {
    await db.events.clear();
    await db.sessions.clear();
    await db.steps.clear();
    await dropDigests(db);
  });
}
