// Where everything stands in the café, in café metres: x across, z from the back wall (the counter)
// to the door, facing 0 = +z. The person stands at one of three spots; the scene shifts the café so
// that spot is at the origin with the person facing -z. Pure.

export type Place = 'room' | 'counter' | 'table';

export interface Spot {
  x: number;
  z: number;
}

/** The room: walls, the window wall (x = maxX), the door in the front wall (z = maxZ). */
export const CAFE = { minX: -5.4, maxX: 5.2, minZ: -9.2, maxZ: 2.6, height: 3.1 } as const;

/** The counter along the back, its front edge at z = front; the barista stands behind it. */
export const COUNTER = { x: 0.6, z: -8.1, width: 4.4, depth: 0.7, height: 1.05 } as const;
export const BARISTA = { x: 0.2, z: -8.75 } as const;

/** The tall round table the person's group stands at (a café's standing table). */
export const HIGH_TABLE = { x: 1.7, z: -3.6, radius: 0.42, height: 1.06 } as const;
/** How far from the table's centre each person at it stands. */
export const AT_TABLE = 0.78;

/** Where the person stands for each place. */
export const spots: Record<Place, Spot> = {
  // Inside the door, the counter far ahead.
  room: { x: 0.2, z: 0.4 },
  // At the counter's front edge, the barista across it.
  counter: { x: BARISTA.x, z: COUNTER.z + COUNTER.depth / 2 + 0.45 },
  // At the standing table, on its door side.
  table: { x: HIGH_TABLE.x, z: HIGH_TABLE.z + AT_TABLE },
};

/** The low tables of the other guests, two chairs each, across x (a guest faces ±x). */
export const LOW_TABLES: readonly Spot[] = [
  // Farthest from the door first, so a few guests sit away from the person.
  { x: -3.9, z: -6.6 },
  { x: 4.0, z: -6.4 },
  { x: -3.9, z: -4.1 },
  { x: 4.1, z: -1.3 },
  { x: -3.9, z: -1.6 },
  { x: -1.4, z: -5.9 },
  { x: -3.9, z: 0.9 },
  { x: 4.1, z: 1.1 },
];
export const LOW_TABLE = { radius: 0.36, height: 0.74 } as const;
/** A chair's seat is this far from its table's centre. */
export const CHAIR_OFFSET = 0.56;

export const MAX_GUESTS = LOW_TABLES.length * 2;
export const MAX_AT_TABLE = 4;

export interface Seat {
  x: number;
  z: number;
  /** Body yaw from +z. */
  facing: number;
}

/** The guests' chairs, in the order they fill: both chairs of a table before the next. */
export function guestSeats(count: number): Seat[] {
  const seats: Seat[] = [];
  for (const table of LOW_TABLES) {
    seats.push({ x: table.x - CHAIR_OFFSET, z: table.z, facing: Math.PI / 2 });
    seats.push({ x: table.x + CHAIR_OFFSET, z: table.z, facing: -Math.PI / 2 });
  }
  return seats.slice(0, Math.max(0, Math.min(count, seats.length)));
}

/**
 * Where the people at the standing table stand, spread round it opposite the person (who stands
 * at angle 0, on the door side), each facing the table's centre.
 */
export function tablePlaces(count: number): Seat[] {
  const n = Math.max(0, Math.min(count, MAX_AT_TABLE));
  const angles: Record<number, readonly number[]> = {
    0: [],
    1: [Math.PI],
    2: [(2 * Math.PI) / 3, (-2 * Math.PI) / 3],
    3: [Math.PI / 2, Math.PI, -Math.PI / 2],
    4: [(2 * Math.PI) / 5, (4 * Math.PI) / 5, (-4 * Math.PI) / 5, (-2 * Math.PI) / 5],
  };
  return (angles[n] ?? []).map((a) => {
    const x = HIGH_TABLE.x + Math.sin(a) * AT_TABLE;
    const z = HIGH_TABLE.z + Math.cos(a) * AT_TABLE;
    return { x, z, facing: Math.atan2(HIGH_TABLE.x - x, HIGH_TABLE.z - z) };
  });
}

/** A café point in the scene's coordinates: the person's spot at the origin. */
export function toScene(place: Place, x: number, z: number): { x: number; z: number } {
  const spot = spots[place];
  return { x: x - spot.x, z: z - spot.z };
}

/** The person's own cup on the standing table, in café metres (it falls in the mishap). */
export const OWN_CUP = { x: HIGH_TABLE.x - 0.05, z: HIGH_TABLE.z + 0.26 } as const;
