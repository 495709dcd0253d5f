// Where the person's picture is and how large, from the level's `view`, and how its softening is
// made. Pure arithmetic in metres and degrees, so it is tested in Node.
import { MAX_BLUR, MIN_VIEW } from './levels';

/** The desktop view's eyes; the headset's seated lift brings a seated person's there too. */
export const EYE = 1.6;
/** Far enough that a step of the head shows no parallax on a 360° picture. */
export const SPHERE_RADIUS = 50;
/** 16,128 triangles: smooth at the picture's horizon and poles, far inside the budget. */
export const SPHERE_SEGMENTS = { around: 128, up: 64 } as const;

const toRad = (deg: number) => (deg * Math.PI) / 180;
const toDeg = (rad: number) => (rad * 180) / Math.PI;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** 0 at the smallest view, 1 at the whole view. */
const share = (view: number) => (clamp(view, MIN_VIEW, 100) - MIN_VIEW) / (100 - MIN_VIEW);

/** A flat picture's screen nears as it grows, from a small far one to one filling most of the view. */
const FAR = 8;
const NEAR = 3;
/** The screen's widest angle across at the whole view, degrees: most of a headset's or a screen's. */
const WIDEST = 90;
/** A screen is at most this much as tall as it may be wide, so a portrait picture fits the eyes' view. */
const TALLEST = 0.7;

export interface Screen {
  /** Metres. */
  width: number;
  height: number;
  /** Metres ahead of the eyes, at eye height. */
  distance: number;
  /** The angles it fills, degrees. */
  across: number;
  up: number;
}

/** The screen for a picture of `aspect` (width / height) at a level's `view` (per cent). */
export function screenFor(view: number, aspect: number): Screen {
  const distance = FAR + (NEAR - FAR) * share(view);
  const across = (WIDEST * clamp(view, MIN_VIEW, 100)) / 100;
  const wide = 2 * distance * Math.tan(toRad(across / 2));
  const tall = 2 * distance * Math.tan(toRad((across * TALLEST) / 2));
  const safe = Number.isFinite(aspect) && aspect > 0 ? aspect : 16 / 9;
  const width = Math.min(wide, tall * safe);
  const height = width / safe;
  return {
    width,
    height,
    distance,
    across: toDeg(2 * Math.atan(width / 2 / distance)),
    up: toDeg(2 * Math.atan(height / 2 / distance)),
  };
}

/** How far the fade to dark runs, degrees. */
const FADE = 20;

/**
 * A 360° picture's shown part: a cap around its middle, sharp out to `from` and faded to dark by
 * `to` (radians from the middle). At the whole view nothing fades.
 */
export function aroundCap(view: number): { from: number; to: number } {
  const to = ((180 + FADE) * clamp(view, MIN_VIEW, 100)) / 100;
  return { from: toRad(to - FADE), to: toRad(to) };
}

/** The softening's spread (one standard deviation) at its last step, degrees of the whole view. */
export const MOST_BLUR_DEGREES = 3;
/** The spread at a step: the first steps soften detail only, the last ones whole shapes. */
export const spreadOf = (blur: number) =>
  MOST_BLUR_DEGREES * (Math.min(MAX_BLUR, Math.max(0, blur)) / MAX_BLUR) ** 1.5;
/** Taps a side of the shrinking pass, at most: 64 a texel. */
const MAX_TAPS = 8;
/**
 * The softened copy's largest side: two of its half-float targets hold 32 MB, and at its least
 * the softening is a little finer than a texel of it.
 */
export const MAX_COPY = 2048;

export interface BlurPlan {
  /**
   * The copy's size in texels: half a spread each (within the source and MAX_COPY), so one
   * bilinear sample of it is smooth.
   */
  width: number;
  height: number;
  /** Taps each way that average the source texels under one of the copy's. */
  tapsX: number;
  tapsY: number;
  /** The spread in the copy's texels, each way. */
  sigmaX: number;
  sigmaY: number;
}

/**
 * How to soften a picture of `source` texels spanning `spanX` × `spanY` degrees at the whole
 * view (360 × 180 around; the full-size screen ahead): shrink it by averaging, then a small
 * Gaussian each way. Null when sharp. The shrinking costs a quarter tap a source texel at every
 * step, so even a video softened anew each frame stays cheap.
 */
export function blurPlan(
  blur: number,
  source: { width: number; height: number },
  spanX: number,
  spanY: number,
): BlurPlan | null {
  if (!(blur > 0)) return null;
  const spread = spreadOf(blur);
  const texel = spread / 2;
  const size = (span: number, side: number) =>
    Math.round(clamp(span / texel, 8, Math.max(8, Math.min(side, MAX_COPY))));
  const width = size(spanX, source.width);
  const height = size(spanY, source.height);
  const taps = (from: number, to: number) => clamp(Math.ceil(from / to / 2), 1, MAX_TAPS);
  return {
    width,
    height,
    tapsX: taps(source.width, width),
    tapsY: taps(source.height, height),
    sigmaX: spread / (spanX / width),
    sigmaY: spread / (spanY / height),
  };
}

/** A picture's size scaled down to fit `max` on both sides, kept as it is when it fits. */
export function fitWithin(
  width: number,
  height: number,
  max: number,
): { width: number; height: number } {
  const scale = Math.min(1, max / width, max / height);
  if (scale >= 1) return { width, height };
  return {
    width: Math.max(1, Math.floor(width * scale)),
    height: Math.max(1, Math.floor(height * scale)),
  };
}
