// What the session log commits, and how: one write at a time, each in its own transaction.
import type { SessionRecord, StoredEvent } from '../domain/session/events';
import type { FootholdDb } from './db';
import { markInterrupted, restoreSession, writeEvent } from './sessions';

/**
 * An event (with its session record when it starts one), the mark that a session was left
 * unfinished, or a running session written again whole after its record was deleted under it.
 */
export type Write =
  | { kind: 'event'; event: StoredEvent; record?: SessionRecord }
  | { kind: 'interrupt'; sessionId: string }
  | { kind: 'restore'; record: SessionRecord; events: StoredEvent[] };

export function applyWrite(db: FootholdDb, write: Write): Promise<void> {
  switch (write.kind) {
    case 'interrupt':
      return markInterrupted(db, write.sessionId, 'refuse');
    case 'restore':
      return restoreSession(db, write.record, write.events);
    default:
      return writeEvent(db, write.event, write.record);
  }
}

/** Time on the shared epoch clock, comparable between the page and a worker. */
export const epochNow = () => performance.timeOrigin + performance.now();

/** An error as it crosses from the worker: its names, outermost first, so it can be described. */
export interface SerializedError {
  name: string;
  message: string;
  inner?: SerializedError;
}

export function serializeError(error: unknown, depth = 0): SerializedError {
  const e = error as { name?: unknown; message?: unknown; inner?: unknown } | null;
  const result: SerializedError = {
    name: typeof e?.name === 'string' ? e.name : 'Error',
    message: typeof e?.message === 'string' ? e.message : String(error),
  };
  if (e?.inner && depth < 4) result.inner = serializeError(e.inner, depth + 1);
  return result;
}

export type WorkerRequest = { id: number; write: Write };
export type WorkerReply =
  | { id: number; ok: true; committedAt: number }
  | { id: number; ok: false; error: SerializedError };
