import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FootholdDb } from '../../src/data/db';
import { readDigests } from '../../src/data/digests';
import { CURRENT_SCHEMA_VERSION, schemaVersions } from '../../src/data/schema';
import {
  listSessions,
  readEvents,
  readSession,
  recoverInterrupted,
  writeEvent,
} from '../../src/data/sessions';
import type { LadderStep } from '../../src/domain/ladder/ladder';
import { digestSession } from '../../src/domain/review/digest';
import type { SessionEvent, SessionRecord, StoredEvent } from '../../src/domain/session/events';
import { replay } from '../../src/domain/session/machine';
import { sessionStatus } from '../../src/domain/session/summary';
import fixture from '../fixtures/db-v1.json';
import fixtureV3 from '../fixtures/db-v3.json';
import { freshDatabases } from './freshDb';

const { fresh: freshDb, track } = freshDatabases('test');

const record: SessionRecord = { id: 's1', sceneId: 'calm', startedAt: 1000, status: 'active' };
const startedEvent: StoredEvent = {
  sessionId: 's1',
  seq: 0,
  mode: 'desktop',
  type: 'started',
  at: 1000,
  sceneId: 'calm',
  level: 2,
  params: { sunElevation: 9 },
  seed: 1,
  before: { sudsNow: 10, sudsExpected: 40 },
  promptMinutes: 2,
};
const rating = (seq: number, suds: number): StoredEvent => ({
  sessionId: 's1',
  seq,
  mode: 'desktop',
  type: 'suds',
  at: 1000 + seq * 1000,
  suds,
  prompted: false,
});

describe('session log in IndexedDB', () => {
  it('appends events and reads them back in order, whatever order other sessions wrote in', async () => {
    const db = freshDb();
    await writeEvent(db, startedEvent, record);
    await writeEvent(db, { ...startedEvent, sessionId: 's0' }, { ...record, id: 's0' });
    for (let seq = 1; seq <= 12; seq++) await writeEvent(db, rating(seq, (seq * 5) % 100));
    await writeEvent(db, { ...rating(1, 50), sessionId: 's0' });
    const events = await readEvents(db, 's1');
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(
      events.filter((e) => e.type === 'suds').map((e) => (e.type === 'suds' ? e.suds : -1)),
    ).toEqual([5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60]);
    expect((await readEvents(db, 's0')).length).toBe(2);
  });

  it('never overwrites an event: writing the same seq again keeps the first', async () => {
    const db = freshDb();
    await writeEvent(db, startedEvent, record);
    await writeEvent(db, rating(1, 30));
    await writeEvent(db, rating(1, 90));
    const events = await readEvents(db, 's1');
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ suds: 30 });
  });

  it('closes the record with the end event, as completed or stopped early', async () => {
    const db = freshDb();
    await writeEvent(db, startedEvent, record);
    await writeEvent(db, {
      sessionId: 's1',
      seq: 1,
      mode: 'desktop',
      type: 'stop',
      at: 5000,
      early: true,
      via: 'escape-key',
    });
    await writeEvent(db, {
      sessionId: 's1',
      seq: 2,
      mode: 'desktop',
      type: 'end',
      at: 6000,
      after: { sudsEnd: 20 },
    });
    expect(await db.sessions.get('s1')).toMatchObject({ status: 'stopped-early', endedAt: 6000 });
  });

  it('closes with the status of the last stop when the person continued after an early one', async () => {
    const db = freshDb();
    const event = (seq: number, e: SessionEvent): StoredEvent =>
      ({ ...e, sessionId: 's1', seq, mode: 'desktop' }) as StoredEvent;
    await writeEvent(db, startedEvent, record);
    await writeEvent(db, event(1, { type: 'stop', at: 2000, early: true, via: 'escape-key' }));
    await writeEvent(db, event(2, { type: 'continue', at: 3000 }));
    await writeEvent(db, event(3, { type: 'stop', at: 4000, early: false, via: 'finish-button' }));
    await writeEvent(db, event(4, { type: 'end', at: 5000, after: { sudsEnd: 10 } }));
    const state = replay(await readEvents(db, 's1'));
    expect(state && sessionStatus(state)).toBe('completed');
    expect(await db.sessions.get('s1')).toMatchObject({ status: 'completed', endedAt: 5000 });
  });

  it('marks sessions left active as interrupted with every rating, but not one running elsewhere', async () => {
    const db = freshDb();
    await writeEvent(db, startedEvent, record);
    await writeEvent(db, rating(1, 40));
    await writeEvent(db, rating(2, 65));
    await writeEvent(db, { ...startedEvent, sessionId: 'other' }, { ...record, id: 'other' });
    const recovered = await recoverInterrupted(db, async (id) => id === 'other');
    expect(recovered.map((r) => r.id)).toEqual(['s1']);
    const s1 = await readSession(db, 's1');
    expect(s1?.record).toMatchObject({ status: 'interrupted', endedAt: 3000 });
    expect(replay(s1?.events ?? [])?.ratings.map((r) => r.suds)).toEqual([40, 65]);
    expect((await db.sessions.get('other'))?.status).toBe('active');
  });
});

describe('schema migrations', () => {
  async function loadFixtureV1(): Promise<string> {
    const v1 = schemaVersions.filter((v) => v.version === 1);
    const db = freshDb(v1);
    await db.sessions.bulkAdd(fixture.sessions as SessionRecord[]);
    // Version 1 rows: most events have no mode.
    await db.events.bulkAdd(fixture.events as unknown as StoredEvent[]);
    db.close();
    return db.name;
  }

  it('opens a version 1 database with the current schema and finds every row', async () => {
    const name = await loadFixtureV1();
    const db = new FootholdDb(name);
    track(db);
    expect(await db.sessions.count()).toBe(fixture.sessions.length);
    expect(await db.events.count()).toBe(fixture.events.length);
    const completed = await readSession(db, '10000000-0000-4000-8000-000000000001');
    expect(replay(completed?.events ?? [])?.after?.sudsEnd).toBe(25);
  });

  it('upgrades version 1 to 2: every event gets where it happened, ended sessions their last stop', async () => {
    const name = await loadFixtureV1();
    const db = new FootholdDb(name);
    track(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    // By hand, not through modesFromXr: in the headset from xr-enter up to xr-exit; modes already
    // logged by a build before version 2 are kept (the fourth, "modes logged", ended after the headset came off).
    const d = 'desktop';
    const x = 'xr';
    const expectedModes: Record<string, string[]> = {
      '10000000-0000-4000-8000-000000000001': [d, d, d, d, d, d],
      '10000000-0000-4000-8000-000000000002': [d, d, d, x, x, d, d],
      '10000000-0000-4000-8000-000000000003': [d, x, x, x, x, x, x],
      '10000000-0000-4000-8000-000000000004': [d, x, x, d],
    };
    for (const s of fixture.sessions) {
      const expected = fixture.events
        .filter((e) => e.sessionId === s.id)
        .map((e, i) => ({ ...e, mode: expectedModes[s.id]?.[i] }));
      expect(await readEvents(db, s.id)).toEqual(expected);
    }
    expect(await db.events.count()).toBe(fixture.events.length);
    // Stopped early, continued, then finished: version 1 had written the first stop's status.
    const statuses = Object.fromEntries((await listSessions(db)).map((r) => [r.id, r.status]));
    expect(statuses).toEqual({
      '10000000-0000-4000-8000-000000000001': 'completed',
      '10000000-0000-4000-8000-000000000002': 'active',
      '10000000-0000-4000-8000-000000000003': 'completed',
      '10000000-0000-4000-8000-000000000004': 'completed',
    });
    const records = await db.sessions.toArray();
    for (const r of records) {
      const { status: _, ...rest } = r;
      const { status: __, ...before } = fixture.sessions.find((f) => f.id === r.id) ?? {};
      expect(rest).toEqual(before);
    }
  });

  it('upgrades a version 2 database to 3: every row kept, an empty ladder, sessions found by step', async () => {
    const name = await loadFixtureV1();
    // As a person who last used version 2 has it: opened, upgraded to 2, closed.
    const v2 = new FootholdDb(
      name,
      schemaVersions.filter((v) => v.version <= 2),
    );
    track(v2);
    await v2.open();
    expect(v2.verno).toBe(2);
    const eventsAt2 = await v2.events.toArray();
    const sessionsAt2 = await v2.sessions.toArray();
    v2.close();

    const db = new FootholdDb(
      name,
      schemaVersions.filter((v) => v.version <= 3),
    );
    track(db);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.events.toArray()).toEqual(eventsAt2);
    expect(await db.sessions.toArray()).toEqual(sessionsAt2);
    expect(await db.steps.count()).toBe(0);
    expect(await db.sessions.where('stepId').equals('any').count()).toBe(0);
    await db.sessions.update('10000000-0000-4000-8000-000000000001', { stepId: 'step-1' });
    expect((await db.sessions.where('stepId').equals('step-1').toArray()).map((s) => s.id)).toEqual(
      ['10000000-0000-4000-8000-000000000001'],
    );
  });

  it("upgrades a version 3 database to 4: the review's digest of each ended session, from its log", async () => {
    const v3 = freshDb(schemaVersions.filter((v) => v.version <= 3));
    await v3.sessions.bulkAdd(fixtureV3.sessions as SessionRecord[]);
    await v3.events.bulkAdd(fixtureV3.events as StoredEvent[]);
    await v3.steps.bulkAdd(fixtureV3.steps as LadderStep[]);
    expect(v3.verno).toBe(3);
    v3.close();

    const db = track(
      new FootholdDb(
        v3.name,
        schemaVersions.filter((v) => v.version <= 4),
      ),
    );
    await db.open();
    expect(db.verno).toBe(4);
    // Every row of the log kept as it was.
    expect(await db.sessions.count()).toBe(fixtureV3.sessions.length);
    expect(await db.events.count()).toBe(fixtureV3.events.length);
    expect(await db.steps.count()).toBe(fixtureV3.steps.length);
    const ended = fixtureV3.sessions.filter((s) => s.status !== 'active');
    const digests = await db.digests.orderBy('id').toArray();
    expect(digests.map((d) => d.id)).toEqual(ended.map((s) => s.id).sort());
    for (const d of digests) {
      const log = await readSession(db, d.id);
      expect(log && digestSession(log)).toEqual(d);
    }
    // The review reads them as they are: only the session still running from its log.
    const review = await readDigests(db);
    expect(review.unsaved).toEqual([]);
    expect(review.digests.map((d) => d.id).sort()).toEqual(
      fixtureV3.sessions.map((s) => s.id).sort(),
    );
    expect(review.digests.find((d) => d.id === 's-active')?.status).toBe('active');
  });

  it('upgrades a version 4 database past 5: every row kept, and empty tables for places, their files and own ladders', async () => {
    const v3 = freshDb(schemaVersions.filter((v) => v.version <= 3));
    await v3.sessions.bulkAdd(fixtureV3.sessions as SessionRecord[]);
    await v3.events.bulkAdd(fixtureV3.events as StoredEvent[]);
    await v3.steps.bulkAdd(fixtureV3.steps as LadderStep[]);
    v3.close();
    const v4 = track(
      new FootholdDb(
        v3.name,
        schemaVersions.filter((v) => v.version <= 4),
      ),
    );
    await v4.open();
    const digests = await v4.digests.orderBy('id').toArray();
    v4.close();

    const db = track(new FootholdDb(v3.name));
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.sessions.count()).toBe(fixtureV3.sessions.length);
    expect(await db.events.count()).toBe(fixtureV3.events.length);
    expect(await db.steps.toArray()).toEqual(
      [...fixtureV3.steps].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db.digests.orderBy('id').toArray()).toEqual(digests);
    expect([await db.places.count(), await db.media.count(), await db.ladders.count()]).toEqual([
      0, 0, 0,
    ]);
  });

  it('upgrades through a declared next version, keeping every row and running the upgrade', async () => {
    const name = await loadFixtureV1();
    // The shape every future version takes: new stores or indexes, and an upgrade over old rows.
    const next = [
      ...schemaVersions,
      {
        version: CURRENT_SCHEMA_VERSION + 1,
        stores: {
          sessions: 'id, startedAt, status, sceneId, stepId, colour',
          events: '[sessionId+seq], sessionId, type',
          steps: 'id, sceneId',
          digests: 'id, startedAt',
        },
        upgrade: async (tx: import('dexie').Transaction) => {
          await tx
            .table('sessions')
            .toCollection()
            .modify((s: Record<string, unknown>) => {
              s.colour = 'blue';
            });
        },
      },
    ];
    const db = new FootholdDb(name, next);
    track(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
    const sessions = await listSessions(db);
    expect(sessions.map((s) => s.id).sort()).toEqual(fixture.sessions.map((s) => s.id).sort());
    expect(
      sessions.every((s) => (s as SessionRecord & { colour?: string }).colour === 'blue'),
    ).toBe(true);
    expect(await db.events.where('type').equals('suds').count()).toBe(
      fixture.events.filter((e) => e.type === 'suds').length,
    );
    for (const s of fixture.sessions) {
      const events = await readEvents(db, s.id);
      expect(events.length).toBe(fixture.events.filter((e) => e.sessionId === s.id).length);
      // The versions between ran too.
      expect(events.every((e) => e.mode === 'desktop' || e.mode === 'xr')).toBe(true);
    }
  });
});
