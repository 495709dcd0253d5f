// Whether another site shows this page in a frame. `frame-ancestors` and X-Frame-Options forbid
// that only when the host sends them as headers; on a host that sends none, a site could lay its
// own page over Foothold's and have a person click Delete or Import unknowingly. So the actions
// that destroy or overwrite the log consult this, and refuse when it is true (DestructiveButton).

/** The parts of a window the check reads; a test passes a stand-in. */
export interface FramedWindow {
  readonly location: { readonly origin: string; readonly ancestorOrigins?: ArrayLike<string> };
  readonly parent: FramedWindow;
}

/**
 * True when any window above this one is of another origin, or cannot be read (a cross-origin
 * location throws on read). Framed by a page of its own origin is allowed: that page could do
 * anything the app can anyway.
 */
export function framedByAnotherOrigin(win: FramedWindow): boolean {
  const own = win.location.origin;
  // Chromium and Safari list every ancestor's origin, even those hidden behind a same-origin frame.
  const ancestors = win.location.ancestorOrigins;
  if (ancestors) for (let i = 0; i < ancestors.length; i++) if (ancestors[i] !== own) return true;
  // Elsewhere, climb the frames: a window of another origin refuses to say where it is.
  for (let w = win, depth = 0; w.parent !== w; w = w.parent, depth++) {
    if (depth > 64) return true;
    try {
      if (w.parent.location.origin !== own) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/** This page, once: a frame cannot move to another parent, so the answer holds for its life. */
export const framed: boolean =
  typeof window !== 'undefined' && framedByAnotherOrigin(window as unknown as FramedWindow);

/** The id of the shell's notice, which refused controls point to for why. */
export const FRAMED_NOTICE_ID = 'framed-notice';
