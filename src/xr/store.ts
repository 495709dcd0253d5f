// The one XR store of the app (the only global singleton the architecture allows).
import { createXRStore } from '@react-three/xr';
import { useStore } from 'zustand';
import { FALLBACK_CONTROLLER_PROFILE, HAND_PROFILE, xrProfileBase } from './profiles';

export const xrStore = createXRStore({
  offerSession: 'immersive-vr',
  // Never inject a fake headset: "Enter VR" must mean a real (or test-installed) WebXR device.
  emulate: false,
  baseAssetPath: xrProfileBase(document.baseURI),
  defaultControllerProfileId: FALLBACK_CONTROLLER_PROFILE,
  defaultXRHandProfileId: HAND_PROFILE,
});

/** The running XR session, or undefined; usable outside the Canvas (the DOM controls). */
export function useXrSession(): XRSession | undefined {
  return useStore(xrStore, (state) => state.session);
}
