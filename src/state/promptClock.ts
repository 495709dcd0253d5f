// When to ask for a rating. The schedule itself is pure (promptStatus); this wakes up exactly when
// it changes, so an open prompt costs one React render, not a ticking clock.

import type { Timers } from '../data/writer';
import { promptStatus, type SessionState } from '../domain/session/machine';

export interface PromptClockOptions {
  getState: () => SessionState | null;
  now: () => number;
  /** An open prompt went a whole interval unanswered: log it as skipped. */
  onMissed: (at: number) => void;
  onOpenChange: (open: boolean) => void;
  timers?: Timers;
}

export function createPromptClock({
  getState,
  now,
  onMissed,
  onOpenChange,
  timers,
}: PromptClockOptions) {
  const t: Timers = timers ?? {
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  let handle: unknown = null;
  let open = false;

  const sync = () => {
    if (handle !== null) t.clearTimeout(handle);
    handle = null;
    const state = getState();
    if (!state) return;
    const at = now();
    const status = promptStatus(state, at);
    if (status.missed) {
      onMissed(at);
      return;
    }
    if (status.open !== open) {
      open = status.open;
      onOpenChange(open);
    }
    // A paused session's clock stands still: nothing to wake up for until it resumes.
    if (state.phase === 'running' && Number.isFinite(status.nextChangeMs)) {
      handle = t.setTimeout(sync, status.nextChangeMs + 1);
    }
  };

  return {
    sync,
    dispose() {
      if (handle !== null) t.clearTimeout(handle);
      handle = null;
    },
  };
}
