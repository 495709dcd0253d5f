// One list of data migrations serves the database upgrade and the import of older export files:
// the same version 1 rows come out the same either way, and a version added to the list is run by
// both.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { findScene } from '../../scenes/registry';
import { FootholdDb } from '../../src/data/db';
import { CURRENT_SCHEMA_VERSION, dexieUpgrade, schemaVersions } from '../../src/data/schema';
import { buildExport, EXPORT_VERSION, upgradeExport } from '../../src/data/transfer/format';
import { parseImport } from '../../src/data/transfer/validate';
import {
  checkedMigrations,
  DATA_VERSION,
  exportedMigrations,
  type Migration,
  migrate,
  migrations,
  type Row,
  runMigration,
} from '../../src/domain/migrations';
import { say } from '../../src/domain/phrase';
import type { SessionRecord, StoredEvent } from '../../src/domain/session/events';
import fixture from '../fixtures/db-v1.json';
import { freshDatabases } from './freshDb';
import { english } from './intl';
import { heightsCompleted, threeSessions } from './sessionLogs';

const { track } = freshDatabases('migrations');
let opened = 0;

type Fixture = { sessions: Row[]; events: Row[] };
const v1Rows = (): Fixture =>
  structuredClone({ sessions: fixture.sessions, events: fixture.events });

/** A version 1 export of these rows, each session with its events. */
function v1File({ sessions, events }: Fixture) {
  return {
    format: 'foothold-log',
    formatVersion: 1,
    appVersion: '0.1.0',
    exportedAt: '2026-02-01T12:00:00.000Z',
    sessions: sessions.map((s) => ({ ...s, events: events.filter((e) => e.sessionId === s.id) })),
  };
}

/** The file's sessions and events as table rows, in the database's order. */
function asTables(file: Record<string, unknown>) {
  const sessions = file.sessions as (Row & { events: Row[] })[];
  return {
    sessions: sessions.map(({ events: _, ...record }) => record).sort(byId),
    events: sessions.flatMap((s) => s.events).sort(byKey),
  };
}
const byId = (a: Row, b: Row) => String(a.id).localeCompare(String(b.id));
/** The events table's key order: session, then seq. */
const byKey = (a: Row, b: Row) =>
  String(a.sessionId).localeCompare(String(b.sessionId)) || Number(a.seq) - Number(b.seq);

/** Version 1 rows stored with the version 1 schema, then opened with `versions`. */
async function upgradedInDexie(rows: Fixture, versions = schemaVersions) {
  const name = `migrations-${++opened}-${Date.now()}`;
  const v1 = new FootholdDb(
    name,
    schemaVersions.filter((v) => v.version === 1),
  );
  await v1.sessions.bulkAdd(rows.sessions as SessionRecord[]);
  await v1.events.bulkAdd(rows.events as StoredEvent[]);
  v1.close();
  const db = track(new FootholdDb(name, versions));
  await db.open();
  return {
    sessions: ((await db.sessions.toArray()) as Row[]).sort(byId),
    events: (await db.events.toArray()) as Row[],
  };
}

describe('the list of data versions', () => {
  it('numbers the database versions alike, and the export format by what it holds', () => {
    expect(migrations.map((m) => m.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(schemaVersions.map((v) => v.version)).toEqual(migrations.map((m) => m.version));
    expect([DATA_VERSION, CURRENT_SCHEMA_VERSION]).toEqual([6, 6]);
    // Version 4 adds only the review's digests, which are derived and never exported.
    expect(exportedMigrations.map((m) => m.version)).toEqual([1, 2, 3, 5, 6]);
    expect(EXPORT_VERSION).toBe(exportedMigrations.at(-1)?.version);
  });

  it('refuses a list out of order, with a gap, or empty', () => {
    const step = (version: number): Migration => ({ version, change: '', up: (rows) => rows });
    expect(checkedMigrations([step(1), step(2)])).toHaveLength(2);
    expect(() => checkedMigrations([step(1), step(3)])).toThrow(/versions go 1, 2, 3/);
    expect(() => checkedMigrations([step(2), step(1)])).toThrow(/versions go 1, 2, 3/);
    expect(() => checkedMigrations([])).toThrow();
  });

  it('holds a step to keeping every row of a table it was given', () => {
    const drops: Migration = {
      version: 2,
      change: '',
      up: (rows) => ({ ...rows, events: [] }),
    };
    expect(() => runMigration(drops, { events: [{ seq: 0 }] })).toThrow(/every row of events/);
    // A table new in the version may come with rows.
    const adds: Migration = { version: 2, change: '', up: (rows) => ({ ...rows, steps: [{}] }) };
    expect(runMigration(adds, { events: [] }).steps).toEqual([{}]);
  });
});

describe('version 2: modes and the status of the last stop', () => {
  const up = (rows: Fixture) => runMigration(migrations[1] as Migration, rows);

  it('is pure: the rows given stay as they were, a row left alone is the same object', () => {
    const rows = v1Rows();
    const before = structuredClone(rows);
    const out = up(rows);
    expect(rows).toEqual(before);
    const logged = rows.events.findIndex((e) => e.mode !== undefined);
    expect(out.events?.[logged]).toBe(rows.events[logged]);
    expect(out.events?.[0]).not.toBe(rows.events[0]);
    const completed = rows.sessions.findIndex(
      (s) => s.id === '10000000-0000-4000-8000-000000000001',
    );
    expect(out.sessions?.[completed]).toBe(rows.sessions[completed]);
  });

  it('corrects only the status an ended session was written with', () => {
    const rows = v1Rows();
    const continued = rows.sessions.find(
      (s) => s.id === '10000000-0000-4000-8000-000000000003',
    ) as Row;
    const statusAfter = (status: unknown) =>
      up({ ...rows, sessions: [{ ...continued, status }] }).sessions?.[0]?.status;
    expect(statusAfter('stopped-early')).toBe('completed');
    // Not a status version 1 ended a session with: left for the import to refuse.
    expect(statusAfter('interrupted')).toBe('interrupted');
    expect(statusAfter(42)).toBe(42);
  });
});

describe('one list for the database upgrade and the import', () => {
  it('upgrades the same version 1 rows to the same rows in the database and in a file', async () => {
    const inDexie = await upgradedInDexie(v1Rows());
    const inFile = asTables(upgradeExport(v1File(v1Rows()), 1));
    expect(inFile).toEqual(inDexie);
    // And so do the bare rows, with the ladder's table new in version 3.
    const direct = migrate(v1Rows(), 1);
    expect(direct.steps).toEqual([]);
    expect({
      sessions: [...(direct.sessions ?? [])].sort(byId),
      events: [...(direct.events ?? [])].sort(byKey),
    }).toEqual(inDexie);
  });

  it('imports a version 1 file as the database upgrade stores its sessions', async () => {
    // The ended sessions of the fixture that logged no mode: the headset one was stopped early,
    // continued and finished, so version 1 had written "stopped-early".
    const ended = ['10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000003'];
    const rows = v1Rows();
    const file = v1File({
      sessions: rows.sessions.filter((s) => ended.includes(String(s.id))),
      events: rows.events.filter((e) => ended.includes(String(e.sessionId))),
    });
    const result = parseImport(JSON.stringify(file), findScene);
    if (!result.ok) throw new Error(say(english, result.problem));
    const inDexie = await upgradedInDexie(v1Rows());
    expect(asTables(result.file)).toEqual({
      sessions: inDexie.sessions.filter((s) => ended.includes(String(s.id))),
      events: inDexie.events.filter((e) => ended.includes(String(e.sessionId))),
    });
    expect(
      result.file.sessions.find((s) => s.id === '10000000-0000-4000-8000-000000000003')?.status,
    ).toBe('completed');
  });

  it('runs a version added to the list in the database upgrade and the import alike', async () => {
    const next: Migration = {
      version: DATA_VERSION + 1,
      change: 'Every session gets a colour.',
      up: (rows) => ({ ...rows, sessions: rows.sessions?.map((s) => ({ ...s, colour: 'blue' })) }),
    };
    const list = [...migrations, next];
    const stores = schemaVersions.at(-1)?.stores ?? {};
    const inDexie = await upgradedInDexie(v1Rows(), [
      ...schemaVersions,
      { version: DATA_VERSION + 1, stores, upgrade: dexieUpgrade(next, stores) },
    ]);
    const inFile = asTables(upgradeExport(v1File(v1Rows()), 1, list));
    expect(inFile).toEqual(inDexie);
    expect(inFile.sessions.every((s) => s.colour === 'blue')).toBe(true);
    // The versions between ran too.
    expect(inFile.events.every((e) => e.mode === 'desktop' || e.mode === 'xr')).toBe(true);
    // A file already at version 3 runs only the new one (and the digests', which it never holds).
    const v3 = upgradeExport({ sessions: [{ id: 'x', events: [{ type: 'suds' }] }] }, 3, list);
    expect(v3).toEqual({
      formatVersion: DATA_VERSION + 1,
      sessions: [{ id: 'x', colour: 'blue', events: [{ type: 'suds' }] }],
      // Version 5's tables, new and empty.
      places: [],
      ladders: [],
    });
  });
});

describe('an older file', () => {
  /** The problem with a version 1 copy of an export, and with the export itself, after `change`. */
  function problems(change: (file: { sessions: Record<string, unknown>[] }) => void) {
    const current = JSON.parse(JSON.stringify(buildExport(threeSessions(), '0.1.0', new Date(0))));
    const v1 = structuredClone(current);
    v1.formatVersion = 1;
    delete v1.steps;
    delete v1.places;
    delete v1.ladders;
    for (const s of v1.sessions) for (const e of s.events) delete e.mode;
    change(current);
    change(v1);
    const problem = (file: unknown) => {
      const result = parseImport(JSON.stringify(file), findScene);
      return result.ok ? 'accepted' : say(english, result.problem);
    };
    return [problem(v1), problem(current)];
  }
  const events = (f: { sessions: Record<string, unknown>[] }, i = 0) =>
    f.sessions[i]?.events as unknown[];

  it('is refused with the words, and the place, a current one would be', () => {
    const cases: ((f: { sessions: Record<string, unknown>[] }) => void)[] = [
      (f) => {
        events(f)[3] = 7;
      },
      (f) => {
        (events(f)[1] as Record<string, unknown>).suds = 130;
      },
      (f) => {
        f.sessions[1] = 'a session' as unknown as Record<string, unknown>;
      },
      (f) => {
        (f.sessions[2] as Record<string, unknown>).events = 'none';
      },
      (f) => {
        delete (f.sessions[0] as Record<string, unknown>).events;
      },
      (f) => {
        (f.sessions[0] as Record<string, unknown>).status = 'done';
      },
      (f) => {
        (events(f, 1)[2] as Record<string, unknown>).type = 'jump';
      },
    ];
    for (const change of cases) {
      const [v1, current] = problems(change);
      expect(current).not.toBe('accepted');
      expect(v1).toBe(current);
    }
  });

  it('keeps a field that is not its own for the import to name', () => {
    const file = JSON.parse(
      JSON.stringify(buildExport([heightsCompleted()], '0.1.0', new Date(0))),
    );
    file.formatVersion = 2;
    delete file.steps;
    delete file.places;
    delete file.ladders;
    file.sessions[0].colour = 'blue';
    const result = parseImport(JSON.stringify(file), findScene);
    expect(result.ok ? result : { ok: false, problem: say(english, result.problem) }).toEqual({
      ok: false,
      problem: 'sessions[0].colour: unknown field',
    });
  });
});
