// The terrace: its floor, edge, glass, plank and railing runs, and where a person may stand. Pure,
// and kept apart from the city's layout so the scene's definition (loaded by the home page) stays
// small.
//
// Scene coordinates: the person starts at (0, 0, 0) on the terrace floor, facing -z, right above
// the tower's front face. The terrace is a roof terrace whose front is a balcony reaching out past
// the face to the edge at z = -edgeDistance.
import type { StandingArea } from '../types';
import type { HeightsParams } from './levels';

export const TERRACE_HALF_WIDTH = 4;
/** How far the terrace reaches behind the starting point, m. */
export const TERRACE_BACK = 6;
export const PLANK_HALF_WIDTH = 0.15;
/** Depth of the glass panel at the edge when the floor is "glass-edge", m. */
export const GLASS_EDGE_DEPTH = 1.2;
export const SLAB_THICKNESS = 0.3;
/** Keep this far from a railing when stepping, m. */
const RAIL_CLEARANCE = 0.15;

export const edgeZ = (params: Pick<HeightsParams, 'edgeDistance'>) => -params.edgeDistance;

export function standingArea(params: HeightsParams): StandingArea {
  const railed = params.railing !== 'none';
  const inset = railed ? RAIL_CLEARANCE : 0;
  const rects = [
    {
      minX: -TERRACE_HALF_WIDTH + inset,
      maxX: TERRACE_HALF_WIDTH - inset,
      minZ: edgeZ(params) + inset,
      maxZ: TERRACE_BACK,
    },
  ];
  if (params.plankLength > 0) {
    rects.push({
      minX: -PLANK_HALF_WIDTH,
      maxX: PLANK_HALF_WIDTH,
      minZ: edgeZ(params) - params.plankLength,
      // Overlaps the terrace, so stepping from one onto the other finds no gap between them.
      maxZ: edgeZ(params) + inset + 0.6,
    });
  }
  return { rects };
}

/** The stretch of balcony floor that is glass, front to back (z), or null. */
export function glassSpan(params: HeightsParams): { fromZ: number; toZ: number } | null {
  const edge = edgeZ(params);
  if (params.floor === 'glass') return { fromZ: edge, toZ: 0 };
  if (params.floor === 'glass-edge')
    return { fromZ: edge, toZ: Math.min(0, edge + GLASS_EDGE_DEPTH) };
  return null;
}

/** Whether the floor under z is glass over the drop, for "time past the edge". */
export function overGlass(params: HeightsParams, z: number): boolean {
  const span = glassSpan(params);
  return span !== null && z >= span.fromZ && z < span.toZ;
}

export interface RailSegment {
  ax: number;
  az: number;
  bx: number;
  bz: number;
}

/** Where railing runs: along the front edge (leaving a gap for a plank) and down both sides. */
export function railingSegments(params: HeightsParams): RailSegment[] {
  if (params.railing === 'none') return [];
  const front = edgeZ(params) + 0.04;
  const w = TERRACE_HALF_WIDTH - 0.04;
  const gap = params.plankLength > 0 ? PLANK_HALF_WIDTH + 0.3 : 0;
  const segments: RailSegment[] =
    gap > 0
      ? [
          { ax: -w, az: front, bx: -gap, bz: front },
          { ax: gap, az: front, bx: w, bz: front },
        ]
      : [{ ax: -w, az: front, bx: w, bz: front }];
  segments.push(
    { ax: -w, az: front, bx: -w, bz: TERRACE_BACK },
    { ax: w, az: front, bx: w, bz: TERRACE_BACK },
  );
  return segments;
}
