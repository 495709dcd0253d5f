// Which controller button does what in the headset, and when a press or a hold counts. Pure.

export type XrAction = 'pacer' | 'rate' | 'stop';

export type Handedness = 'left' | 'right';

export interface ButtonBinding {
  handedness: Handedness;
  /** The button's component in the controller's layout (WebXR input profiles). */
  component: 'a-button' | 'b-button' | 'x-button' | 'y-button';
  /**
   * Its index in the xr-standard gamepad: 4 and 5 are the face buttons (X/Y left, A/B right). Read
   * when the controller's own profile is not among the copied ones and its layout names no buttons.
   */
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
  { handedness: 'left', component: 'x-button', index: 4, label: 'X', action: 'pacer' },
  { handedness: 'right', component: 'a-button', index: 4, label: 'A', action: 'rate' },
  {
    handedness: 'right',
    component: 'b-button',
    index: 5,
    label: 'B',
    action: 'stop',
    holdMs: HOLD_TO_STOP_MS,
  },
  {
    handedness: 'left',
    component: 'y-button',
    index: 5,
    label: 'Y',
    action: 'stop',
    holdMs: HOLD_TO_STOP_MS,
  },
];

/** One component of a controller's layout, as the XR library reads it each frame. */
export interface ComponentReading {
  state: 'default' | 'touched' | 'pressed';
  xAxis?: number;
}

/**
 * A controller as the XR library keeps it (its controller state fits this shape as it is): the
 * components its layout names, updated each frame, and the raw input source.
 */
export interface ControllerReading {
  gamepad: Readonly<Record<string, ComponentReading | undefined>>;
  inputSource: {
    readonly gamepad?: {
      readonly buttons: readonly { readonly pressed: boolean }[];
      readonly axes: readonly number[];
    } | null;
  };
}

/** Whether a binding's button is down: by its name in the layout, else by its xr-standard index. */
export function buttonDown(controller: ControllerReading, binding: ButtonBinding): boolean {
  const named = controller.gamepad[binding.component];
  if (named) return named.state === 'pressed';
  return controller.inputSource.gamepad?.buttons[binding.index]?.pressed ?? false;
}

/** The xr-standard thumbstick's sideways lean: by its name in the layout, else the third axis. */
export function stickX(controller: ControllerReading): number {
  const named = controller.gamepad['xr-standard-thumbstick'];
  if (named) return named.xAxis ?? 0;
  return controller.inputSource.gamepad?.axes[2] ?? 0;
}

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

/**
 * One hand starting or ending a pinch: which hands pinch now, and whether this makes both at once,
 * the hands' stop.
 */
export function pinchStep(
  pinching: ReadonlySet<Handedness>,
  hand: Handedness,
  isPinching: boolean,
): { pinching: ReadonlySet<Handedness>; stop: boolean } {
  const next = new Set(pinching);
  if (isPinching) next.add(hand);
  else next.delete(hand);
  return { pinching: next, stop: isPinching && next.size >= 2 };
}
