// The app's one database connection, opened on first use.
import { FootholdDb } from './db';

let db: FootholdDb | null = null;

export function database(): FootholdDb {
  if (!db) {
    db = new FootholdDb();
    // Another tab upgraded the schema: step aside so it is not blocked. Writes fail from here on
    // and are kept in memory, with a message asking to reload.
    db.on('versionchange', () => {
      db?.close();
      return false;
    });
  }
  return db;
}
