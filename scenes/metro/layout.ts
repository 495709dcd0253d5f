// Where everything is in the metro, in carriage metres: x along the train, z across it (the
// platform is on the -z side), y up from the carriage floor, which is level with the platform.
// A facing of 0 is +z. The person's spot is moved to the origin, facing -z. Pure.
import type { FloorRect, StandingArea } from '../types';

export type Where = 'platform' | 'seated' | 'standing';

export const CARRIAGE = { minX: -10, maxX: 10, halfWidth: 1.4, height: 2.3 } as const;
/** Door centres along x; each door is an opening on both sides, only the platform side opens. */
export const DOOR_XS = [-7, 0, 7] as const;
export const DOOR = { width: 1.3, height: 1.95 } as const;
/** The benches along both walls between the doors, seat front edge at |z| = SEAT.front. */
export const SEAT = { depth: 0.48, height: 0.45, pitch: 0.52, front: 0.9 } as const;
export const BENCHES: readonly { minX: number; maxX: number }[] = [
  { minX: -9.6, maxX: -7.9 },
  { minX: -6.1, maxX: -0.9 },
  { minX: 0.9, maxX: 6.1 },
  { minX: 7.9, maxX: 9.6 },
];
/** The platform's edge and its back wall (z), and its length along x about the station's centre. */
export const PLATFORM = { edge: -1.55, back: -6.5, length: 70 } as const;
/** The train's cruising speed, m/s. */
export const CRUISE = 12;

export interface Spot {
  x: number;
  z: number;
  /** Body yaw from +z. */
  facing: number;
}

/** Where the person is: seated on the far (+z) bench or standing in the aisle, or on the platform. */
export function personSpot(where: Where, doorDistance: number): Spot {
  const x = DOOR_XS[1] + doorDistance;
  if (where === 'platform') return { x, z: -3.2, facing: 0 };
  if (where === 'seated') {
    // The seat nearest the asked distance from the door, on the bench beside it.
    const bench = BENCHES[2] as { minX: number; maxX: number };
    const first = bench.minX + SEAT.pitch / 2;
    const k = Math.max(0, Math.round((x - first) / SEAT.pitch));
    const last = Math.floor((bench.maxX - bench.minX) / SEAT.pitch) - 1;
    return { x: first + Math.min(k, last) * SEAT.pitch, z: 1.4 - SEAT.depth / 2, facing: Math.PI };
  }
  return { x, z: 0.25, facing: Math.PI };
}

/** The person's frame: a point of carriage metres in the scene's coordinates and back. */
export interface Frame {
  spot: Spot;
  /** Turn of the carriage about the person: the person looks along -z in the scene. */
  yaw: number;
}

export function frameOf(where: Where, doorDistance: number): Frame {
  const spot = personSpot(where, doorDistance);
  // On the platform the person faces the train (+z); inside they face across the aisle (-z).
  return { spot, yaw: where === 'platform' ? Math.PI : 0 };
}

export function toScene(frame: Frame, x: number, z: number): { x: number; z: number } {
  const dx = x - frame.spot.x;
  const dz = z - frame.spot.z;
  const c = Math.cos(frame.yaw);
  const s = Math.sin(frame.yaw);
  return { x: c * dx + s * dz, z: -s * dx + c * dz };
}

export function toCarriage(frame: Frame, x: number, z: number): { x: number; z: number } {
  const c = Math.cos(frame.yaw);
  const s = Math.sin(frame.yaw);
  return { x: frame.spot.x + c * x - s * z, z: frame.spot.z + s * x + c * z };
}

/** Every seat, in carriage metres, facing the aisle. */
export function seats(): Spot[] {
  const list: Spot[] = [];
  for (const side of [-1, 1] as const) {
    for (const bench of BENCHES) {
      const count = Math.floor((bench.maxX - bench.minX) / SEAT.pitch);
      for (let k = 0; k < count; k++)
        list.push({
          x: bench.minX + SEAT.pitch / 2 + k * SEAT.pitch,
          z: side * (1.4 - SEAT.depth / 2),
          facing: side < 0 ? 0 : Math.PI,
        });
    }
  }
  return list;
}

/** Places to stand: the aisle in three rows, and the door bays across the whole width. */
export function standingSpots(): { x: number; z: number }[] {
  const list: { x: number; z: number }[] = [];
  for (let x = CARRIAGE.minX + 0.6; x <= CARRIAGE.maxX - 0.6; x += 0.55)
    for (const z of [-0.45, 0, 0.45]) list.push({ x, z });
  for (const door of DOOR_XS)
    for (const dx of [-0.4, 0.15])
      for (const z of [-1.1, -0.7, 0.7, 1.1]) list.push({ x: door + dx, z });
  return list;
}

/** Where a person may stand, in the scene's coordinates (the person at the origin). */
export function standingArea(where: Where, doorDistance: number): StandingArea {
  const frame = frameOf(where, doorDistance);
  const rect = (minX: number, maxX: number, minZ: number, maxZ: number): FloorRect => {
    const a = toScene(frame, minX, minZ);
    const b = toScene(frame, maxX, maxZ);
    return {
      minX: Math.min(a.x, b.x),
      maxX: Math.max(a.x, b.x),
      minZ: Math.min(a.z, b.z),
      maxZ: Math.max(a.z, b.z),
    };
  };
  if (where === 'platform') {
    // Behind the yellow line, 60 cm from the edge.
    const half = PLATFORM.length / 2 - 1;
    return { rects: [rect(-half, half, PLATFORM.back + 0.4, PLATFORM.edge - 0.6)] };
  }
  const inside = 1.4 - 0.15;
  return {
    rects: [
      rect(CARRIAGE.minX + 0.3, CARRIAGE.maxX - 0.3, -SEAT.front, SEAT.front),
      // A seated person's own place on the bench counts as floor too.
      rect(frame.spot.x - 0.3, frame.spot.x + 0.3, -inside, inside),
      ...DOOR_XS.map((door) => rect(door - DOOR.width / 2, door + DOOR.width / 2, -inside, inside)),
    ],
  };
}

/** The route map's place above each door on both sides, centre height. */
export const MAP = { y: 2.08, width: 1.1, height: 0.22 } as const;
