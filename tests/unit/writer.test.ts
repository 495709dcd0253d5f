import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventWriter, type WriteStatus } from '../../src/data/writer';
import { say } from '../../src/domain/phrase';
import type { SessionState } from '../../src/domain/session/machine';
import { apply } from '../../src/domain/session/machine';
import { createPromptClock } from '../../src/state/promptClock';
import { english } from './intl';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function quotaError() {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}

describe('event writer', () => {
  it('keeps failed events in memory, says why, and commits them in order once storage works', async () => {
    const stored: number[] = [];
    let full = true;
    const statuses: WriteStatus[] = [];
    const writer = new EventWriter<number>(
      async (n) => {
        if (full) throw quotaError();
        stored.push(n);
      },
      (s) => statuses.push(s),
      1000,
    );
    const done = [writer.enqueue(1), writer.enqueue(2), writer.enqueue(3)];
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual([]);
    expect(writer.unsaved()).toEqual([1, 2, 3]);
    const failing = statuses.at(-1);
    expect(failing?.pending).toBe(3);
    expect(failing?.error && say(english, failing.error)).toBe(
      'The storage space this browser gives Foothold is full.',
    );

    await vi.advanceTimersByTimeAsync(5000);
    expect(stored).toEqual([]);
    full = false;
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all(done);
    expect(stored).toEqual([1, 2, 3]);
    expect(statuses.at(-1)).toEqual({ pending: 0, error: null, committed: 3, notice: null });
  });

  it('writes one at a time, never two transactions racing', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const writer = new EventWriter<number>(
      async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setTimeout(r, 10));
        inFlight--;
      },
      () => {},
    );
    const all = Promise.all([1, 2, 3, 4].map((n) => writer.enqueue(n)));
    await vi.advanceTimersByTimeAsync(100);
    await all;
    expect(maxInFlight).toBe(1);
  });
});

describe('prompt clock', () => {
  const T0 = 1_700_000_000_000;
  const start = (): SessionState =>
    apply(null, {
      type: 'started',
      at: T0,
      sceneId: 'calm',
      level: 1,
      params: {},
      seed: 1,
      before: { sudsNow: 10, sudsExpected: 50 },
      promptMinutes: 2,
    });

  it('opens the prompt at two minutes, then logs it missed after two more, and stands still when paused', () => {
    vi.setSystemTime(T0);
    let state: SessionState = start();
    const opens: boolean[] = [];
    const missed: number[] = [];
    const clock = createPromptClock({
      getState: () => state,
      now: Date.now,
      onOpenChange: (open) => opens.push(open),
      onMissed: (at) => {
        missed.push(at);
        state = apply(state, { type: 'prompt-skipped', at, missed: true });
        clock.sync();
      },
    });
    clock.sync();
    vi.advanceTimersByTime(119_000);
    expect(opens).toEqual([]);
    vi.advanceTimersByTime(2_000);
    expect(opens).toEqual([true]);
    vi.advanceTimersByTime(120_000);
    expect(missed).toHaveLength(1);
    expect(state.skippedPrompts).toBe(1);

    state = apply(state, { type: 'suds', at: Date.now(), suds: 30, prompted: true });
    clock.sync();
    expect(opens).toEqual([true, false]);
    state = apply(state, { type: 'pause', at: Date.now(), reason: 'person' });
    clock.sync();
    vi.advanceTimersByTime(60 * 60_000);
    expect(opens).toEqual([true, false]);
    clock.dispose();
  });
});
