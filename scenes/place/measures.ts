// What the own place measures: how much of the time the person faced the picture's middle, and
// how long they watched it. Pure and allocation-free, so it runs every frame.

/** Facing the middle: the head's direction within this angle of it. */
export const LOOK_ANGLE = (20 * Math.PI) / 180;
const COS_LOOK = Math.cos(LOOK_ANGLE);

export interface PlaceTally {
  /** Seconds the picture was on show (after it loaded). */
  shownSeconds: number;
  facingSeconds: number;
  /** Seconds a video played, or a photo was on show. */
  watchedSeconds: number;
}

export const newPlaceTally = (): PlaceTally => ({
  shownSeconds: 0,
  facingSeconds: 0,
  watchedSeconds: 0,
});

/**
 * Whether the unit vector `look` points within LOOK_ANGLE of the picture's middle, straight ahead
 * at the start (-z) for a screen and for a 360° picture alike.
 */
export const facesMiddle = (look: { z: number }) => -look.z >= COS_LOOK;

export interface PlaceFrame {
  shown: boolean;
  facing: boolean;
  /** A photo on show, or a video whose time moved on this frame. */
  watching: boolean;
}

export function addPlaceFrame(tally: PlaceTally, frame: PlaceFrame, dt: number): void {
  if (!frame.shown) return;
  tally.shownSeconds += dt;
  if (frame.facing) tally.facingSeconds += dt;
  if (frame.watching) tally.watchedSeconds += dt;
}

const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;

/** The measures to report: none before the picture shows. */
export function placeMeasures(tally: PlaceTally): Record<string, number> {
  if (tally.shownSeconds <= 0) return {};
  return {
    lookingShare: round((100 * tally.facingSeconds) / tally.shownSeconds, 1),
    watchedSeconds: round(tally.watchedSeconds, 1),
  };
}
