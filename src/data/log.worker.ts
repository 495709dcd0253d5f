// Commits the session log off the main thread. A heavy scene can keep the page busy for a whole
// frame at a time; here a rating is on disk within milliseconds of being given, whatever renders.
/// <reference lib="webworker" />
import { FootholdDb } from './db';
import {
  applyWrite,
  epochNow,
  serializeError,
  type WorkerReply,
  type WorkerRequest,
} from './writes';

declare const self: DedicatedWorkerGlobalScope;

const db = new FootholdDb();
// Another tab upgraded the schema: step aside; writes then fail and stay in the page's memory.
db.on('versionchange', () => {
  db.close();
  return false;
});

// Messages are handled in arrival order, one at a time: the page's writer never sends the next
// write before this one is answered.
self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  let reply: WorkerReply;
  try {
    await applyWrite(db, data.write);
    reply = { id: data.id, ok: true, committedAt: epochNow() };
  } catch (error) {
    reply = { id: data.id, ok: false, error: serializeError(error) };
  }
  self.postMessage(reply);
};
