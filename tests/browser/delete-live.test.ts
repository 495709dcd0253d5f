// The delete and the writer against the browser's own Web Locks and the real log worker: a running
// session holds its lock, so deleting everything keeps it; a writer whose record is deleted anyway
// (by a tab that cannot tell it runs) hears it from the worker and writes its session again whole.
import { afterEach, describe, expect, it } from 'vitest';
import { database } from '../../src/data/database';
import { SessionJournal } from '../../src/data/journal';
import { holdSessionLock, type Liveness } from '../../src/data/liveness';
import { logWriter } from '../../src/data/logWriter';
import { deleteAll, readSession, surveyDeleteAll } from '../../src/data/sessions';
import { audienceStoppedEarly, heightsCompleted } from '../unit/sessionLogs';

const releases: (() => void)[] = [];
afterEach(async () => {
  for (const release of releases.splice(0)) release();
  await database().sessions.clear();
  await database().events.clear();
});

/** A session as it runs: its first `n` events, its record active. */
function runningSession(id: string, n: number) {
  const { record, events } = heightsCompleted(id, Date.UTC(2026, 11, 2, 14, 0));
  const { endedAt: _, ...opened } = record;
  return { record: { ...opened, status: 'active' as const }, events: events.slice(0, n) };
}

/** As a tab that cannot see Web Locks: every session counts as stopped. */
const blind: Liveness = { whileStopped: (ids, task) => task(new Set(ids)) };

describe('deleting everything against Web Locks', () => {
  it('keeps the session whose lock is held, and deletes it once the lock is free', async () => {
    const db = database();
    const live = runningSession('locked-heights', 4);
    await db.sessions.add(live.record);
    await db.events.bulkAdd(live.events);
    const ended = audienceStoppedEarly();
    await db.sessions.add(ended.record);
    await db.events.bulkAdd(ended.events);
    releases.push(holdSessionLock(live.record.id));

    expect(await surveyDeleteAll(db)).toMatchObject({
      sessions: 1,
      ratings: 2,
      kept: [live.record],
    });
    const done = await deleteAll(db);
    expect(done.kept).toEqual([live.record]);
    expect(await readSession(db, live.record.id)).toEqual(live);
    expect(await readSession(db, ended.record.id)).toBeNull();

    for (const release of releases.splice(0)) release();
    await expect.poll(async () => (await deleteAll(db)).kept).toEqual([]);
    expect(await db.sessions.count()).toBe(0);
  });
});

describe('the log worker, when a session record is deleted under it', () => {
  it('says so to its page, which writes the session again whole, seq 0 on', async () => {
    const whole = heightsCompleted('worker-heights', Date.UTC(2026, 11, 2, 15, 0));
    const { endedAt: _, ...opened } = whole.record;
    const journal = new SessionJournal(logWriter);
    const restored: number[] = [];
    for (const [i, event] of whole.events.entries()) {
      if (i === 3) await deleteAll(database(), blind);
      const done = await journal.write(
        i === 0
          ? { kind: 'event', event, record: { ...opened, status: 'active' } }
          : { kind: 'event', event },
      );
      if (done.restored) restored.push(i);
    }
    expect(restored).toEqual([3]);
    const back = await readSession(database(), whole.record.id);
    expect(back?.events).toEqual(whole.events);
    expect(back?.record).toEqual(whole.record);
  });
});
