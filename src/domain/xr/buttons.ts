// Which controller button does what in the headset, and when a press or a hold counts. Pure.

export type XrAction = 'pacer' | 'rate' | 'stop';

export interface ButtonBinding {
  handedness: XRHandedness;
  /** Index in the xr-standard gamepad layout: 4 and 5 are the face buttons (X/Y left, A/B right). */
  index: number;
  /** The button's name on a Quest controller, for the README and the panels. */
  label: string;
  action: XrAction;
  /** A press acts when the button goes down; a hold acts once it has been held this long. */
  holdMs?: number;
}

/** Held this long, B or Y stops: long enough not to happen by brushing it, short enough to be one action. */
export const HOLD_TO_STOP_MS = 500;

export const XR_BUTTONS: readonly ButtonBinding[] = [
  { handedness: 'left', index: 4, label: 'X', action: 'pacer' },
  { handedness: 'right', index: 4, label: 'A', action: 'rate' },
  { handedness: 'right', index: 5, label: 'B', action: 'stop', holdMs: HOLD_TO_STOP_MS },
  { handedness: 'left', index: 5, label: 'Y', action: 'stop', holdMs: HOLD_TO_STOP_MS },
];

/** A press counts once, when the button goes down, however long it is held. */
export function pressedNow(wasDown: boolean, isDown: boolean): boolean {
  return isDown && !wasDown;
}

export interface Hold {
  /** When the button went down, or null while it is up. */
  since: number | null;
  /** The hold has already acted; it acts again only after a release. */
  done: boolean;
}

export const released: Hold = { since: null, done: false };

/** One step of a hold: whether it acts now, and how far it is (0 to 1) for a progress ring. */
export function holdStep(
  hold: Hold,
  isDown: boolean,
  now: number,
  holdMs: number,
): { hold: Hold; act: boolean; progress: number } {
  if (!isDown) return { hold: released, act: false, progress: 0 };
  const since = hold.since ?? now;
  const progress = Math.min(1, (now - since) / holdMs);
  if (hold.done) return { hold: { since, done: true }, act: false, progress: 1 };
  const act = progress >= 1;
  return { hold: { since, done: act }, act, progress };
}

export function bindingKey(b: Pick<ButtonBinding, 'handedness' | 'index'>): string {
  return `${b.handedness}:${b.index}`;
}

/** How far the thumbstick must lean before the slider moves. */
export const STICK_DEADZONE = 0.5;
/** A held lean repeats: first after this pause, then at this interval. */
export const STICK_REPEAT = { firstMs: 400, everyMs: 160 } as const;

export interface Stick {
  direction: -1 | 0 | 1;
  nextAt: number;
}

export const stickAtRest: Stick = { direction: 0, nextAt: 0 };

/** One step of the thumbstick on a slider: -1, 0 or +1 step now. */
export function stickStep(
  stick: Stick,
  x: number,
  now: number,
): { stick: Stick; step: -1 | 0 | 1 } {
  const direction: -1 | 0 | 1 = x > STICK_DEADZONE ? 1 : x < -STICK_DEADZONE ? -1 : 0;
  if (direction === 0) return { stick: stickAtRest, step: 0 };
  if (direction !== stick.direction) {
    return { stick: { direction, nextAt: now + STICK_REPEAT.firstMs }, step: direction };
  }
  if (now >= stick.nextAt) {
    return { stick: { direction, nextAt: now + STICK_REPEAT.everyMs }, step: direction };
  }
  return { stick, step: 0 };
}
