// Every released version of the database, oldest first: the Dexie stores of each data version in
// domain/migrations.ts, whose pure step upgrades the rows. A new version is appended there and
// here, with a fixture of the version before it in tests/fixtures, and a test that upgrades the
// fixture and finds every row: released versions must stay readable forever.
import type { Transaction } from 'dexie';
import {
  DERIVED_TABLES,
  type Migration,
  migrations,
  type Row,
  runMigration,
  TABLES,
  type TableName,
} from '../domain/migrations';

export const DB_NAME = 'foothold';

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions: primary key first, then indexes. */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void> | void;
}

/**
 * The Dexie upgrade that runs a migration over the tables of its version (one new in it is empty):
 * every row is read, then only the rows the step changed are written; a derived table the step
 * rebuilt is replaced whole.
 */
export function dexieUpgrade(
  migration: Migration,
  stores: SchemaVersion['stores'],
): (tx: Transaction) => Promise<void> {
  const names = TABLES.filter((name) => stores[name]);
  return async (tx) => {
    const before: { [T in TableName]?: Row[] } = {};
    // Primary-key order: each session's events together, in seq order, as the steps expect.
    for (const name of names) before[name] = await tx.table(name).toArray();
    const after = runMigration(migration, before);
    for (const name of names) {
      const old = before[name] ?? [];
      if (DERIVED_TABLES.includes(name)) {
        if (after[name] === old) continue;
        await tx.table(name).clear();
        await tx.table(name).bulkAdd([...(after[name] ?? [])]);
        continue;
      }
      const changed = (after[name] ?? []).filter((row, i) => row !== old[i]);
      if (changed.length > 0) await tx.table(name).bulkPut(changed);
    }
  };
}

/** A released version: its stores, upgraded to by the data migration of the same number. */
function released(version: number, stores: SchemaVersion['stores']): SchemaVersion {
  const migration = migrations.find((m) => m.version === version);
  if (!migration) throw new Error(`No data version ${version}`);
  // Nothing comes before the first version, so it has nothing to upgrade.
  return version === 1
    ? { version, stores }
    : { version, stores, upgrade: dexieUpgrade(migration, stores) };
}

export const schemaVersions: readonly SchemaVersion[] = [
  released(1, {
    sessions: 'id, startedAt, status, sceneId',
    // Events are keyed by session and their order in it, so they read back in order.
    events: '[sessionId+seq], sessionId',
  }),
  // Every event carries `mode`; ended sessions take the status of their last stop.
  released(2, {
    sessions: 'id, startedAt, status, sceneId',
    events: '[sessionId+seq], sessionId',
  }),
  // The ladder: steps per scene; sessions name the step they practised. Earlier sessions had none.
  released(3, {
    sessions: 'id, startedAt, status, sceneId, stepId',
    events: '[sessionId+seq], sessionId',
    steps: 'id, sceneId',
  }),
  // The review's digest of each ended session, built from the logs already stored.
  released(4, {
    sessions: 'id, startedAt, status, sceneId, stepId',
    events: '[sessionId+seq], sessionId',
    steps: 'id, sceneId',
    digests: 'id, startedAt',
  }),
  // The person's own places and ladders; `media` holds each place's file, keyed by the place's id,
  // apart so that listing places never reads a file.
  released(5, {
    sessions: 'id, startedAt, status, sceneId, stepId',
    events: '[sessionId+seq], sessionId',
    steps: 'id, sceneId',
    digests: 'id, startedAt',
    places: 'id',
    ladders: 'id',
    media: 'id',
  }),
  // Events that say the companion did them; the stores are as they were.
  released(6, {
    sessions: 'id, startedAt, status, sceneId, stepId',
    events: '[sessionId+seq], sessionId',
    steps: 'id, sceneId',
    digests: 'id, startedAt',
    places: 'id',
    ladders: 'id',
    media: 'id',
  }),
];

export const CURRENT_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]?.version ?? 1;
