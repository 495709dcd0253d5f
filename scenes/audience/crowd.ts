// Who sits where and how they feel about the talk, from the level and the seed. Pure.
import { eyeHeight } from '../common/people/body';
import type { Attitude } from '../common/people/contact';
import { type Person, population } from '../common/people/population';
import { dealShares, subSeed } from '../common/random';
import type { AudienceParams, Room } from './levels';

export type { Attitude };

/**
 * Exactly the level's shares, by largest remainder so the counts add up to the size, then shuffled
 * by the seed: the same seed seats the same people with the same attitudes every session.
 */
export function assignAttitudes(
  params: Pick<AudienceParams, 'audienceSize' | 'interested' | 'bored' | 'hostile'>,
  seed: number,
): Attitude[] {
  return dealShares(
    params.audienceSize,
    [
      ['interested', params.interested],
      ['bored', params.bored],
      ['hostile', params.hostile],
    ],
    'neutral',
    subSeed(seed, 'attitudes'),
  );
}

export interface Seat {
  x: number;
  /** Seat height above the speaker's floor (raked lecture halls rise row by row). */
  y: number;
  z: number;
  row: number;
}

/** Room sizes and seating: the speaker stands at the origin facing -z, the audience faces +z. */
export const rooms: Record<
  Room,
  {
    width: number;
    depth: number;
    height: number;
    rows: number;
    perRow: number;
    firstRow: number;
    rowGap: number;
    rise: number;
  }
> = {
  meeting: {
    width: 7,
    depth: 8,
    height: 2.8,
    rows: 2,
    perRow: 4,
    firstRow: 2.6,
    rowGap: 1.4,
    rise: 0,
  },
  seminar: {
    width: 11,
    depth: 12,
    height: 3.2,
    rows: 4,
    perRow: 6,
    firstRow: 3,
    rowGap: 1.2,
    rise: 0,
  },
  lecture: {
    width: 20,
    depth: 20,
    height: 7,
    rows: 9,
    perRow: 12,
    firstRow: 4,
    rowGap: 1.15,
    rise: 0.38,
  },
};

/** Seats filled front to back, centre out, so a small audience sits near the speaker. */
export function seats(room: Room, count: number): Seat[] {
  const r = rooms[room];
  const all: Seat[] = [];
  for (let row = 0; row < r.rows; row++) {
    for (let k = 0; k < r.perRow; k++) {
      const spacing = Math.min(0.9, (r.width - 1.5) / r.perRow);
      const x = (k - (r.perRow - 1) / 2) * spacing;
      all.push({ x, y: row * r.rise, z: -(r.firstRow + row * r.rowGap), row });
    }
  }
  all.sort((a, b) => a.row - b.row || Math.abs(a.x) - Math.abs(b.x));
  return all.slice(0, Math.min(count, all.length));
}

export function capacity(room: Room): number {
  return rooms[room].rows * rooms[room].perRow;
}

export interface Member {
  attitude: Attitude;
  seat: Seat;
  /** Who they are: build, age, skin, hair, clothes (the people module's seeded population). */
  person: Person;
  /** A phase for their own rhythm of glances, nods and yawns. */
  phase: number;
}

export function crowd(
  params: Pick<AudienceParams, 'audienceSize' | 'interested' | 'bored' | 'hostile' | 'room'>,
  seed: number,
): Member[] {
  const attitudes = assignAttitudes(params, seed);
  const places = seats(params.room, attitudes.length);
  const people = population(places.length, seed);
  return places.map((seat, i) => {
    const person = people[i] as Person;
    return { attitude: attitudes[i] as Attitude, seat, person, phase: person.phase };
  });
}

/** Between a seated member's eyes, upright, in the scene (into `out` when given). */
export function faceOf(
  member: Member,
  out: { x: number; y: number; z: number } = { x: 0, y: 0, z: 0 },
): { x: number; y: number; z: number } {
  out.x = member.seat.x;
  out.y = member.seat.y + eyeHeight(member.person.height, 'seated');
  out.z = member.seat.z;
  return out;
}
