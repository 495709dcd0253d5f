// Where the person looks during the conversation, accumulated frame by frame. Pure.
import { angleBetween, type Point, VIEWER_ANGLE } from '../common/people/gaze';

/** Further than this from every face of the people talking with them, the person looks away. */
export const AWAY_ANGLE = (30 * Math.PI) / 180;

export interface LookTally {
  seconds: number;
  /** Seconds the head pointed at a face (within the people module's angle for a look at one). */
  atFaces: number;
  /** Seconds someone spoke to the person, and of those, looking away from every face. */
  addressed: number;
  away: number;
}

export function newLookTally(): LookTally {
  return { seconds: 0, atFaces: 0, addressed: 0, away: 0 };
}

/** Adds a frame, in place: `faces` are the eyes of the people the person talks with. */
export function tallyLooks(
  t: LookTally,
  dt: number,
  head: Point,
  direction: Point,
  faces: readonly Point[],
  count: number,
  addressed: boolean,
): LookTally {
  const step = Math.min(Math.max(dt, 0), 0.25);
  let nearest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const face = faces[i];
    if (face) nearest = Math.min(nearest, angleBetween(head, direction, face));
  }
  t.seconds += step;
  if (nearest < VIEWER_ANGLE) t.atFaces += step;
  if (addressed) {
    t.addressed += step;
    if (nearest > AWAY_ANGLE) t.away += step;
  }
  return t;
}

export function lookMeasures(t: LookTally): { facesShare: number; awaySeconds: number } {
  return {
    facesShare: t.seconds > 0 ? Math.round((t.atFaces / t.seconds) * 1000) / 10 : 0,
    awaySeconds: Math.round(t.away * 10) / 10,
  };
}
