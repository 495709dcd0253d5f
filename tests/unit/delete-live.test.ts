// Deleting while a session runs in another tab: the delete asks liveness as it runs and keeps a
// running session whole, and a writer that finds its record gone writes its session again whole.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FootholdDb } from '../../src/data/db';
import { RESTORED_NOTICE, SessionJournal } from '../../src/data/journal';
import type { Liveness } from '../../src/data/liveness';
import {
  deleteAll,
  deleteSession,
  readEvents,
  readSession,
  SessionGoneError,
  surveyDeleteAll,
  writeEvent,
} from '../../src/data/sessions';
import { applyWrite, type Write } from '../../src/data/writes';
import type { LadderStep } from '../../src/domain/ladder/ladder';
import type { Place } from '../../src/domain/places/place';
import type { SessionRecord, StoredEvent } from '../../src/domain/session/events';
import { replay } from '../../src/domain/session/machine';
import { createSessionStore, type StartInput } from '../../src/state/session';
import { freshDatabases } from './freshDb';
import { audienceStoppedEarly, calmInterrupted, heightsCompleted } from './sessionLogs';

const { fresh } = freshDatabases('delete-live');

/** Liveness as the test says: the listed sessions run in another tab, every other one is stopped. */
function running(...ids: string[]): Liveness & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    async whileStopped(all, task) {
      asked.push([...all]);
      return task(new Set(all.filter((id) => !ids.includes(id))));
    },
  };
}

async function store(
  db: FootholdDb,
  { record, events }: { record: SessionRecord; events: StoredEvent[] },
) {
  await db.sessions.add(record);
  await db.events.bulkAdd(events);
}

/** The first `n` events of a session as it runs: its record still active. */
function runningSession(n: number, id = 'live-heights') {
  const { record, events } = heightsCompleted(id, Date.UTC(2026, 11, 2, 14, 0));
  const { endedAt: _, ...opened } = record;
  return { record: { ...opened, status: 'active' as const }, events: events.slice(0, n) };
}

const step: LadderStep = {
  id: 'step-1',
  sceneId: 'heights',
  name: 'Balcony',
  level: 2,
  params: { elevation: 10, railing: 'glass', floor: 'solid', lookDownTask: false },
  custom: false,
  expectedSuds: 40,
  position: 0,
  createdAt: 1,
};

const place: Place = {
  id: 'p1',
  name: 'The bridge',
  kind: 'image',
  wrap: 'around',
  type: 'image/jpeg',
  bytes: 4,
  width: 4096,
  height: 2048,
  hash: 'c'.repeat(64),
  createdAt: 1,
};

const orphan: StoredEvent = {
  sessionId: 'no-record',
  seq: 3,
  mode: 'desktop',
  type: 'suds',
  at: 1,
  suds: 20,
  prompted: false,
};

describe('deleting everything while a session runs', () => {
  it('keeps the running session whole and deletes every other session, event, orphan and step', async () => {
    const db = fresh();
    const live = runningSession(5);
    await store(db, live);
    await store(db, audienceStoppedEarly());
    await store(db, calmInterrupted());
    await db.events.add(orphan);
    await db.steps.add(step);
    await db.places.add(place);
    await db.media.add({ id: place.id, file: new Blob(['jpeg']) });
    await db.ladders.add({ id: 'lifts', name: 'Lifts', createdAt: 1 });

    const done = await deleteAll(db, running(live.record.id));

    expect(done).toEqual({ sessions: 2, ratings: 3, steps: 1, places: 1, kept: [live.record] });
    expect(await db.sessions.toArray()).toEqual([live.record]);
    expect(await db.events.toArray()).toEqual(live.events);
    expect(await db.steps.count()).toBe(0);
    // Everything is the person's places too: records, files and the ladders named for them.
    expect([await db.places.count(), await db.media.count(), await db.ladders.count()]).toEqual([
      0, 0, 0,
    ]);
  });

  it('asks liveness as it runs, and keeps a session that started after it asked', async () => {
    const db = fresh();
    await store(db, audienceStoppedEarly());
    const late = runningSession(2, 'started-meanwhile');
    // The other tab starts a session between the question to liveness and the delete itself.
    const liveness: Liveness = {
      async whileStopped(ids, task) {
        const stopped = new Set(ids);
        await store(db, late);
        return task(stopped);
      },
    };
    const done = await deleteAll(db, liveness);
    expect(done.kept.map((r) => r.id)).toEqual(['started-meanwhile']);
    expect(await readSession(db, 'started-meanwhile')).toEqual(late);
    expect(await readSession(db, audienceStoppedEarly().record.id)).toBeNull();
  });

  it('deletes a session left active by a closed tab: its lock was free', async () => {
    const db = fresh();
    const left = runningSession(3, 'left-behind');
    await store(db, left);
    const liveness = running();
    expect(await deleteAll(db, liveness)).toMatchObject({ sessions: 1, ratings: 1, kept: [] });
    expect(liveness.asked).toEqual([['left-behind']]);
    expect(await db.sessions.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });

  it('counts what would go from what is stored now, and changes nothing', async () => {
    const db = fresh();
    const live = runningSession(4);
    await store(db, live);
    await store(db, audienceStoppedEarly());
    await db.steps.add(step);
    const before = await surveyDeleteAll(db, running(live.record.id));
    expect(before).toEqual({ sessions: 1, ratings: 2, steps: 1, places: 0, kept: [live.record] });
    await store(db, calmInterrupted());
    expect(await surveyDeleteAll(db, running(live.record.id))).toMatchObject({
      sessions: 2,
      ratings: 3,
    });
    expect(await db.sessions.count()).toBe(3);
  });

  it('deletes one session only when no tab runs it', async () => {
    const db = fresh();
    const live = runningSession(4);
    await store(db, live);
    expect(await deleteSession(db, live.record.id, running(live.record.id))).toBe(false);
    expect(await readSession(db, live.record.id)).toEqual(live);
    expect(await deleteSession(db, live.record.id, running())).toBe(true);
    expect(await readSession(db, live.record.id)).toBeNull();
  });
});

describe('a write that finds its session record gone', () => {
  it('is refused and stores nothing, never an orphan event', async () => {
    const db = fresh();
    const live = runningSession(3);
    await store(db, live);
    await db.sessions.clear();
    await db.events.clear();
    const next = heightsCompleted(live.record.id).events[3] as StoredEvent;
    await expect(writeEvent(db, next)).rejects.toBeInstanceOf(SessionGoneError);
    await expect(applyWrite(db, { kind: 'interrupt', sessionId: live.record.id })).rejects.toThrow(
      SessionGoneError,
    );
    expect(await db.events.count()).toBe(0);
  });

  it('writes the session again whole through the journal: record, started, every event, seq 0 on', async () => {
    const db = fresh();
    const whole = heightsCompleted('whole', Date.UTC(2026, 11, 2, 14, 0));
    const journal = new SessionJournal(() => async (write) => {
      await applyWrite(db, write);
      return 1;
    });
    const { endedAt: _, ...opened } = whole.record;
    const writes: Write[] = whole.events.map((event, i) =>
      i === 0
        ? { kind: 'event', event, record: { ...opened, status: 'active' } }
        : { kind: 'event', event },
    );
    const restored: boolean[] = [];
    for (const [i, write] of writes.entries()) {
      // Another tab deletes everything twice: after the third event, and just before the end.
      if (i === 3 || i === writes.length - 1) await deleteAll(db, running());
      restored.push((await journal.write(write)).restored);
    }
    expect(restored.filter(Boolean)).toHaveLength(2);
    expect(restored[3]).toBe(true);
    const back = await readSession(db, 'whole');
    expect(back?.events).toEqual(whole.events);
    expect(back?.events.map((e) => e.seq)).toEqual(whole.events.map((_, i) => i));
    expect(back?.record).toEqual(whole.record);
    expect(replay(back?.events ?? [])?.phase).toBe('ended');
  });

  it('writes an unfinished session again whole before marking it interrupted', async () => {
    const db = fresh();
    const live = runningSession(4, 'left');
    const journal = new SessionJournal(() => async (write) => {
      await applyWrite(db, write);
      return 1;
    });
    for (const [i, event] of live.events.entries())
      await journal.write(
        i === 0 ? { kind: 'event', event, record: live.record } : { kind: 'event', event },
      );
    await deleteAll(db, running());
    expect(await journal.write({ kind: 'interrupt', sessionId: 'left' })).toMatchObject({
      restored: true,
    });
    expect(await readEvents(db, 'left')).toEqual(live.events);
    expect((await db.sessions.get('left'))?.status).toBe('interrupted');
  });

  it('tells the person, in the save status, that the session was saved again', async () => {
    const db = fresh();
    let t = Date.UTC(2026, 11, 2, 14, 0);
    const session = createSessionStore(
      () => async (write) => {
        await applyWrite(db, write);
        return t;
      },
      () => (t += 1000),
    );
    const input: StartInput = {
      sceneId: 'calm',
      level: 1,
      params: {},
      seed: 1,
      before: { sudsNow: 20, sudsExpected: 50 },
      promptMinutes: 2,
    };
    const id = session.getState().start(input) === null ? session.getState().sessionId : null;
    const { record } = session.getState();
    record({ type: 'suds', suds: 30, prompted: false });
    record({ type: 'suds', suds: 40, prompted: false });
    await expect.poll(() => session.getState().save.committed).toBe(3);
    expect(session.getState().save.notice).toBeNull();

    await deleteAll(db, running());
    record({ type: 'suds', suds: 35, prompted: false });
    await expect.poll(() => session.getState().save.notice).toBe(RESTORED_NOTICE);
    record({ type: 'stop', early: false, via: 'finish-button' });
    record({ type: 'end', after: { sudsEnd: 20 } });
    await expect.poll(() => session.getState().save.committed).toBe(6);
    const back = await readSession(db, id ?? '');
    expect(back?.events.map((e) => [e.seq, e.type])).toEqual([
      [0, 'started'],
      [1, 'suds'],
      [2, 'suds'],
      [3, 'suds'],
      [4, 'stop'],
      [5, 'end'],
    ]);
    expect(back?.record.status).toBe('completed');
    await session.getState().close();
  });
});
