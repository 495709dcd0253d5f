// A spider's eight legs in the alternating tetrapod gait real spiders walk with: the legs are two
// sets of four (first and third on one side with second and fourth on the other); one set stands
// while the other swings, and a standing foot stays exactly where it was put down however the
// body moves, until its set lifts. Feet are kept in the surface's own (u, w) metres, so a spider
// on a moving hand keeps its footing. Pure and allocation-free: it runs every frame.
import type { Vec } from './layout';

export const LEGS = 8;
/** From the body's forward, radians, front pair to back pair. */
const REST_ANGLE = [0.62, 1.2, 1.9, 2.5] as const;
/** Reach from the head's middle to the foot at rest, in leg spans. */
const REST_REACH = [0.47, 0.4, 0.38, 0.45] as const;
/** The head (where the legs join) is this far ahead of the body's point, in spans. */
export const HEAD_AHEAD = 0.07;
/** The legs join the head this far, in spans, from its middle. */
const HIP_RING = 0.035;
/** The body's point rides this high over the surface, in spans. */
export const BODY_HEIGHT = 0.09;
/** A step starts when a foot is this far, in spans, from where it would stand. */
const STRIDE = 0.16;
const SETTLE = 0.04;
/** How high a swinging foot lifts, in spans. */
const LIFT = 0.07;

/** Left legs 0-3, right legs 4-7, front to back. */
export const sideOf = (leg: number) => (leg < 4 ? 1 : -1);
/** The set a leg belongs to: left 1 and 3 with right 2 and 4, and the other four. */
export const setOf = (leg: number) => ((leg % 4) + (leg < 4 ? 0 : 1)) % 2;

export interface Body {
  u: number;
  w: number;
  /** Forward is (cos heading, sin heading) in (u, w). */
  heading: number;
}

export interface Gait {
  span: number;
  /** (u, w) of each foot. */
  feet: Float64Array;
  /** Where each swinging foot lifted from. */
  from: Float64Array;
  /** A swinging foot's progress, 0-1; -1 while it stands. */
  swing: Float64Array;
  /** The set that lifts next. */
  next: 0 | 1;
}

const target = new Float64Array(2);

/** Where a leg's foot stands at rest for the body, `lead` metres ahead along the motion. */
export function restFoot(
  body: Body,
  leg: number,
  span: number,
  leadU: number,
  leadW: number,
  out: Float64Array = target,
): Float64Array {
  const fu = Math.cos(body.heading);
  const fw = Math.sin(body.heading);
  const k = leg % 4;
  const side = sideOf(leg);
  const a = REST_ANGLE[k] ?? 1;
  const reach = (REST_REACH[k] ?? 0.4) * span;
  const along = Math.cos(a) * reach + HEAD_AHEAD * span;
  const across = Math.sin(a) * reach * side;
  out[0] = body.u + fu * along - fw * across + leadU;
  out[1] = body.w + fw * along + fu * across + leadW;
  return out;
}

/** Where a leg joins the head, in (u, w): a small ring round the head's middle. */
export function hipOf(body: Body, leg: number, span: number, out: Float64Array): Float64Array {
  const fu = Math.cos(body.heading);
  const fw = Math.sin(body.heading);
  const a = REST_ANGLE[leg % 4] ?? 1;
  const r = HIP_RING * span;
  const along = Math.cos(a) * r + HEAD_AHEAD * span;
  const across = Math.sin(a) * r * sideOf(leg);
  out[0] = body.u + fu * along - fw * across;
  out[1] = body.w + fw * along + fu * across;
  return out;
}

export function newGait(body: Body, span: number): Gait {
  const gait: Gait = {
    span,
    feet: new Float64Array(LEGS * 2),
    from: new Float64Array(LEGS * 2),
    swing: new Float64Array(LEGS).fill(-1),
    next: 0,
  };
  placeFeet(gait, body);
  return gait;
}

/** Every foot at rest under the body, standing: for a new surface, or a spider hanging free. */
export function placeFeet(gait: Gait, body: Body): void {
  for (let leg = 0; leg < LEGS; leg++) {
    restFoot(body, leg, gait.span, 0, 0);
    gait.feet[2 * leg] = target[0] ?? 0;
    gait.feet[2 * leg + 1] = target[1] ?? 0;
    gait.swing[leg] = -1;
  }
}

function displacement(gait: Gait, body: Body, set: number): number {
  let most = 0;
  for (let leg = 0; leg < LEGS; leg++) {
    if (setOf(leg) !== set) continue;
    restFoot(body, leg, gait.span, 0, 0);
    const du = (gait.feet[2 * leg] ?? 0) - (target[0] ?? 0);
    const dw = (gait.feet[2 * leg + 1] ?? 0) - (target[1] ?? 0);
    most = Math.max(most, Math.hypot(du, dw));
  }
  return most;
}

/** How long a swing takes at this speed (metres a second): quicker steps for a quicker spider. */
export function swingSeconds(span: number, speed: number): number {
  return Math.min(0.25, Math.max(0.045, (0.12 * span) / Math.max(speed, 1e-6)));
}

/**
 * Moves the feet for a frame in which the body moved with velocity (vu, vw) metres a second and
 * now stands at `body`. Only the swinging set moves; standing feet are not touched.
 */
export function stepGait(gait: Gait, body: Body, vu: number, vw: number, dt: number): void {
  const span = gait.span;
  const speed = Math.hypot(vu, vw);
  const swingTime = swingSeconds(span, speed);
  // Put down ahead of the body, so a foot is not left behind as soon as it lands.
  const leadU = vu * swingTime;
  const leadW = vw * swingTime;
  let swinging = false;
  for (let leg = 0; leg < LEGS; leg++) {
    const p = gait.swing[leg] ?? -1;
    if (p < 0) continue;
    const next = Math.min(1, p + dt / swingTime);
    restFoot(body, leg, span, leadU, leadW);
    const eased = next * next * (3 - 2 * next);
    const fu = gait.from[2 * leg] ?? 0;
    const fw = gait.from[2 * leg + 1] ?? 0;
    gait.feet[2 * leg] = fu + ((target[0] ?? 0) - fu) * eased;
    gait.feet[2 * leg + 1] = fw + ((target[1] ?? 0) - fw) * eased;
    if (next >= 1) gait.swing[leg] = -1;
    else {
      gait.swing[leg] = next;
      swinging = true;
    }
  }
  if (swinging) return;
  const threshold = (speed > 1e-4 ? STRIDE : SETTLE) * span;
  const mine = displacement(gait, body, gait.next);
  const theirs = displacement(gait, body, 1 - gait.next);
  if (mine <= threshold * 0.7 && theirs <= threshold) return;
  for (let leg = 0; leg < LEGS; leg++) {
    if (setOf(leg) !== gait.next) continue;
    gait.from[2 * leg] = gait.feet[2 * leg] ?? 0;
    gait.from[2 * leg + 1] = gait.feet[2 * leg + 1] ?? 0;
    gait.swing[leg] = 0;
  }
  gait.next = gait.next === 0 ? 1 : 0;
}

/** How high off the surface a foot is now, metres. */
export function footLift(gait: Gait, leg: number): number {
  const p = gait.swing[leg] ?? -1;
  return p < 0 ? 0 : Math.sin(Math.PI * p) * LIFT * gait.span;
}

/** Femur and tibia (the lower leg with its tip) of a leg, metres, for a spider of `span`. */
export function legLengths(span: number) {
  return { femur: 0.26 * span, tibia: 0.3 * span };
}

/**
 * The knee of a two-part leg from `hip` to `foot`, bent away from the surface (`up`), as a
 * spider's knees stand above its body. A foot out of reach is drawn at the full leg's length.
 */
export function knee(hip: Vec, foot: Vec, up: Vec, femur: number, tibia: number, out: Vec): Vec {
  let dx = foot.x - hip.x;
  let dy = foot.y - hip.y;
  let dz = foot.z - hip.z;
  const length = Math.hypot(dx, dy, dz) || 1e-9;
  dx /= length;
  dy /= length;
  dz /= length;
  const d = Math.min(length, (femur + tibia) * 0.999);
  const cos = Math.max(-1, Math.min(1, (femur * femur + d * d - tibia * tibia) / (2 * femur * d)));
  const sin = Math.sqrt(1 - cos * cos);
  // The bend's direction: `up` without its part along the leg.
  const along = up.x * dx + up.y * dy + up.z * dz;
  let bx = up.x - along * dx;
  let by = up.y - along * dy;
  let bz = up.z - along * dz;
  const b = Math.hypot(bx, by, bz) || 1;
  bx /= b;
  by /= b;
  bz /= b;
  out.x = hip.x + (dx * cos + bx * sin) * femur;
  out.y = hip.y + (dy * cos + by * sin) * femur;
  out.z = hip.z + (dz * cos + bz * sin) * femur;
  return out;
}
