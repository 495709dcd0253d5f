// Where a person's eyes and head point, and whether they meet the eyes of the person practising.
// Pure and allocation-free: the scenes call these for every person in every frame.

export interface Point {
  x: number;
  y: number;
  z: number;
}

const deg = Math.PI / 180;

/** How far eyes turn in the head, and the head on the neck, as people comfortably do. */
export const EYE_LIMIT = { yaw: 32 * deg, up: 22 * deg, down: 28 * deg };
export const NECK_LIMIT = { yaw: 75 * deg, up: 35 * deg, down: 50 * deg };
/** A look turns the head this much of the way; the eyes do the rest. */
export const HEAD_SHARE = 0.6;

/** Eyes that point within this angle of the viewer's eyes look at them. */
export const MEETS_ANGLE = 6 * deg;
/** The viewer looks at a face when the head points within this angle of it. */
export const VIEWER_ANGLE = 9 * deg;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Yaw (about the vertical, from the body's forward) and pitch (up +) from `from` to `to`. */
export function directionTo(
  from: Point,
  facing: number,
  to: Point,
  out: { yaw: number; pitch: number },
): { yaw: number; pitch: number } {
  const dx = to.x - from.x;
  const dz = to.z - from.z;
  const yaw = Math.atan2(dx, dz) - facing;
  // Wrapped to (-π, π], so a look behind the left shoulder is not a turn all the way round.
  out.yaw = Math.atan2(Math.sin(yaw), Math.cos(yaw));
  out.pitch = Math.atan2(to.y - from.y, Math.hypot(dx, dz));
  return out;
}

export interface GazeSplit {
  headYaw: number;
  headPitch: number;
  eyeYaw: number;
  eyePitch: number;
}

/**
 * How a look in a direction (relative to the body) is shared between the neck and the eyes: the
 * head turns part of the way, further if the eyes alone cannot reach, never past the neck's range;
 * what the eyes cannot reach even then is not looked at.
 */
export function splitGaze(yaw: number, pitch: number, out: GazeSplit): GazeSplit {
  const headYaw = clamp(
    clamp(yaw * HEAD_SHARE, yaw - EYE_LIMIT.yaw, yaw + EYE_LIMIT.yaw),
    -NECK_LIMIT.yaw,
    NECK_LIMIT.yaw,
  );
  const headPitch = clamp(
    clamp(pitch * HEAD_SHARE, pitch - EYE_LIMIT.up, pitch + EYE_LIMIT.down),
    -NECK_LIMIT.down,
    NECK_LIMIT.up,
  );
  out.headYaw = headYaw;
  out.headPitch = headPitch;
  out.eyeYaw = clamp(yaw - headYaw, -EYE_LIMIT.yaw, EYE_LIMIT.yaw);
  out.eyePitch = clamp(pitch - headPitch, -EYE_LIMIT.down, EYE_LIMIT.up);
  return out;
}

/** The angle between a direction and the line from `from` to `to`, radians. */
export function angleBetween(from: Point, direction: Point, to: Point): number {
  const vx = to.x - from.x;
  const vy = to.y - from.y;
  const vz = to.z - from.z;
  const length = Math.hypot(vx, vy, vz) || 1;
  const dl = Math.hypot(direction.x, direction.y, direction.z) || 1;
  const cos = (vx * direction.x + vy * direction.y + vz * direction.z) / (length * dl);
  return Math.acos(clamp(cos, -1, 1));
}

/** The unit direction of a yaw and pitch relative to a body facing `facing`, into `out`. */
export function directionOf(facing: number, yaw: number, pitch: number, out: Point): Point {
  const c = Math.cos(pitch);
  out.x = Math.sin(facing + yaw) * c;
  out.y = Math.sin(pitch);
  out.z = Math.cos(facing + yaw) * c;
  return out;
}

/**
 * Mutual gaze: the person's eyes point at the viewer's eyes, and the viewer's head points at the
 * person's face, both within their angles.
 */
export function isMutual(
  eyes: Point,
  eyeDirection: Point,
  viewer: Point,
  viewerDirection: Point,
): boolean {
  return (
    angleBetween(eyes, eyeDirection, viewer) < MEETS_ANGLE &&
    angleBetween(viewer, viewerDirection, eyes) < VIEWER_ANGLE
  );
}
