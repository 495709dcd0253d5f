// Controller and hand models are served from this app's own origin (public/xr-profiles, written by
// `npm run xr-profiles`), never from the CDN the XR library would otherwise use.
export const XR_PROFILE_FOLDER = 'xr-profiles/';
/** Shown for a controller whose own profile is not among the copied ones. */
export const FALLBACK_CONTROLLER_PROFILE = 'generic-trigger';
export const HAND_PROFILE = 'generic-hand';

/** The library resolves model URLs against this, so it must be absolute. */
export function xrProfileBase(baseUri: string): string {
  return new URL(XR_PROFILE_FOLDER, baseUri).href;
}
