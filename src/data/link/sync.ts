// The log on both devices: each says what it holds, and sends the other the ended sessions and the
// steps it lacks as the text of an export file, which the other takes through the JSON import
// itself (checked, all or nothing, idempotent by id). A running session is never sent: it goes
// once it has ended, so the other device never holds half of it.
import type { FootholdDb } from '../db';
import { groupBySession } from '../sessions';
import { readExport } from '../transfer/exportData';
import { type ImportOutcome, importLogFile } from '../transfer/readImport';
import type { FindScene } from '../transfer/validate';
import { APP_VERSION } from '../version';

export interface Inventory {
  sessions: string[];
  steps: string[];
}

/** The ended sessions (completed, stopped or interrupted) and the ladder's steps on this device. */
export async function readInventory(db: FootholdDb): Promise<Inventory> {
  const [sessions, steps] = await db.transaction('r', db.sessions, db.steps, () =>
    Promise.all([
      db.sessions.filter((s) => s.status !== 'active').primaryKeys(),
      db.steps.toCollection().primaryKeys(),
    ]),
  );
  return { sessions: sessions.map(String), steps: steps.map(String) };
}

/** An export file's text of what `theirs` lacks, or null when they have it all. */
export async function readLacking(db: FootholdDb, theirs: Inventory): Promise<string | null> {
  const have = new Set(theirs.sessions);
  const haveSteps = new Set(theirs.steps);
  const mine = await readInventory(db);
  const ids = mine.sessions.filter((id) => !have.has(id));
  const stepsLacking = mine.steps.some((id) => !haveSteps.has(id));
  if (ids.length === 0 && !stepsLacking) return null;
  const sessions = await db.transaction('r', db.sessions, db.events, async () => {
    const records = (await db.sessions.bulkGet(ids)).filter((r) => r !== undefined);
    const events = await db.events.where('sessionId').anyOf(ids).toArray();
    const bySession = groupBySession(events);
    return records.map((record) => ({ record, events: bySession.get(record.id) ?? [] }));
  });
  // An export carries the whole ladder; the import adds the steps the other lacks.
  return JSON.stringify(await readExport(db, sessions, APP_VERSION));
}

/** Takes a batch as the import takes a file: all of it, or nothing with the import's words. */
export function takeBatch(
  db: FootholdDb,
  text: string,
  findScene: FindScene,
): Promise<ImportOutcome> {
  return importLogFile(db, new Blob([text], { type: 'application/json' }), findScene);
}
