import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../data/database';
import type { FootholdDb } from '../../data/db';
import { attempt, type Read } from '../../data/reads';

/**
 * A read of the database through a live query: read again whenever a write it depends on commits,
 * in this tab, another tab or the log worker. Undefined until the first read has ended.
 * `read` is one of the repositories' functions; `deps` are what it depends on besides the database.
 */
export function useStored<T>(
  read: (db: FootholdDb) => Promise<T>,
  deps: readonly unknown[] = [],
): Read<T> | undefined {
  return useLiveQuery(() => attempt(() => read(database())), [...deps]);
}
