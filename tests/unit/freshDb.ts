// Throwaway databases for the storage tests (fake-indexeddb), each deleted after its test.
import { afterEach } from 'vitest';
import { FootholdDb } from '../../src/data/db';
import { schemaVersions } from '../../src/data/schema';

/**
 * Call once at the top of a test file (which imports 'fake-indexeddb/auto' first, before Dexie
 * loads). `fresh` opens a new database; `track` deletes one the test opened itself.
 */
export function freshDatabases(prefix: string) {
  const opened: FootholdDb[] = [];
  let counter = 0;
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  const track = (db: FootholdDb) => {
    opened.push(db);
    return db;
  };
  const fresh = (versions = schemaVersions) =>
    track(new FootholdDb(`${prefix}-${++counter}-${Date.now()}`, versions));
  return { fresh, track };
}
