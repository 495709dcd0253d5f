// What the metro measures, from the person's head in carriage metres: how near a passenger came,
// how long they looked at the doors or the route map above them, how near the doors they stood and
// for how long. Pure and allocation-free, so it runs every frame.
import type { Point } from '../common/people/gaze';
import { CARRIAGE, DOOR, DOOR_XS, MAP } from './layout';

/** Within this of a door (horizontally), the person is near it. */
export const NEAR_DOOR = 0.75;
const HALF_DOOR = DOOR.width / 2;
/** The doors' column on the wall reaches up to the map above them. */
const TOP = MAP.y + MAP.height / 2 + 0.05;

export interface MetroTally {
  seconds: number;
  doorsSeconds: number;
  nearDoorsSeconds: number;
  /** Metres; Infinity until measured. */
  closestPassenger: number;
  closestDoor: number;
}

export const newMetroTally = (): MetroTally => ({
  seconds: 0,
  doorsSeconds: 0,
  nearDoorsSeconds: 0,
  closestPassenger: Number.POSITIVE_INFINITY,
  closestDoor: Number.POSITIVE_INFINITY,
});

/**
 * Whether the line of sight meets a door, or the map above it, on either side wall. `shift` moves
 * the doors along x: the train's place when the person watches it from the platform.
 */
export function looksAtDoors(head: Point, look: Point, shift = 0): boolean {
  for (const side of [-1, 1] as const) {
    const wall = side * CARRIAGE.halfWidth;
    if (Math.abs(look.z) < 1e-6) continue;
    const t = (wall - head.z) / look.z;
    if (t <= 0) continue;
    const x = head.x + look.x * t;
    const y = head.y + look.y * t;
    if (y < 0 || y > TOP) continue;
    for (const door of DOOR_XS) if (Math.abs(x - door - shift) <= HALF_DOOR) return true;
  }
  return false;
}

/** Metres from the head, along the floor, to the nearest door's opening. */
export function doorDistance(head: Point, shift = 0): number {
  let best = Number.POSITIVE_INFINITY;
  const across = Math.abs(Math.abs(head.z) - CARRIAGE.halfWidth);
  for (const door of DOOR_XS) {
    const along = Math.max(0, Math.abs(head.x - door - shift) - HALF_DOOR);
    best = Math.min(best, Math.hypot(along, across));
  }
  return best;
}

/**
 * Adds a frame, the head and gaze in carriage metres: `nearest` is the nearest passenger's distance
 * this frame (Infinity: none); without `doorsThere` (no train at the platform) no door counts.
 */
export function tallyMetro(
  tally: MetroTally,
  dt: number,
  head: Point,
  look: Point,
  nearest: number,
  doorsThere = true,
): void {
  tally.seconds += dt;
  tally.closestPassenger = Math.min(tally.closestPassenger, nearest);
  if (!doorsThere) return;
  if (looksAtDoors(head, look)) tally.doorsSeconds += dt;
  const door = doorDistance(head);
  tally.closestDoor = Math.min(tally.closestDoor, door);
  if (door <= NEAR_DOOR) tally.nearDoorsSeconds += dt;
}

const tenth = (v: number) => Math.round(v * 10) / 10;

/** The measures as the session logs them; a distance not yet seen is left out. */
export function metroMeasures(tally: MetroTally, heldSeconds: number) {
  return {
    doorsShare: tally.seconds > 0 ? Math.round((100 * tally.doorsSeconds) / tally.seconds) : 0,
    nearDoorsSeconds: Math.round(tally.nearDoorsSeconds),
    tunnelStopSeconds: Math.round(heldSeconds),
    closestPassenger: Number.isFinite(tally.closestPassenger)
      ? tenth(tally.closestPassenger)
      : null,
    closestDoor: Number.isFinite(tally.closestDoor) ? tenth(tally.closestDoor) : null,
  };
}
