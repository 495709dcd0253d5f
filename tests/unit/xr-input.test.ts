import { describe, expect, it } from 'vitest';
import { say } from '../../src/domain/phrase';
import type { SessionEvent } from '../../src/domain/session/events';
import { eventProblem, REST_AFTER_MS, replay, restDue } from '../../src/domain/session/machine';
import {
  buttonDown,
  type ControllerReading,
  HOLD_TO_STOP_MS,
  holdStep,
  pinchStep,
  released,
  STICK_REPEAT,
  stickAtRest,
  stickStep,
  stickX,
  XR_BUTTONS,
} from '../../src/domain/xr/buttons';
import {
  frameRateFor,
  recentre,
  STANDING_EYE_HEIGHT,
  seatedLift,
} from '../../src/domain/xr/comfort';
import { english } from './intl';

describe('controller buttons', () => {
  it('gives each action one button, and stop to B and Y held', () => {
    const of = (action: string) => XR_BUTTONS.filter((b) => b.action === action);
    expect(of('rate').map((b) => `${b.handedness} ${b.label}`)).toEqual(['right A']);
    expect(of('pacer').map((b) => `${b.handedness} ${b.label}`)).toEqual(['left X']);
    expect(of('stop').map((b) => [b.label, b.holdMs])).toEqual([
      ['B', HOLD_TO_STOP_MS],
      ['Y', HOLD_TO_STOP_MS],
    ]);
  });

  it('stops after half a second held, once, and not for a brush', () => {
    let hold = released;
    const at = (now: number, down: boolean) => {
      const step = holdStep(hold, down, now, HOLD_TO_STOP_MS);
      hold = step.hold;
      return step;
    };
    expect(at(0, true)).toMatchObject({ act: false, progress: 0 });
    expect(at(300, true)).toMatchObject({ act: false, progress: 0.6 });
    expect(at(100_000, false).act).toBe(false); // let go early: nothing
    expect(at(200_000, true).act).toBe(false);
    expect(at(200_499, true).act).toBe(false);
    expect(at(200_500, true).act).toBe(true);
    // Held on: it does not stop again until released and held anew.
    expect(at(201_500, true)).toMatchObject({ act: false, progress: 1 });
    at(202_000, false);
    at(203_000, true);
    expect(at(203_500, true).act).toBe(true);
  });

  it('moves the slider one step per lean, repeating only when held', () => {
    let stick = stickAtRest;
    const at = (now: number, x: number) => {
      const r = stickStep(stick, x, now);
      stick = r.stick;
      return r.step;
    };
    expect(at(0, 0.3)).toBe(0); // inside the dead zone
    expect(at(10, 0.9)).toBe(1);
    expect(at(20, 0.9)).toBe(0);
    expect(at(10 + STICK_REPEAT.firstMs, 0.9)).toBe(1);
    expect(at(10 + STICK_REPEAT.firstMs + 10, 0.9)).toBe(0);
    expect(at(10 + STICK_REPEAT.firstMs + STICK_REPEAT.everyMs, 0.9)).toBe(1);
    expect(at(2000, 0)).toBe(0);
    expect(at(2010, -1)).toBe(-1);
  });
});

describe('reading a controller', () => {
  const binding = (label: string) => {
    const b = XR_BUTTONS.find((x) => x.label === label);
    if (!b) throw new Error(label);
    return b;
  };
  const raw = (pressed: number[], axes: number[] = [0, 0, 0, 0]) => ({
    buttons: Array.from({ length: 6 }, (_, i) => ({ pressed: pressed.includes(i) })),
    axes,
  });

  it('reads a button by its name in the layout, and by its xr-standard index without one', () => {
    // A Quest controller: its layout names the face buttons; the name wins over the raw index.
    const quest: ControllerReading = {
      gamepad: { 'a-button': { state: 'pressed' }, 'b-button': { state: 'touched' } },
      inputSource: { gamepad: raw([5]) },
    };
    expect(buttonDown(quest, binding('A'))).toBe(true);
    expect(buttonDown(quest, binding('B'))).toBe(false);
    // A controller whose profile is not copied gets the generic layout: trigger only.
    const other: ControllerReading = {
      gamepad: { 'xr-standard-trigger': { state: 'default' } },
      inputSource: { gamepad: raw([5]) },
    };
    expect(buttonDown(other, binding('A'))).toBe(false);
    expect(buttonDown(other, binding('B'))).toBe(true);
    expect(buttonDown({ gamepad: {}, inputSource: {} }, binding('X'))).toBe(false);
  });

  it('reads the thumbstick by name, else the third axis', () => {
    const named: ControllerReading = {
      gamepad: { 'xr-standard-thumbstick': { state: 'touched', xAxis: -0.8 } },
      inputSource: { gamepad: raw([], [0, 0, 0.9, 0]) },
    };
    expect(stickX(named)).toBe(-0.8);
    expect(stickX({ gamepad: {}, inputSource: { gamepad: raw([], [0, 0, 0.9, 0]) } })).toBe(0.9);
    expect(stickX({ gamepad: {}, inputSource: {} })).toBe(0);
  });

  it('stops when the second hand pinches while the first still does, not one after the other', () => {
    let pinching = pinchStep(new Set(), 'left', true);
    expect(pinching.stop).toBe(false);
    pinching = pinchStep(pinching.pinching, 'left', false);
    pinching = pinchStep(pinching.pinching, 'right', true);
    expect(pinching.stop).toBe(false);
    pinching = pinchStep(pinching.pinching, 'left', true);
    expect(pinching.stop).toBe(true);
    // Letting go is never a stop.
    expect(pinchStep(pinching.pinching, 'left', false)).toMatchObject({ stop: false });
  });
});

describe('comfort', () => {
  it('recentres: the head as tracked lands at the standing point, facing the scene', () => {
    const head = { x: 0.8, z: -0.3, yaw: 1.1 };
    const shift = recentre(head);
    // The origin's turn and shift applied to the head's tracked position.
    const c = Math.cos(shift.yaw);
    const s = Math.sin(shift.yaw);
    const x = c * head.x + s * head.z + shift.x;
    const z = -s * head.x + c * head.z + shift.z;
    expect(x).toBeCloseTo(0, 9);
    expect(z).toBeCloseTo(0, 9);
    expect(head.yaw + shift.yaw).toBeCloseTo(0, 9);
  });

  it('raises a seated person to standing eye height, and never lowers', () => {
    expect(seatedLift(1.15)).toBeCloseTo(STANDING_EYE_HEIGHT - 1.15, 9);
    expect(seatedLift(1.8)).toBe(0);
    expect(seatedLift(Number.NaN)).toBe(0);
  });

  it('asks for 72 or 90 Hz for a heavy scene, never the highest, and leaves a light one alone', () => {
    expect(frameRateFor([72, 80, 90, 120], true)).toBe(72);
    expect(frameRateFor([90, 120], true)).toBe(90);
    expect(frameRateFor([60, 120], true)).toBe(60);
    expect(frameRateFor([72, 90, 120], false)).toBeNull();
    expect(frameRateFor(undefined, true)).toBeNull();
  });
});

describe('session events of the headset', () => {
  const T0 = 1_700_000_000_000;
  const min = 60_000;
  const started: SessionEvent = {
    type: 'started',
    at: T0,
    sceneId: 'audience',
    level: 3,
    params: {},
    seed: 1,
    before: { sudsNow: 20, sudsExpected: 60 },
    promptMinutes: 2,
  };

  it('continues after a stop, back to the exposure, and the clock runs on from there', () => {
    const events: SessionEvent[] = [
      started,
      { type: 'stop', at: T0 + 5 * min, early: true, via: 'controller-hold' },
    ];
    const early = eventProblem(replay([started]), { type: 'continue', at: T0 + min });
    expect(early && say(english, early)).toMatch(/Only a stopped session/);
    events.push({ type: 'continue', at: T0 + 6 * min });
    const state = replay(events);
    expect(state?.phase).toBe('running');
    expect(state?.stop).toBeUndefined();
    // Five minutes before the stop, none while stopped, one after.
    events.push({ type: 'stop', at: T0 + 7 * min, early: false, via: 'finish-button' });
    expect(replay(events)?.activeMs).toBe(6 * min);
  });

  it('offers a rest after 30 active minutes, and again 30 minutes after a rest ends', () => {
    const early = replay([started]);
    if (!early) throw new Error('no state');
    expect(restDue(early, T0 + REST_AFTER_MS - 1)).toBe(false);
    expect(restDue(early, T0 + REST_AFTER_MS)).toBe(true);
    const rested = replay([
      started,
      { type: 'pause', at: T0 + 31 * min, reason: 'rest' },
      { type: 'resume', at: T0 + 40 * min },
    ]);
    if (!rested) throw new Error('no state');
    expect(rested.pausedFor).toBeUndefined();
    expect(restDue(rested, T0 + 41 * min)).toBe(false);
    expect(restDue(rested, T0 + 40 * min + REST_AFTER_MS - 1)).toBe(false);
    expect(restDue(rested, T0 + 40 * min + REST_AFTER_MS)).toBe(true);
  });

  it('remembers why the clock is paused: the person, the headset hidden, or a rest', () => {
    const hidden = replay([started, { type: 'pause', at: T0 + min, reason: 'hidden' }]);
    expect(hidden).toMatchObject({ phase: 'paused', pausedFor: 'hidden' });
  });
});
