import { describe, expect, it } from 'vitest';
import { LEVEL_COUNT } from '../../scenes/types';
import { PRESETS } from '../../src/domain/pacer/patterns';
import { say } from '../../src/domain/phrase';
import {
  type ControlEvent,
  exposing,
  exposureControls,
  FINISH,
  levelStep,
  PROMPT_QUESTION,
  pauseOrResume,
  REST_OFFER,
  RESUME,
  rating,
  SKIP_PROMPT,
  stopEarly,
  TAKE_REST,
} from '../../src/domain/session/controls';
import type { SessionEvent } from '../../src/domain/session/events';
import { statusWords } from '../../src/domain/session/format';
import { eventProblem, replay, type SessionState } from '../../src/domain/session/machine';
import { english } from './intl';

const T0 = 1_700_000_000_000;
const started = (level: number): SessionEvent => ({
  type: 'started',
  at: T0,
  sceneId: 'calm',
  level,
  params: {},
  seed: 1,
  before: { sudsNow: 20, sudsExpected: 60 },
  promptMinutes: 2,
});
const at = (event: ControlEvent, time: number) => ({ ...event, at: time }) as SessionEvent;
const state = (events: SessionEvent[]): SessionState => {
  const s = replay(events);
  if (!s) throw new Error('no state');
  return s;
};
const quiet = { promptOpen: false, restDue: false, restDismissed: false };

describe('the exposure controls, the same on the page and in the headset', () => {
  it('steps the level within 1 to 10, and only there', () => {
    const first = state([started(1)]);
    expect(exposureControls(first, quiet)).toMatchObject({
      level: 1,
      canLevelDown: false,
      canLevelUp: true,
    });
    expect(levelStep(first, -1)).toBeNull();
    expect(levelStep(first, 1)).toBe(2);
    const last = state([started(LEVEL_COUNT)]);
    expect(exposureControls(last, quiet)).toMatchObject({ canLevelDown: true, canLevelUp: false });
    expect(levelStep(last, 1)).toBeNull();
  });

  it('pauses for the person and resumes with the same control, and says why it is paused', () => {
    const running = state([started(3)]);
    expect(exposureControls(running, quiet)).toMatchObject({ paused: false, pausedFor: null });
    const pause = pauseOrResume(running);
    expect(pause).toEqual({ type: 'pause', reason: 'person' });
    const paused = state([started(3), at(pause, T0 + 1000)]);
    expect(exposureControls(paused, quiet)).toMatchObject({ paused: true, pausedFor: 'person' });
    expect(pauseOrResume(paused)).toEqual(RESUME);
    const resting = state([started(3), at(TAKE_REST, T0 + 1000)]);
    expect(exposureControls(resting, quiet).pausedFor).toBe('rest');
  });

  it('offers a rest when due until the person puts it off, and shows an open prompt', () => {
    const running = state([started(3)]);
    expect(exposureControls(running, { ...quiet, restDue: true }).restOffered).toBe(true);
    expect(
      exposureControls(running, { ...quiet, restDue: true, restDismissed: true }).restOffered,
    ).toBe(false);
    expect(exposureControls(running, { ...quiet, promptOpen: true }).promptOpen).toBe(true);
  });

  it('shows the pacer while the session shows it', () => {
    const events = [started(3)];
    expect(exposureControls(state(events), quiet).pacerShown).toBe(false);
    events.push({ type: 'pacer', at: T0 + 1000, visible: true, pattern: PRESETS.resonance });
    expect(exposureControls(state(events), quiet).pacerShown).toBe(true);
  });

  it('logs what each control means: stop is early, finish is not, a rating is not prompted', () => {
    expect(stopEarly('stop-button')).toEqual({ type: 'stop', early: true, via: 'stop-button' });
    expect(FINISH).toEqual({ type: 'stop', early: false, via: 'finish-button' });
    expect(rating(35)).toEqual({ type: 'suds', suds: 35, prompted: false });
    expect(SKIP_PROMPT).toEqual({ type: 'prompt-skipped', missed: false });
    // Each is an event a running session takes (a skip needs an open prompt).
    const running = state([started(3)]);
    for (const event of [stopEarly('stop-button'), FINISH, rating(35), TAKE_REST])
      expect(eventProblem(running, at(event, T0 + 1000))).toBeNull();
  });

  it('counts running and paused as the exposure, not before it or after the stop', () => {
    expect(exposing(null)).toBe(false);
    expect(exposing(state([started(3)]))).toBe(true);
    expect(exposing(state([started(3), at(TAKE_REST, T0 + 1)]))).toBe(true);
    expect(exposing(state([started(3), at(FINISH, T0 + 1)]))).toBe(false);
  });

  it("says the rest offer, the prompt and a session's status in the page's language", () => {
    expect(say(english, REST_OFFER)).toBe(
      'You have been at it for 30 minutes. A rest in the calm place?',
    );
    expect(say(english, PROMPT_QUESTION)).toBe('Time for a rating: how distressed are you now?');
    expect(english.formatMessage(statusWords['stopped-early'])).toBe('stopped early');
    expect(english.formatMessage(statusWords.active)).toBe('in progress');
  });
});
