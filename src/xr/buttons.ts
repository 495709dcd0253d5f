// Which controller button does what in the headset, and when a press counts. Pure.

export type XrAction = 'pacer';

export interface ButtonBinding {
  handedness: XRHandedness;
  /** Index in the xr-standard gamepad layout: 4 and 5 are the face buttons (X/Y left, A/B right). */
  index: number;
  /** The button's name on a Quest controller, for the README and the panels. */
  label: string;
  action: XrAction;
}

export const XR_BUTTONS: readonly ButtonBinding[] = [
  { handedness: 'left', index: 4, label: 'X', action: 'pacer' },
];

/** A press counts once, when the button goes down, however long it is held. */
export function pressedNow(wasDown: boolean, isDown: boolean): boolean {
  return isDown && !wasDown;
}

export function bindingKey(b: Pick<ButtonBinding, 'handedness' | 'index'>): string {
  return `${b.handedness}:${b.index}`;
}
