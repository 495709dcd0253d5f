// The one XR store of the app (the only global singleton the architecture allows).
import { createXRStore } from '@react-three/xr';
import { useStore } from 'zustand';
import { FALLBACK_CONTROLLER_PROFILE, HAND_PROFILE, xrProfileBase } from './profiles';

/**
 * A press released on the same button is a click however long it was held, as on a web page. The
 * library's 300 ms misses the slow, deliberate presses of someone who is anxious or new to
 * controllers, and any press when the headset drops frames.
 */
export const CLICK_MS = Number.POSITIVE_INFINITY;
const pointer = { clickThresholdMs: CLICK_MS };

export const xrStore = createXRStore({
  offerSession: 'immersive-vr',
  // Never inject a fake headset: "Enter VR" must mean a real (or test-installed) WebXR device.
  emulate: false,
  baseAssetPath: xrProfileBase(document.baseURI),
  defaultControllerProfileId: FALLBACK_CONTROLLER_PROFILE,
  defaultXRHandProfileId: HAND_PROFILE,
  controller: { rayPointer: pointer, grabPointer: pointer },
  hand: { rayPointer: pointer, grabPointer: pointer, touchPointer: pointer },
  transientPointer: pointer,
  gaze: pointer,
});

/** The running XR session, or undefined; usable outside the Canvas (the DOM controls). */
export function useXrSession(): XRSession | undefined {
  return useStore(xrStore, (state) => state.session);
}
