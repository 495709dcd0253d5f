// The page's side of the log worker, with the same contract as a direct write: resolves once
// committed, rejects with the storage error. Where workers are unavailable it writes directly.
import { database } from './database';
import { applyWrite, epochNow, type WorkerReply, type WorkerRequest, type Write } from './writes';

export type CommitWrite = (write: Write) => Promise<number>;

function directWriter(): CommitWrite {
  return async (write) => {
    await applyWrite(database(), write);
    return epochNow();
  };
}

let shared: CommitWrite | null = null;

/** Commits a write and resolves with when it was committed (epoch ms). */
export function logWriter(): CommitWrite {
  if (shared) return shared;
  if (typeof Worker === 'undefined') {
    shared = directWriter();
    return shared;
  }
  let worker: Worker;
  try {
    worker = new Worker(new URL('./log.worker.ts', import.meta.url), {
      type: 'module',
      name: 'foothold-log',
    });
  } catch {
    shared = directWriter();
    return shared;
  }
  const waiting = new Map<
    number,
    { resolve: (at: number) => void; reject: (error: unknown) => void }
  >();
  let next = 0;
  worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    const entry = waiting.get(data.id);
    if (!entry) return;
    waiting.delete(data.id);
    if (data.ok) entry.resolve(data.committedAt);
    else entry.reject(data.error);
  };
  worker.onerror = (event) => {
    // The worker could not run (blocked, or failed to load): every pending write fails and is kept.
    event.preventDefault();
    for (const entry of waiting.values())
      entry.reject({ name: 'WorkerError', message: event.message });
    waiting.clear();
    shared = directWriter();
  };
  shared = (write) =>
    new Promise<number>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, write } satisfies WorkerRequest);
    });
  return shared;
}
