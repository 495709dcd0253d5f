import { describe, expect, it } from 'vitest';
import { type BreathPattern, PRESETS } from '../../src/domain/pacer/patterns';
import { say } from '../../src/domain/phrase';
import type { SessionEvent } from '../../src/domain/session/events';
import {
  activeTime,
  apply,
  eventProblem,
  promptStatus,
  replay,
  type SessionState,
} from '../../src/domain/session/machine';
import { percentProblem, sudsFromKey, sudsProblem, sudsWords } from '../../src/domain/session/suds';
import { summarize } from '../../src/domain/session/summary';
import { english } from './intl';

const T0 = 1_700_000_000_000;
const min = 60_000;
const started: SessionEvent = {
  type: 'started',
  at: T0,
  sceneId: 'calm',
  level: 3,
  params: { a: 1 },
  seed: 1,
  before: { sudsNow: 20, sudsExpected: 70, fearedOutcome: 'I faint', likelihood: 80 },
  promptMinutes: 2,
};

/** Why the machine refuses an event, in English; null when it takes it. */
function refusal(state: SessionState | null, event: SessionEvent): string | null {
  const problem = eventProblem(state, event);
  return problem && say(english, problem);
}

/** Applies events in order, failing the test on any the machine refuses. */
function run(events: SessionEvent[]): SessionState {
  let state: SessionState | null = null;
  for (const e of events) {
    const problem = refusal(state, e);
    if (problem) throw new Error(`${e.type} refused: ${problem}`);
    state = apply(state, e);
  }
  if (!state) throw new Error('no state');
  return state;
}

describe('session state machine', () => {
  it('runs from start through ratings, pause, stop and the after-questions to its end', () => {
    const s = run([
      started,
      { type: 'suds', at: T0 + 1 * min, suds: 50, prompted: false },
      { type: 'pause', at: T0 + 2 * min, reason: 'person' },
      { type: 'resume', at: T0 + 5 * min },
      { type: 'stop', at: T0 + 6 * min, early: false, via: 'finish-button' },
      {
        type: 'end',
        at: T0 + 7 * min,
        after: { sudsEnd: 25, likelihoodNow: 40, outcomeHappened: false },
      },
    ]);
    expect(s.phase).toBe('ended');
    expect(s.ratings.map((r) => r.suds)).toEqual([50]);
    // 2 min before the pause + 1 min after it; the 3 paused minutes do not count.
    expect(activeTime(s, T0 + 60 * min)).toBe(3 * min);
    expect(s.eventCount).toBe(6);
  });

  it('refuses what cannot happen now, saying why', () => {
    const s = run([started]);
    expect(refusal(s, { type: 'resume', at: T0 + 1 })).toBe('The session is not paused.');
    expect(refusal(s, { type: 'end', at: T0 + 1, after: { sudsEnd: 10 } })).toMatch(
      /after stopping/,
    );
    expect(refusal(s, { type: 'suds', at: T0 + 1, suds: 130, prompted: false })).toBe(
      '130 is above 100: ratings go from 0 to 100.',
    );
    expect(refusal(s, { type: 'suds', at: T0 + 1, suds: 42, prompted: false })).toMatch(
      /step of 5/,
    );
    expect(
      refusal(s, { type: 'intensity', at: T0 + 1, level: 11, params: {}, custom: false }),
    ).toBe('Levels go from 1 to 10.');
    expect(refusal(null, { ...started, before: { sudsNow: -5, sudsExpected: 10 } })).toMatch(
      /^Distress now: -5/,
    );
    expect(refusal(null, { ...started, promptMinutes: 7 })).toMatch(/1 to 5 minutes/);
    expect(refusal(null, { type: 'suds', at: T0, suds: 10, prompted: false })).toMatch(
      /not started/,
    );
    const stopped = run([started, { type: 'stop', at: T0 + min, early: true, via: 'escape-key' }]);
    expect(refusal(stopped, { type: 'suds', at: T0 + min, suds: 10, prompted: false })).toMatch(
      /end rating/,
    );
    expect(
      refusal(stopped, { type: 'stop', at: T0 + min, early: true, via: 'stop-button' }),
    ).toMatch(/already/);
  });

  it('tracks time at each level across changes and pauses', () => {
    const s = run([
      started,
      { type: 'intensity', at: T0 + 4 * min, level: 4, params: { a: 2 }, custom: false },
      { type: 'pause', at: T0 + 5 * min, reason: 'person' },
      { type: 'resume', at: T0 + 8 * min },
      { type: 'intensity', at: T0 + 9 * min, level: 4, params: { a: 3 }, custom: true },
      { type: 'stop', at: T0 + 10 * min, early: true, via: 'stop-button' },
      { type: 'end', at: T0 + 11 * min, after: { sudsEnd: 30 } },
    ]);
    expect(s.custom).toBe(true);
    expect(summarize(s, T0 + 99 * min).secondsAtLevel).toEqual([
      { level: 3, seconds: 240 },
      { level: 4, seconds: 180 },
    ]);
  });

  it('replays a stored log into the same state', () => {
    const events: SessionEvent[] = [
      started,
      { type: 'suds', at: T0 + min, suds: 45, prompted: false },
      { type: 'xr-enter', at: T0 + 2 * min },
      { type: 'pacer', at: T0 + 3 * min, visible: true, pattern: PRESETS.resonance },
      { type: 'xr-exit', at: T0 + 4 * min },
    ];
    const state = replay(events);
    expect(state).toEqual(run(events));
    expect(state?.everInHeadset).toBe(true);
    expect(state?.inHeadset).toBe(false);
    expect(state?.pacer).toEqual({ pattern: PRESETS.resonance, since: T0 + 3 * min });
  });
});

describe('rating prompt schedule', () => {
  it('opens every interval of active time after the last rating, and not while paused', () => {
    let s = run([started]);
    expect(promptStatus(s, T0 + 1.9 * min)).toMatchObject({ open: false });
    expect(promptStatus(s, T0 + 1.9 * min).nextChangeMs).toBeCloseTo(0.1 * min, 6);
    expect(promptStatus(s, T0 + 2 * min)).toMatchObject({ open: true, missed: false });
    // Answering restarts the clock from the rating.
    s = apply(s, { type: 'suds', at: T0 + 2.5 * min, suds: 40, prompted: true });
    expect(promptStatus(s, T0 + 4.4 * min).open).toBe(false);
    expect(promptStatus(s, T0 + 4.5 * min).open).toBe(true);
    // Paused time does not count.
    s = apply(s, { type: 'pause', at: T0 + 3 * min, reason: 'person' });
    expect(promptStatus(s, T0 + 60 * min).open).toBe(false);
  });

  it('counts a prompt left a whole interval as missed, and a skip restarts the clock', () => {
    const s = run([started]);
    expect(promptStatus(s, T0 + 4 * min).missed).toBe(true);
    const missed = apply(s, { type: 'prompt-skipped', at: T0 + 4 * min, missed: true });
    expect(missed.skippedPrompts).toBe(1);
    expect(promptStatus(missed, T0 + 4 * min)).toMatchObject({ open: true, missed: false });
    const skipped = apply(s, { type: 'prompt-skipped', at: T0 + 3 * min, missed: false });
    expect(promptStatus(skipped, T0 + 4.9 * min).open).toBe(false);
    expect(refusal(skipped, { type: 'prompt-skipped', at: T0 + 3.5 * min, missed: false })).toMatch(
      /no rating prompt/,
    );
  });
});

describe('session summary', () => {
  it('computes baseline, peak, end, drop and expectancy change by hand-checked figures', () => {
    const s = run([
      started,
      { type: 'suds', at: T0 + 2 * min, suds: 60, prompted: true },
      { type: 'suds', at: T0 + 4 * min, suds: 80, prompted: true },
      { type: 'suds', at: T0 + 5 * min, suds: 50, prompted: false },
      { type: 'stop', at: T0 + 10 * min, early: false, via: 'finish-button' },
      { type: 'end', at: T0 + 11 * min, after: { sudsEnd: 30, likelihoodNow: 35 } },
    ]);
    const sum = summarize(s, T0 + 11 * min);
    expect(sum).toMatchObject({
      baseline: 20,
      peak: 80,
      end: 30,
      dropPercent: 62.5, // (80 - 30) / 80
      endAtOrBelowHalfPeak: true,
      expected: 70,
      activeSeconds: 600,
      expectancyChange: -45, // 35 - 80
      ratings: 3,
      promptedRatings: 2,
      status: 'completed',
    });
  });

  it('takes the last rating as the end of an interrupted session, and marks an early stop', () => {
    const s = run([started, { type: 'suds', at: T0 + min, suds: 90, prompted: false }]);
    expect(summarize(s, T0 + 2 * min, true)).toMatchObject({
      peak: 90,
      end: 90,
      dropPercent: 0,
      status: 'interrupted',
    });
    const early = run([
      started,
      { type: 'stop', at: T0 + min, early: true, via: 'escape-key' },
      { type: 'end', at: T0 + 2 * min, after: { sudsEnd: 0 } },
    ]);
    expect(summarize(early, T0 + 2 * min)).toMatchObject({
      status: 'stopped-early',
      peak: 20,
      end: 0,
      expectancyChange: null,
    });
  });
});

describe('SUDS', () => {
  it('maps keys: digits to tens, Shift adds five, Shift+0 is 100', () => {
    expect(sudsFromKey('Digit0', false)).toBe(0);
    expect(sudsFromKey('Digit7', false)).toBe(70);
    expect(sudsFromKey('Numpad9', false)).toBe(90);
    expect(sudsFromKey('Digit4', true)).toBe(45);
    expect(sudsFromKey('Digit0', true)).toBe(100);
    expect(sudsFromKey('KeyA', false)).toBeNull();
  });

  it('names the anchor of every value and checks the scale', () => {
    const anchor = (suds: number) => english.formatMessage(sudsWords(suds));
    expect(anchor(0)).toBe('Calm');
    expect(anchor(35)).toBe('Mild, coping');
    expect(anchor(45)).toBe('Moderate');
    expect(anchor(60)).toBe('Severe, thoughts of leaving');
    expect(anchor(100)).toBe('Extreme');
    expect(sudsProblem(100)).toBeNull();
    const problem = sudsProblem('50');
    expect(problem && say(english, problem)).toMatch(/number/);
    expect(say(english, percentProblem(12.5) ?? '')).toBe(
      '12.5 is not a whole percentage from 0 to 100.',
    );
  });
});

describe('pacer events in the session log', () => {
  const custom: BreathPattern = { id: 'custom', inhale: 5, holdIn: 2, exhale: 6, holdOut: 1 };

  it('records showing, a change of pattern and hiding, with the time each breath began', () => {
    const events: SessionEvent[] = [
      started,
      { type: 'pacer', at: T0 + 1000, visible: true, pattern: PRESETS.resonance },
      { type: 'pacer', at: T0 + 5000, visible: true, pattern: PRESETS.box },
    ];
    expect(replay(events)?.pacer).toEqual({ pattern: PRESETS.box, since: T0 + 5000 });
    events.push({ type: 'suds', at: T0 + 7000, suds: 40, prompted: false });
    events.push({ type: 'pacer', at: T0 + 9000, visible: false });
    events.push({ type: 'suds', at: T0 + 11_000, suds: 35, prompted: false });
    const state = replay(events);
    expect(state?.pacer).toBeNull();
    // Each rating says whether the pacer was shown, for the review's curve and the export.
    expect(state?.ratings.map((r) => [r.suds, r.pacer])).toEqual([
      [40, true],
      [35, false],
    ]);
  });

  it('refuses a hide with nothing shown, the same pattern twice, or a bad pattern', () => {
    const s = replay([started]);
    expect(refusal(s, { type: 'pacer', at: T0 + 1, visible: false })).toMatch(/not shown/);
    expect(refusal(s, { type: 'pacer', at: T0 + 1, visible: true })).toMatch(/needs a pattern/);
    const shown = replay([
      started,
      { type: 'pacer', at: T0 + 1, visible: true, pattern: PRESETS.box },
    ]);
    expect(
      refusal(shown, { type: 'pacer', at: T0 + 2, visible: true, pattern: PRESETS.box }),
    ).toMatch(/already shown/);
    expect(
      refusal(s, {
        type: 'pacer',
        at: T0 + 2,
        visible: true,
        pattern: { ...custom, inhale: 40 },
      }),
    ).toMatch(/In: 40 s is above/);
  });

  it('keeps the pacer at hand after a stop, and not after the session has ended', () => {
    const stopped = replay([
      started,
      { type: 'stop', at: T0 + 60_000, early: true, via: 'escape-key' },
    ]);
    const show = {
      type: 'pacer',
      at: T0 + 61_000,
      visible: true,
      pattern: PRESETS.resonance,
    } as const;
    expect(refusal(stopped, show)).toBeNull();
    const ended = replay([
      started,
      { type: 'stop', at: T0 + 60_000, early: true, via: 'escape-key' },
      { type: 'end', at: T0 + 62_000, after: { sudsEnd: 30 } },
    ]);
    expect(refusal(ended, show)).toMatch(/ended/);
  });
});
