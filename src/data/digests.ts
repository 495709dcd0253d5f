// The review's digest of each ended session (domain/review/digest.ts), kept beside the log so the
// review reads one small record per session instead of replaying every event. Derived and never
// exported. Whatever ends, recovers, imports or deletes a session writes its digest in the same
// transaction (the table must be in that transaction: Dexie refuses a nested one that adds it),
// so the two cannot drift; and the review's read takes a digest only of a session there is.
import {
  DIGEST_VERSION,
  digestSession,
  type LoggedSession,
  type SessionDigest,
} from '../domain/review/digest';
import type { SessionRecord, StoredEvent } from '../domain/session/events';
import type { FootholdDb } from './db';

/** A session's digest, or null when its log cannot be read: a digest never blocks a write. */
function digestOrNull(log: LoggedSession): SessionDigest | null {
  try {
    return digestSession(log);
  } catch {
    return null;
  }
}

async function readLog(db: FootholdDb, id: string): Promise<LoggedSession | null> {
  const record = await db.sessions.get(id);
  // The sessionId index orders equal keys by primary key: the events come in seq order.
  return record
    ? { record, events: await db.events.where('sessionId').equals(id).toArray() }
    : null;
}

/** Stores the digests of sessions whose logs are in hand; a running one has none. */
export async function writeDigestsOf(
  db: FootholdDb,
  sessions: readonly (SessionRecord & { events: readonly StoredEvent[] })[],
): Promise<void> {
  await db.transaction('rw', db.digests, async () => {
    const digests: SessionDigest[] = [];
    const none: string[] = [];
    for (const { events, ...record } of sessions) {
      const digest =
        record.status === 'active' ? null : digestOrNull({ record, events: [...events] });
      if (digest) digests.push(digest);
      else none.push(record.id);
    }
    await db.digests.bulkPut(digests);
    await db.digests.bulkDelete(none);
  });
}

/** Reads these sessions' logs as stored and writes their digests (or drops them: gone or running). */
export async function writeDigests(db: FootholdDb, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', db.sessions, db.events, db.digests, async () => {
    for (const id of ids) {
      const log = await readLog(db, id);
      const digest = log && log.record.status !== 'active' ? digestOrNull(log) : null;
      if (digest) await db.digests.put(digest);
      else await db.digests.delete(id);
    }
  });
}

/** Drops the digests of these sessions, or of every session. */
export async function dropDigests(db: FootholdDb, ids?: readonly string[]): Promise<void> {
  await db.transaction('rw', db.digests, async () => {
    if (ids) await db.digests.bulkDelete([...ids]);
    else await db.digests.clear();
  });
}

export interface ReviewDigests {
  /** Every session that can be read, newest first. */
  digests: SessionDigest[];
  /** Ended sessions read from their logs here, as their digest was missing or stale. */
  unsaved: string[];
}

/**
 * The review's sessions: the stored digests of the sessions there are, and from their logs only
 * the sessions still running and any whose digest is missing or of another DIGEST_VERSION. Reads
 * the sessions' keys and the digests, never the whole log.
 */
export async function readDigests(db: FootholdDb): Promise<ReviewDigests> {
  return db.transaction('r', db.sessions, db.events, db.digests, async () => {
    // Whole tables in one request each (an index walked in order is a request per row).
    const [ids, running, stored] = await Promise.all([
      db.sessions.toCollection().primaryKeys(),
      db.sessions.where('status').equals('active').primaryKeys(),
      db.digests.toArray(),
    ]);
    const live = new Set(running);
    const kept = new Map(
      stored.filter((d) => d.digestVersion === DIGEST_VERSION).map((d) => [d.id, d]),
    );
    const digests: SessionDigest[] = [];
    const unsaved: string[] = [];
    for (const id of ids) {
      const digest = live.has(id) ? undefined : kept.get(id);
      if (digest) {
        digests.push(digest);
        continue;
      }
      const log = await readLog(db, id);
      const read = log && digestSession(log);
      if (!read) continue;
      digests.push(read);
      if (!live.has(id)) unsaved.push(id);
    }
    return { digests: digests.sort((a, b) => b.startedAt - a.startedAt), unsaved };
  });
}
