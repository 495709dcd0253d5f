// The page's side of the log worker, with the same contract as a direct write: resolves once
// committed, rejects with the storage error. Where workers are unavailable it writes directly.
import { database } from './database';
import workerUrl from './log.worker.ts?worker&url';
import { applyWrite, epochNow, type WorkerReply, type WorkerRequest, type Write } from './writes';

export type CommitWrite = (write: Write) => Promise<number>;

function directWriter(): CommitWrite {
  return async (write) => {
    await applyWrite(database(), write);
    return epochNow();
  };
}

/**
 * The log worker. A worker takes its Content-Security-Policy from its own response's headers, so
 * on a host that sends none it would run with no policy at all. A worker made from a blob: URL
 * inherits the page's policy instead, which the built page carries in its meta tag on any host:
 * so the built app starts one from a one-line blob that loads the bundled worker (a single
 * classic script) from the app's own folder. Then it can fetch or import nothing the page may not.
 */
function startWorker(): Worker {
  const name = 'foothold-log';
  // The dev server serves the worker as a module with imports, which a blob: URL cannot resolve.
  if (!import.meta.env.PROD) return new Worker(workerUrl, { type: 'module', name });
  const script = new URL(workerUrl, document.baseURI).href;
  const boot = new Blob([`importScripts(${JSON.stringify(script)});`], {
    type: 'text/javascript',
  });
  // One per page, kept: the worker lives as long as the page.
  return new Worker(URL.createObjectURL(boot), { name });
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
    worker = startWorker();
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
