// Storage failures in words a person can act on. Pure.

/** Dexie wraps the browser's error; the useful name may be on the error or on its `inner`. */
export function errorNames(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if (typeof current === 'object' && 'name' in current && typeof current.name === 'string')
      found.push(current.name);
    current =
      typeof current === 'object' && current && 'inner' in current ? current.inner : undefined;
  }
  return found;
}

export function describeStorageError(error: unknown): string {
  const all = errorNames(error);
  const message =
    error && typeof error === 'object' && 'message' in error && typeof error.message === 'string'
      ? error.message
      : String(error);
  // An import that met a different copy of a session: its message already says what to do.
  if (all.includes('ImportConflictError')) return message;
  if (all.includes('QuotaExceededError') || /quota/i.test(message)) {
    return 'The storage space this browser gives Foothold is full.';
  }
  if (all.includes('VersionError') || all.includes('VersionChangeError')) {
    return 'Foothold was updated in another tab; reload this tab to keep saving.';
  }
  if (
    all.some((n) =>
      [
        'MissingAPIError',
        'OpenFailedError',
        'InvalidStateError',
        'DatabaseClosedError',
        'SecurityError',
      ].includes(n),
    )
  ) {
    return 'Storage is not available in this browser window (private browsing or blocked site data).';
  }
  return `Saving failed (${all[0] ?? 'unknown error'}).`;
}
