// Where a person may stand, and how a step is stopped short of an edge. Pure.
import type { StandingArea } from '../types';

export function isStanding(area: StandingArea, x: number, z: number, margin = 0): boolean {
  return area.rects.some(
    (r) =>
      x >= r.minX + margin && x <= r.maxX - margin && z >= r.minZ + margin && z <= r.maxZ - margin,
  );
}

/**
 * A step from (x, z) by (dx, dz), stopped where it would leave the area: a gentle blocker, not a
 * wall to bump into. Walks the step in small pieces so a step from the platform onto a plank works.
 */
export function stepWithin(
  area: StandingArea,
  from: { x: number; z: number },
  dx: number,
  dz: number,
  margin: number,
): { x: number; z: number } {
  const pieces = Math.max(1, Math.ceil(Math.hypot(dx, dz) / 0.02));
  let at = from;
  for (let i = 1; i <= pieces; i++) {
    const next = { x: from.x + (dx * i) / pieces, z: from.z + (dz * i) / pieces };
    if (!isStanding(area, next.x, next.z, margin)) break;
    at = next;
  }
  return at;
}

/** The standing point nearest to (x, z): where a person goes when the floor moves from under them. */
export function nearestStanding(
  area: StandingArea,
  x: number,
  z: number,
  margin = 0,
): { x: number; z: number } {
  let best = { x: 0, z: 0 };
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const r of area.rects) {
    const cx = Math.min(Math.max(x, r.minX + margin), r.maxX - margin);
    const cz = Math.min(Math.max(z, r.minZ + margin), r.maxZ - margin);
    const d = Math.hypot(cx - x, cz - z);
    if (d < bestDistance) {
      bestDistance = d;
      best = { x: cx, z: cz };
    }
  }
  return best;
}
