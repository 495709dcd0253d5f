// Who rides the train and where: passengers seated and standing, never nearer the person than the
// level allows; at each station some leave through the nearest door and others, who waited on the
// platform, take their places. Pure and seeded.
import { WALK_SPEED } from '../common/people/body';
import { type Person, population } from '../common/people/population';
import { createRandom, subSeed } from '../common/random';
import {
  DOOR_XS,
  frameOf,
  PLATFORM,
  personSpot,
  type Spot,
  seats,
  standingSpots,
  type Where,
} from './layout';

export type Hold = 'rail' | 'phone' | 'none';

export interface RiderSpot extends Spot {
  seated: boolean;
  /** What their hands do: hold the overhead rail, a phone, or nothing. */
  hold: Hold;
}

export type RiderState = 'riding' | 'leaving' | 'waiting' | 'boarding' | 'off';

export interface Rider {
  /** Index into the riders' persons, as the people module draws them. */
  person: number;
  spot: RiderSpot | null;
  state: RiderState;
  /** Where they stand on the platform before boarding or after leaving, station metres. */
  platform: { x: number; z: number };
  /** Seconds into the doors' opening when they start to walk. */
  start: number;
}

export interface Riders {
  persons: Person[];
  riders: Rider[];
  random: () => number;
}

const MIN_APART = 0.5;

const distance = (a: { x: number; z: number }, b: { x: number; z: number }) =>
  Math.hypot(a.x - b.x, a.z - b.z);

/** The door a spot is nearest to, along the train. */
export function nearestDoor(x: number): number {
  let best: number = DOOR_XS[0];
  for (const d of DOOR_XS) if (Math.abs(d - x) < Math.abs(best - x)) best = d;
  return best;
}

/**
 * The spots the level's passengers take: seats first, more of them standing as the carriage
 * fills, the standing ones nearest the person first, so a full carriage closes in around them.
 * None is nearer the person than `closest`.
 */
export function riderSpots(
  params: { where: Where; passengers: number; closest: number; doorDistance: number },
  seed: number,
): RiderSpot[] {
  const n = Math.max(0, Math.round(params.passengers));
  if (n === 0) return [];
  const random = createRandom(subSeed(seed, 'rider-spots'));
  const person = personSpot(params.where, params.doorDistance);
  const inside = params.where !== 'platform';
  const far = (p: { x: number; z: number }) => !inside || distance(p, person) >= params.closest;

  const freeSeats = seats().filter((s) => far(s) && (!inside || distance(s, person) > 0.1));
  for (let i = freeSeats.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [freeSeats[i], freeSeats[j]] = [freeSeats[j] as Spot, freeSeats[i] as Spot];
  }
  const share = Math.min(1, Math.max(0, (n - 10) / 70)) * 0.55;
  const standing = Math.max(Math.round(n * share), n - freeSeats.length);
  const seated = n - standing;

  // A ring just outside `closest` round the person, where there is floor, then everywhere else.
  const candidates = standingSpots();
  if (inside)
    for (let k = 0; k < 8; k++) {
      const a = (k / 8) * 2 * Math.PI + 0.2;
      const r = params.closest + 0.03 + 0.05 * random();
      candidates.push({ x: person.x + Math.sin(a) * r, z: person.z + Math.cos(a) * r });
    }
  const onFloor = (p: { x: number; z: number }) =>
    Math.abs(p.z) <= 0.5 || (Math.abs(p.z) <= 1.15 && Math.abs(p.x - nearestDoor(p.x)) < 0.55);
  const ranked = candidates
    .filter((p) => onFloor(p) && far(p))
    .map((p) => ({ p, rank: distance(p, person) * (0.75 + 0.5 * random()) }))
    .sort((a, b) => a.rank - b.rank);

  const spots: RiderSpot[] = [];
  const hold = (seatedHere: boolean): Hold => {
    const r = random();
    if (seatedHere) return r < 0.45 ? 'phone' : 'none';
    return r < 0.55 ? 'rail' : r < 0.85 ? 'phone' : 'none';
  };
  for (const s of freeSeats.slice(0, seated)) spots.push({ ...s, seated: true, hold: hold(true) });
  for (const { p } of ranked) {
    if (spots.length >= n) break;
    if (spots.some((s) => distance(s, p) < MIN_APART)) continue;
    if (inside && distance(p, person) < params.closest) continue;
    // Most stand along the train, some across it; all a little askew.
    const r = random();
    const facing =
      (r < 0.35 ? Math.PI / 2 : r < 0.7 ? -Math.PI / 2 : r < 0.85 ? 0 : Math.PI) +
      (random() - 0.5) * 0.6;
    spots.push({ x: p.x, z: p.z, facing, seated: false, hold: hold(false) });
  }
  return spots;
}

/** A place to wait on the platform by a door, clear of the person when they stand there too. */
function platformPoint(random: () => number, away: { x: number; z: number } | null) {
  for (let tries = 0; tries < 12; tries++) {
    const door = DOOR_XS[Math.floor(random() * DOOR_XS.length)] ?? 0;
    const p = { x: door + (random() - 0.5) * 4, z: PLATFORM.edge - 0.9 - random() * 2.6 };
    if (!away || distance(p, away) > 1.2) return p;
  }
  return { x: DOOR_XS[0] - 3, z: PLATFORM.back + 1 };
}

export function boardRiders(
  params: { where: Where; passengers: number; closest: number; doorDistance: number },
  seed: number,
): Riders {
  const spots = riderSpots(params, seed);
  const n = spots.length;
  const pool = n === 0 ? 0 : n + Math.max(2, Math.ceil(n * 0.25));
  const persons = population(pool, subSeed(seed, 'riders'));
  const random = createRandom(subSeed(seed, 'riders-exchange'));
  const away = params.where === 'platform' ? frameOf('platform', params.doorDistance).spot : null;
  const riders: Rider[] = persons.map((_, i) => ({
    person: i,
    spot: spots[i] ?? null,
    state: i < n ? 'riding' : 'off',
    platform: platformPoint(random, away),
    start: 0,
  }));
  return { persons, riders, random };
}

/**
 * As the train brakes into a station: about one in six riding decide to get off, and as many of
 * those off the train wait on the platform to take their places.
 */
export function planExchange(riders: Riders, away: { x: number; z: number } | null): number {
  const { random } = riders;
  const riding = riders.riders.filter((r) => r.state === 'riding');
  const off = riders.riders.filter((r) => r.state === 'off');
  if (riding.length === 0) return 0;
  const k = Math.min(off.length, Math.max(1, Math.round(riding.length / 6)));
  for (let i = riding.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [riding[i], riding[j]] = [riding[j] as Rider, riding[i] as Rider];
  }
  for (let i = 0; i < k; i++) {
    const leaver = riding[i] as Rider;
    const boarder = off[i] as Rider;
    leaver.state = 'leaving';
    leaver.start = 0.3 + random() * 2.5;
    leaver.platform = platformPoint(random, away);
    boarder.state = 'waiting';
    boarder.spot = leaver.spot;
    boarder.start = 4 + random() * 3;
    boarder.platform = platformPoint(random, away);
  }
  return k;
}

/** The doors shut: whoever was getting on rides now, in their place. */
export function settleBoarders(riders: Riders): void {
  for (const r of riders.riders)
    if (r.state === 'boarding' || r.state === 'waiting') r.state = 'riding';
}

/** The platform out of sight: whoever got off is gone. */
export function settleLeavers(riders: Riders): void {
  for (const r of riders.riders)
    if (r.state === 'leaving') {
      r.state = 'off';
      r.spot = null;
    }
}

export interface Placed {
  x: number;
  z: number;
  facing: number;
  posture: 'seated' | 'standing' | 'walking' | 'gone';
  /** Metres walked so far, for the stride. */
  walked: number;
  /** Standing on the platform (station metres) rather than in the carriage. */
  onPlatform: boolean;
}

/** The walk between a spot and the platform, through the door nearest the spot: four points. */
function path(spot: Spot, platform: { x: number; z: number }, out: number[]) {
  const door = nearestDoor(spot.x);
  out[0] = spot.x;
  out[1] = spot.z;
  out[2] = door;
  out[3] = Math.max(-0.3, Math.min(0.3, spot.z));
  out[4] = door;
  out[5] = PLATFORM.edge - 0.3;
  out[6] = platform.x;
  out[7] = platform.z;
}

const points = new Array<number>(8).fill(0);

/** Where along the path after `walked` metres; returns true once at its end. */
function along(walked: number, reverse: boolean, out: Placed): boolean {
  let left = walked;
  for (let s = 0; s < 3; s++) {
    const a = reverse ? 3 - s : s;
    const b = reverse ? 2 - s : s + 1;
    const ax = points[2 * a] ?? 0;
    const az = points[2 * a + 1] ?? 0;
    const bx = points[2 * b] ?? 0;
    const bz = points[2 * b + 1] ?? 0;
    const length = Math.hypot(bx - ax, bz - az);
    if (left <= length && length > 0) {
      const k = left / length;
      out.x = ax + (bx - ax) * k;
      out.z = az + (bz - az) * k;
      out.facing = Math.atan2(bx - ax, bz - az);
      return false;
    }
    left -= length;
  }
  out.x = points[reverse ? 0 : 6] ?? 0;
  out.z = points[reverse ? 1 : 7] ?? 0;
  return true;
}

/**
 * Where a rider is, given how long the doors have been open (negative while closed), in carriage
 * metres or, `onPlatform`, station metres. Writes into `out`; allocates nothing.
 */
export function place(rider: Rider, doorsOpenFor: number, out: Placed): Placed {
  out.walked = 0;
  out.onPlatform = false;
  const spot = rider.spot;
  if (rider.state === 'off' || !spot) {
    out.posture = 'gone';
    return out;
  }
  if (rider.state === 'riding' || (rider.state === 'leaving' && doorsOpenFor < rider.start)) {
    out.x = spot.x;
    out.z = spot.z;
    out.facing = spot.facing;
    out.posture = spot.seated ? 'seated' : 'standing';
    return out;
  }
  if (rider.state === 'leaving') {
    path(spot, rider.platform, points);
    out.walked = (doorsOpenFor - rider.start) * WALK_SPEED;
    const arrived = along(out.walked, false, out);
    out.posture = arrived ? 'standing' : 'walking';
    // Off the train, they stand with their back to it.
    if (arrived) {
      out.facing = Math.PI;
      out.onPlatform = true;
    }
    return out;
  }
  // Waiting or boarding: on the platform until their turn, then in along the path.
  if (doorsOpenFor < rider.start) {
    out.x = rider.platform.x;
    out.z = rider.platform.z;
    out.facing = 0;
    out.onPlatform = true;
    out.posture = 'standing';
    return out;
  }
  path(spot, rider.platform, points);
  out.walked = (doorsOpenFor - rider.start) * WALK_SPEED;
  const arrived = along(out.walked, true, out);
  if (arrived) {
    out.facing = spot.facing;
    out.posture = spot.seated ? 'seated' : 'standing';
  } else out.posture = 'walking';
  return out;
}
