// Every released version of the database, oldest first. A new version is appended here with its
// upgrade function, a fixture of the version before it in tests/fixtures, and a test that
// upgrades the fixture and finds every row: released versions must stay readable forever.
import type { Transaction } from 'dexie';

export const DB_NAME = 'foothold';

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions: primary key first, then indexes. */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void> | void;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      sessions: 'id, startedAt, status, sceneId',
      // Events are keyed by session and their order in it, so they read back in order.
      events: '[sessionId+seq], sessionId',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]?.version ?? 1;
