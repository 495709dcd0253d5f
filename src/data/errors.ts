// Storage failures in words a person can act on, as phrases said where they are shown. Pure.
import { defineMessages, isPhrase, type Phrase, phrase } from '../domain/phrase';

const m = defineMessages({
  full: {
    id: 'storage.full',
    defaultMessage: 'The storage space this browser gives Foothold is full.',
  },
  otherTab: {
    id: 'storage.otherTab',
    defaultMessage: 'Foothold was updated in another tab; reload this tab to keep saving.',
  },
  unavailable: {
    id: 'storage.unavailable',
    defaultMessage:
      'Storage is not available in this browser window (private browsing or blocked site data).',
  },
  failed: {
    id: 'storage.failed',
    defaultMessage: 'Saving failed ({name}).',
    description: "{name} is the browser's technical name for the error, e.g. TypeError",
  },
  unknown: {
    id: 'storage.unknown',
    defaultMessage: 'unknown error',
    description: 'Stands in the "Saving failed (…)" message when the error has no name',
  },
});

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

export function describeStorageError(error: unknown): Phrase {
  const all = errorNames(error);
  // An import that met a different copy of a session carries its own words: which, and what to do.
  const own = error && typeof error === 'object' && 'problem' in error ? error.problem : undefined;
  if (all.includes('ImportConflictError') && isPhrase(own)) return own;
  const message =
    error && typeof error === 'object' && 'message' in error && typeof error.message === 'string'
      ? error.message
      : String(error);
  if (all.includes('QuotaExceededError') || /quota/i.test(message)) return phrase(m.full);
  if (all.includes('VersionError') || all.includes('VersionChangeError')) return phrase(m.otherTab);
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
    return phrase(m.unavailable);
  }
  return phrase(m.failed, { name: all[0] ?? phrase(m.unknown) });
}
