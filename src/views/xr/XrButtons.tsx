import { useFrame } from '@react-three/fiber';
import { useXRInputSourceEvent, useXRInputSourceState } from '@react-three/xr';
import { useEffect, useRef } from 'react';
import { exposing, stopEarly } from '../../domain/session/controls';
import type { StopVia } from '../../domain/session/events';
import {
  bindingKey,
  buttonDown,
  type Handedness,
  type Hold,
  holdStep,
  pinchStep,
  pressedNow,
  released,
  XR_BUTTONS,
  type XrAction,
} from '../../domain/xr/buttons';
import { togglePacer } from '../../state/pacer';
import { useSession } from '../../state/session';
import { useXrUi } from '../../state/xrUi';

/** A stop from the headset: only while the exposure runs or is paused. */
function stopFromHeadset(via: StopVia) {
  const { session, record } = useSession.getState();
  if (exposing(session)) record(stopEarly(via));
}

const ACTIONS: Record<XrAction, () => void> = {
  pacer: () => void togglePacer(),
  rate: () => {
    if (!exposing(useSession.getState().session)) return;
    const ui = useXrUi.getState();
    ui.openRating(!ui.ratingOpen);
  },
  stop: () => stopFromHeadset('controller-hold'),
};

/**
 * Reads the controllers each XR frame: a fresh press acts at once, a held B or Y stops after
 * half a second. Both hands pinching at once also stops.
 */
export function XrButtons() {
  const controllers = {
    left: useXRInputSourceState('controller', 'left'),
    right: useXRInputSourceState('controller', 'right'),
  };
  const down = useRef(new Map<string, boolean>());
  const holds = useRef(new Map<string, Hold>());

  // The library updates each controller's named components before this runs in the frame.
  useFrame(() => {
    const now = performance.now();
    for (const binding of XR_BUTTONS) {
      const controller = controllers[binding.handedness];
      if (!controller) continue;
      const key = bindingKey(binding);
      const isDown = buttonDown(controller, binding);
      if (binding.holdMs !== undefined) {
        const step = holdStep(holds.current.get(key) ?? released, isDown, now, binding.holdMs);
        holds.current.set(key, step.hold);
        if (step.act) ACTIONS[binding.action]();
      } else if (pressedNow(down.current.get(key) ?? false, isDown)) {
        ACTIONS[binding.action]();
      }
      down.current.set(key, isDown);
    }
  });

  const pinching = useRef<ReadonlySet<Handedness>>(new Set());
  const pinch = (hand: Handedness, isPinching: boolean) => {
    const step = pinchStep(pinching.current, hand, isPinching);
    pinching.current = step.pinching;
    if (step.stop) stopFromHeadset('both-hands-pinch');
  };
  useHandPinch('left', pinch);
  useHandPinch('right', pinch);
  return null;
}

/** A hand's pinch arrives as its select events; a hand that goes away pinches no more. */
function useHandPinch(hand: Handedness, pinch: (hand: Handedness, isPinching: boolean) => void) {
  const source = useXRInputSourceState('hand', hand)?.inputSource;
  const latest = useRef(pinch);
  latest.current = pinch;
  useXRInputSourceEvent(source, 'selectstart', () => latest.current(hand, true), [hand]);
  useXRInputSourceEvent(source, 'selectend', () => latest.current(hand, false), [hand]);
  useEffect(() => {
    if (source) return () => latest.current(hand, false);
  }, [hand, source]);
}
