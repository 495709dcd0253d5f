import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { StopVia } from '../../domain/session/events';
import {
  bindingKey,
  type Hold,
  holdStep,
  pressedNow,
  released,
  XR_BUTTONS,
  type XrAction,
} from '../../domain/xr/buttons';
import { togglePacer } from '../../state/pacer';
import { useSession } from '../../state/session';
import { useXrUi } from '../../state/xrUi';
import { xrStore } from './store';

/** A stop from the headset: only while the exposure runs or is paused. */
function stopFromHeadset(via: StopVia) {
  const { session, record } = useSession.getState();
  if (session?.phase === 'running' || session?.phase === 'paused')
    record({ type: 'stop', early: true, via });
}

const ACTIONS: Record<XrAction, () => void> = {
  pacer: () => void togglePacer(),
  rate: () => {
    const phase = useSession.getState().session?.phase;
    if (phase !== 'running' && phase !== 'paused') return;
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
  const down = useRef(new Map<string, boolean>());
  const holds = useRef(new Map<string, Hold>());

  useFrame((state) => {
    const session = state.gl.xr.getSession();
    if (!session) return;
    const now = performance.now();
    for (const source of session.inputSources) {
      const buttons = source.gamepad?.buttons;
      if (!buttons) continue;
      for (const binding of XR_BUTTONS) {
        if (binding.handedness !== source.handedness) continue;
        const key = bindingKey(binding);
        const isDown = buttons[binding.index]?.pressed ?? false;
        if (binding.holdMs !== undefined) {
          const step = holdStep(holds.current.get(key) ?? released, isDown, now, binding.holdMs);
          holds.current.set(key, step.hold);
          if (step.act) ACTIONS[binding.action]();
        } else if (pressedNow(down.current.get(key) ?? false, isDown)) {
          ACTIONS[binding.action]();
        }
        down.current.set(key, isDown);
      }
    }
  });

  useBothHandsPinch();
  return null;
}

/** Pinches arrive as select events from hands; both hands at once is the hands' stop. */
function useBothHandsPinch() {
  useEffect(() => {
    const watch = (session: XRSession) => {
      const pinching = new Set<XRInputSource>();
      const start = (e: XRInputSourceEvent) => {
        if (!e.inputSource.hand) return;
        pinching.add(e.inputSource);
        if (pinching.size >= 2) stopFromHeadset('both-hands-pinch');
      };
      const end = (e: XRInputSourceEvent) => pinching.delete(e.inputSource);
      session.addEventListener('selectstart', start);
      session.addEventListener('selectend', end);
      return () => {
        session.removeEventListener('selectstart', start);
        session.removeEventListener('selectend', end);
      };
    };
    let unwatch = xrStore.getState().session
      ? watch(xrStore.getState().session as XRSession)
      : undefined;
    const unsubscribe = xrStore.subscribe((state, previous) => {
      if (state.session === previous.session) return;
      unwatch?.();
      unwatch = state.session ? watch(state.session) : undefined;
    });
    return () => {
      unsubscribe();
      unwatch?.();
    };
  }, []);
}
