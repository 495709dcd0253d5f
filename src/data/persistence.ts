// Asking the browser to keep Foothold's data, and reporting how much it holds.
import type { FootholdDb } from './db';

const ASKED_KEY = 'foothold-persist-asked';

/** Asks once (after the first completed session) that the browser not evict Foothold's data. */
export async function askPersistenceOnce(): Promise<void> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  try {
    if (localStorage.getItem(ASKED_KEY)) return;
    localStorage.setItem(ASKED_KEY, new Date().toISOString());
    await navigator.storage.persist();
  } catch {
    // Refused or unavailable: the data is kept as long as the browser allows; Settings says so.
  }
}

export interface StorageReport {
  persistent: boolean | null;
  usedBytes: number | null;
  quotaBytes: number | null;
}

export async function storageReport(): Promise<StorageReport> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [persistent, estimate] = await Promise.all([
    storage?.persisted?.().catch(() => null) ?? Promise.resolve(null),
    storage?.estimate?.().catch(() => null) ?? Promise.resolve(null),
  ]);
  return {
    persistent,
    usedBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
  };
}

/**
 * The storage report, for a live query: counting every table is what ties the query to the
 * database, so it is taken again after each committed write. A table that cannot be read does not
 * stop the report; the browser's own figures are still worth showing.
 */
export async function storageReportAfterWrites(db: FootholdDb): Promise<StorageReport> {
  await Promise.all(db.tables.map((table) => table.count())).catch(() => {});
  // Dexie's reads come first, so the query knows what it watches; the browser's call is wrapped
  // as Dexie asks of any other asynchronous call made in a live query.
  return Promise.resolve(storageReport());
}
