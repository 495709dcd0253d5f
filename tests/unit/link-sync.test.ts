import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { findScene } from '../../scenes/registry';
import type { FootholdDb } from '../../src/data/db';
import { readInventory, readLacking, takeBatch } from '../../src/data/link/sync';
import { writeEvent } from '../../src/data/sessions';
import type { LoggedSession } from '../../src/data/transfer/format';
import { freshDatabases } from './freshDb';
import { audienceStoppedEarly, heightsCompleted } from './sessionLogs';

const { fresh } = freshDatabases('link-sync');

/** Stored as the app stores a session: event by event, the record with the first. */
async function store(db: FootholdDb, { record, events }: LoggedSession, status = record.status) {
  for (const event of events)
    await writeEvent(db, event, event.seq === 0 ? { ...record, status: 'active' } : undefined);
  if (status === 'active') await db.sessions.update(record.id, { status: 'active' });
}

describe('the log across the link', () => {
  it('sends only the ended sessions the other lacks, which its import takes, and then nothing more', async () => {
    const headset = fresh();
    const laptop = fresh();
    const done = heightsCompleted();
    const stopped = audienceStoppedEarly();
    await store(headset, done);
    await store(headset, stopped);
    await store(laptop, done);
    // One still running on the headset: never sent half-way.
    const running = heightsCompleted('a1b2c3d4-0000-4000-8000-0000000000ff', Date.UTC(2026, 0, 20));
    await store(headset, { ...running, events: running.events.slice(0, 2) }, 'active');

    expect((await readInventory(headset)).sessions.sort()).toEqual(
      [done.record.id, stopped.record.id].sort(),
    );
    const batch = await readLacking(headset, await readInventory(laptop));
    expect(batch).not.toBeNull();
    const sent = JSON.parse(batch ?? '{}') as { sessions: { id: string }[] };
    expect(sent.sessions.map((s) => s.id)).toEqual([stopped.record.id]);

    const outcome = await takeBatch(laptop, batch ?? '', findScene);
    expect(outcome).toMatchObject({ ok: true, added: 1 });
    expect(await laptop.events.where('sessionId').equals(stopped.record.id).count()).toBe(
      stopped.events.length,
    );
    // Taken again (a batch sent twice), nothing changes.
    expect(await takeBatch(laptop, batch ?? '', findScene)).toMatchObject({ ok: true, added: 0 });
    expect(await readLacking(headset, await readInventory(laptop))).toBeNull();
  });

  it('refuses a batch that fails the import’s checks, with its words, and changes nothing', async () => {
    const headset = fresh();
    const laptop = fresh();
    await store(headset, heightsCompleted());
    await store(headset, audienceStoppedEarly());
    const batch = JSON.parse((await readLacking(headset, { sessions: [], steps: [] })) ?? '{}');
    const suds = batch.sessions[1].events.find((e: { type: string }) => e.type === 'suds');
    suds.suds = 140;
    const outcome = await takeBatch(laptop, JSON.stringify(batch), findScene);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problem.message.id).toBeTruthy();
    expect(await laptop.sessions.count()).toBe(0);
    expect(await laptop.events.count()).toBe(0);
  });
});
