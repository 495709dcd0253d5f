// How content in the headset (the pacer, the panels) follows the head: lazily. Small movements leave it where it is, so it
// does not swim with every glance; a large turn or step makes it glide back into view. Pure.

export interface Follow {
  /** The direction the pacer is placed in, radians about the vertical axis. */
  yaw: number;
  /** Where it is anchored: the head position it was last placed for. */
  x: number;
  y: number;
  z: number;
  gliding: boolean;
  /** How fast the glide moves: radians a second, and metres a second along each axis. */
  spin: number;
  vx: number;
  vy: number;
  vz: number;
}

export const FOLLOW = {
  /** A turn wider than this (radians) starts a glide. */
  startAngle: (30 * Math.PI) / 180,
  /** A step further than this (m) starts a glide. */
  startDistance: 0.35,
  /** The glide ends once within these of the head. */
  stopAngle: (2 * Math.PI) / 180,
  stopDistance: 0.03,
  /** About how long a glide takes to close most of the gap (s). It eases in and out, never jerks. */
  smoothTime: 0.35,
} as const;

/** The shortest signed turn from `from` to `to`, in (-π, π]. */
export function turnBetween(from: number, to: number): number {
  const d = (to - from) % (2 * Math.PI);
  if (d > Math.PI) return d - 2 * Math.PI;
  if (d <= -Math.PI) return d + 2 * Math.PI;
  return d;
}

export function startFollow(yaw: number, x: number, y: number, z: number): Follow {
  return { yaw, x, y, z, gliding: false, spin: 0, vx: 0, vy: 0, vz: 0 };
}

/**
 * One step of a critically damped spring from `gap` away towards zero: it starts slowly, speeds
 * up and settles without overshoot. Returns the new gap and speed.
 */
function damp(gap: number, speed: number, dt: number): [number, number] {
  const omega = 2 / FOLLOW.smoothTime;
  const x = omega * dt;
  const decay = 1 / (1 + x + 0.48 * x * x + 0.235 * x * x * x);
  const temp = (speed + omega * gap) * dt;
  return [(gap + temp) * decay, (speed - omega * temp) * decay];
}

/** The anchor a moment `dt` seconds later, for a head facing `headYaw` at (x, y, z). */
export function follow(
  state: Follow,
  headYaw: number,
  x: number,
  y: number,
  z: number,
  dt: number,
): Follow {
  const turn = turnBetween(state.yaw, headYaw);
  const dx = x - state.x;
  const dy = y - state.y;
  const dz = z - state.z;
  const distance = Math.hypot(dx, dy, dz);
  const gliding =
    state.gliding || Math.abs(turn) > FOLLOW.startAngle || distance > FOLLOW.startDistance;
  if (!gliding) return state;
  if (Math.abs(turn) < FOLLOW.stopAngle && distance < FOLLOW.stopDistance) {
    return startFollow(headYaw, x, y, z);
  }
  const step = Math.max(0, dt);
  // The spring works on the gap (anchor minus head): the anchor is the head plus what is left of it.
  const [turnLeft, spin] = damp(-turn, state.spin, step);
  const [gx, vx] = damp(-dx, state.vx, step);
  const [gy, vy] = damp(-dy, state.vy, step);
  const [gz, vz] = damp(-dz, state.vz, step);
  return {
    yaw: headYaw + turnLeft,
    x: x + gx,
    y: y + gy,
    z: z + gz,
    gliding: true,
    spin,
    vx,
    vy,
    vz,
  };
}

export interface Place {
  /** Metres from the head. */
  distance: number;
  /** Radians below the horizon. */
  below: number;
  /** Radians to the left of straight ahead (negative: to the right). */
  left: number;
}

/** Where the pacer sits relative to the head: below eye line and a little to the left, out of the scene's key view. */
export const PLACEMENT: Place = {
  distance: 1.1,
  below: (22 * Math.PI) / 180,
  left: (18 * Math.PI) / 180,
};

/** A position for an anchor, in the direction `place` gives, for content that faces the person. */
export function placement(anchor: Follow, place: Place = PLACEMENT): [number, number, number] {
  const yaw = anchor.yaw + place.left;
  const flat = place.distance * Math.cos(place.below);
  // Yaw 0 looks down -z, as three's camera does; positive yaw turns left.
  return [
    anchor.x - Math.sin(yaw) * flat,
    anchor.y - place.distance * Math.sin(place.below),
    anchor.z - Math.cos(yaw) * flat,
  ];
}
