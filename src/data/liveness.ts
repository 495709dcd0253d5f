// Which sessions are still running in some tab. A running session holds a Web Lock named after
// it; the browser releases it when the tab closes or crashes, so a free lock means the session
// was left behind. Another tab's session is therefore never marked interrupted under it.

const lockName = (sessionId: string) => `foothold-session:${sessionId}`;

/** Holds the session's lock until the returned function is called. */
export function holdSessionLock(sessionId: string): () => void {
  let release = () => {};
  if (typeof navigator === 'undefined' || !navigator.locks) return release;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  void navigator.locks.request(lockName(sessionId), () => held).catch(() => {});
  return () => release();
}

export async function isRunningElsewhere(sessionId: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.locks) return false;
  return navigator.locks.request(
    lockName(sessionId),
    { ifAvailable: true },
    (lock) => lock === null,
  );
}
