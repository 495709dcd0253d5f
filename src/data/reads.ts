// A read of the database as a page shows it: what was read, or why it could not be, in words.
import type { Phrase } from '../domain/phrase';
import { describeStorageError } from './errors';

export type Read<T> = { ok: true; value: T } | { ok: false; problem: Phrase };

/**
 * Runs a read and keeps a failure as a value: a live query that threw would take the page down,
 * while the page can say what went wrong and keep its place.
 */
export async function attempt<T>(read: () => Promise<T>): Promise<Read<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    return { ok: false, problem: describeStorageError(error) };
  }
}
