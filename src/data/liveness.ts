// Which sessions are still running in some tab. A running session holds a Web Lock named after
// it; the browser releases it when the tab closes or crashes, so a free lock means the session
// was left behind. Another tab's session is therefore never marked interrupted or deleted under it.

const lockName = (sessionId: string) => `foothold-session:${sessionId}`;

const locks = () => (typeof navigator === 'undefined' ? undefined : navigator.locks);

/** Holds the session's lock until the returned function is called. */
export function holdSessionLock(sessionId: string): () => void {
  let release = () => {};
  const manager = locks();
  if (!manager) return release;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  void manager.request(lockName(sessionId), () => held).catch(() => {});
  return () => release();
}

export async function isRunningElsewhere(sessionId: string): Promise<boolean> {
  const manager = locks();
  if (!manager) return false;
  return manager.request(lockName(sessionId), { ifAvailable: true }, (lock) => lock === null);
}

/** Asks, at the moment it matters, which sessions no tab is running, and keeps it so meanwhile. */
export interface Liveness {
  /**
   * Runs `task` with the sessions among `ids` that no tab runs, holding their locks until it
   * settles, so none of them can start running again under it. Where the browser has no Web
   * Locks every session counts as stopped, as for recovery; a writer that then finds its record
   * gone writes its session again whole.
   */
  whileStopped<T>(
    ids: readonly string[],
    task: (stopped: ReadonlySet<string>) => Promise<T>,
  ): Promise<T>;
}

export const sessionLocks: Liveness = {
  async whileStopped(ids, task) {
    const manager = locks();
    if (!manager) return task(new Set(ids));
    const stopped = new Set<string>();
    const releases: (() => void)[] = [];
    await Promise.all(
      ids.map(
        (id) =>
          new Promise<void>((granted, failed) => {
            manager
              .request(lockName(id), { ifAvailable: true }, (lock) => {
                if (!lock) return granted();
                stopped.add(id);
                // Held until the task settles: the callback's promise is the lock's lifetime.
                return new Promise<void>((release) => {
                  releases.push(release);
                  granted();
                });
              })
              .catch(failed);
          }),
      ),
    ).catch((error: unknown) => {
      for (const release of releases) release();
      throw error;
    });
    try {
      return await task(stopped);
    } finally {
      for (const release of releases) release();
    }
  },
};
