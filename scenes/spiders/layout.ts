// The room, in metres: the person starts at the origin facing -z, seated at a table (the desktop
// view's eyes are lifted to a seated height; in a headset the real head is used). Walls, table,
// shelf and the surfaces a spider walks on are pure data that the drawing and the tests share.
import type { StandingArea } from '../types';
import type { Jar } from './levels';

export const ROOM = { minX: -2.2, maxX: 2.2, minZ: -3.8, maxZ: 1.6, height: 2.6 };
/** Seated eyes, on the desktop. */
export const SEATED_EYE = 1.2;
export const TABLE = { minX: -0.6, maxX: 0.6, minZ: -1.1, maxZ: -0.3, top: 0.74 };
/** On the wall ahead, right of the poster: its middle about 3.8 m away. */
export const SHELF = { x: 1.25, z: ROOM.minZ + 0.15, top: 1.1, length: 1.2, depth: 0.3 };
/** On the wall ahead: a drawing of a spider at level 1, a print of leaves otherwise. */
export const POSTER = { x: -0.5, y: 1.45, width: 0.62, height: 0.86 };
/** On the left-hand wall. */
export const WINDOW = { z: -1.4, y: 1.5, width: 1.5, height: 1.2 };

/** Nearer than this, the spiders are kept on the table; further, on the floor; further still, the wall. */
export const TABLE_REACH = 1.3;
export const WALL_REACH = 2.5;
/** A jar is on the shelf when the level keeps the spider this far or further; else on the table. */
export const SHELF_REACH = 1.5;

/** A flat place a spider walks on: a point, two axes along it and its outward normal. */
export interface Surface {
  name: 'table' | 'floor' | 'wall' | 'jar' | 'hand';
  origin: Vec;
  u: Vec;
  w: Vec;
  normal: Vec;
  /** Where on it a spider may walk, in (u, w) metres; `radius` makes it a disc (the jar's floor). */
  minU: number;
  maxU: number;
  minW: number;
  maxW: number;
  radius?: number;
}

export interface Vec {
  x: number;
  y: number;
  z: number;
}

const v = (x: number, y: number, z: number): Vec => ({ x, y, z });
const EDGE = 0.04;

export const TABLE_TOP: Surface = {
  name: 'table',
  origin: v(0, TABLE.top, 0),
  u: v(1, 0, 0),
  w: v(0, 0, 1),
  normal: v(0, 1, 0),
  minU: TABLE.minX + EDGE,
  maxU: TABLE.maxX - EDGE,
  minW: TABLE.minZ + EDGE,
  maxW: TABLE.maxZ - EDGE,
};

export const FLOOR: Surface = {
  name: 'floor',
  origin: v(0, 0, 0),
  u: v(1, 0, 0),
  w: v(0, 0, 1),
  normal: v(0, 1, 0),
  minU: ROOM.minX + 0.2,
  maxU: ROOM.maxX - 0.2,
  minW: ROOM.minZ + 0.2,
  maxW: 0.6,
};

/** The wall ahead, left of the poster's column and right of it alike, below the ceiling. */
export const WALL: Surface = {
  name: 'wall',
  origin: v(0, 0, ROOM.minZ),
  u: v(1, 0, 0),
  w: v(0, 1, 0),
  normal: v(0, 0, 1),
  minU: ROOM.minX + 0.3,
  maxU: ROOM.maxX - 0.3,
  minW: 0.3,
  maxW: ROOM.height - 0.3,
};

/** The jar's size for a spider of `span` metres: room to turn round in. */
export function jarSize(span: number) {
  const radius = Math.max(0.05, span * 0.75);
  return { radius, height: Math.max(0.12, radius * 2.2) };
}

/**
 * Where the jar stands for the level's distance: on the shelf, or on the table so far ahead that
 * the spider, anywhere in it, is no nearer than the distance.
 */
export function jarPlace(distance: number, span: number): Vec {
  if (distance >= SHELF_REACH) return v(SHELF.x, SHELF.top, SHELF.z);
  const ahead = Math.min(
    -TABLE.minZ - 0.2,
    Math.max(-TABLE.maxZ + 0.12, distance + jarSize(span).radius + 0.02),
  );
  return v(0.12, TABLE.top, -Math.sqrt(Math.max(0, ahead * ahead - 0.12 * 0.12)));
}

export function jarFloor(distance: number, span: number): Surface {
  const at = jarPlace(distance, span);
  const { radius } = jarSize(span);
  const inner = radius - Math.max(0.006, span * 0.3);
  return {
    name: 'jar',
    origin: v(at.x, at.y + 0.004, at.z),
    u: v(1, 0, 0),
    w: v(0, 0, 1),
    normal: v(0, 1, 0),
    minU: -inner,
    maxU: inner,
    minW: -inner,
    maxW: inner,
    radius: Math.max(0, inner),
  };
}

/** Where loose spiders walk for the level's distance (the jar's spider is in the jar). */
export function looseSurface(distance: number): Surface {
  if (distance >= WALL_REACH) return WALL;
  if (distance >= TABLE_REACH) return FLOOR;
  return TABLE_TOP;
}

/** The surface the first spider starts on. */
export function firstSurface(jar: Jar, distance: number, span: number): Surface {
  return jar === 'none' ? looseSurface(distance) : jarFloor(distance, span);
}

/** On the desktop, a hand resting on the table, palm down, fingers away from the person. */
export const RESTING_HAND = { x: 0.16, z: -0.52, yaw: 0.12 };
/** The back of a hand, in its own metres: u across, w from the wrist (−) to the knuckles (+). */
export const HAND_BACK = { minU: -0.035, maxU: 0.035, minW: -0.045, maxW: 0.045, lift: 0.022 };

/** The resting hand's back as a surface: u to its right, w towards the fingertips. */
export function restingHandSurface(): Surface {
  const c = Math.cos(RESTING_HAND.yaw);
  const s = Math.sin(RESTING_HAND.yaw);
  return {
    name: 'hand',
    origin: v(RESTING_HAND.x, TABLE.top + HAND_BACK.lift, RESTING_HAND.z),
    u: v(c, 0, -s),
    w: v(-s, 0, -c),
    normal: v(0, 1, 0),
    minU: HAND_BACK.minU,
    maxU: HAND_BACK.maxU,
    minW: HAND_BACK.minW,
    maxW: HAND_BACK.maxW,
  };
}

/** The thread's anchor: on the ceiling, ahead of where the person sits, `distance` away. */
export function dropAnchor(distance: number): Vec {
  return v(0.14, ROOM.height, -Math.max(0.25, distance + 0.08));
}
/** The thread stops with the spider a little below the eyes. */
export const DROP_LOW = SEATED_EYE - 0.08;

/** In front of the table and behind the chair; in a headset, leaving it dims the view. */
export function standingArea(): StandingArea {
  return { rects: [{ minX: ROOM.minX + 0.4, maxX: ROOM.maxX - 0.4, minZ: -0.2, maxZ: 1.2 }] };
}

/** A surface point (u, w), `lift` off it, in room metres. */
export function surfacePoint(s: Surface, u: number, w: number, lift: number, out: Vec): Vec {
  out.x = s.origin.x + s.u.x * u + s.w.x * w + s.normal.x * lift;
  out.y = s.origin.y + s.u.y * u + s.w.y * w + s.normal.y * lift;
  out.z = s.origin.z + s.u.z * u + s.w.z * w + s.normal.z * lift;
  return out;
}

/** Whether (u, w) is where a spider may walk on the surface. */
export function onSurface(s: Surface, u: number, w: number): boolean {
  if (s.radius !== undefined) return Math.hypot(u, w) <= s.radius;
  return u >= s.minU && u <= s.maxU && w >= s.minW && w <= s.maxW;
}

/**
 * How far a point is from the person: from the line through their head down to the floor, so a
 * spider on the table is as far as it is ahead, and one above the head counts the height too.
 */
export function toPerson(p: Vec, head: Vec): number {
  const across = Math.hypot(p.x - head.x, p.z - head.z);
  const above = Math.max(0, p.y - head.y);
  return Math.hypot(across, above);
}
