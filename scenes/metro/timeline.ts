// The train's run, stepped frame by frame: doors open at a station, the chime, the doors close, the
// train pulls away, runs, perhaps stands in the tunnel, brakes into the next station. Each phase
// reads the parameters when it begins, so a level raised mid-run changes what comes next, never
// what is under way. Pure and seeded: the same seed runs the same timeline.
import { createRandom, subSeed } from '../common/random';
import { CRUISE, type Where } from './layout';
import type { Announcements, Lights } from './levels';

export type Phase =
  /** No train at the platform (only when the person waits on it). */
  | 'away'
  | 'opening'
  | 'dwell'
  | 'closing'
  | 'leaving'
  | 'running'
  | 'braking'
  /** Standing still in the tunnel. */
  | 'held';

export const SECONDS = {
  away: 6,
  opening: 2.5,
  dwell: 16,
  closing: 3.5,
  leaving: 10,
  /** Running before the tunnel stop, or between stations without one. */
  running: 14,
  /** Running from the tunnel stop on to the station. */
  runningOn: 8,
  braking: 10,
  /** Into the tunnel stop: gentler than into a station. */
  brakingHeld: 8,
  /** Into the stop, the first announcement; then, when repeated, one a minute. */
  firstAnnouncement: 6,
  repeatAnnouncement: 60,
  /** How long an announcement's caption shows. */
  caption: 9,
  /** Between coughs of the passenger beside the person. */
  cough: 17,
} as const;

/** What an announcement says: the next station, or one of the lines of a delay. */
export type Line = 'nextStation' | 'delay' | 'signal' | 'patience' | 'trainAhead';
export const DELAY_LINES: readonly Line[] = ['delay', 'signal', 'patience', 'trainAhead'];

/** The stations of the line, in order: names of places, the same in every language. */
export const STATIONS = [
  'Alder Park',
  'Hollin Square',
  'Rowan Street',
  'Marlow Gate',
  'Kestrel Hill',
  'Linden Quay',
  'Ashby Cross',
  'Fennel Road',
] as const;

export interface Announcement {
  line: Line;
  /** The station named, for the next-station announcement. */
  station: string;
  /** Scene seconds it was made and until when its caption shows. */
  from: number;
  until: number;
}

export interface RideParams {
  where: Where;
  ride: boolean;
  stopMinutes: number;
  announcements: Announcements;
}

export interface Ride {
  phase: Phase;
  /** Seconds into the phase, and how long it lasts. */
  since: number;
  length: number;
  /** Scene seconds since the ride began. */
  time: number;
  /** The train's speed as a share of cruising; its distance run, metres; its last acceleration. */
  speed: number;
  offset: number;
  accel: number;
  /** Where along the track the station is (the one it stands at, has left, or brakes into). */
  station: number;
  /** Which station of STATIONS that is. */
  stationIndex: number;
  /** The speed and offset when braking began, so the train stops exactly where planned. */
  brakeFrom: { speed: number; offset: number; target: number };
  /** Where the braking stops: at a station or in the tunnel. */
  brakingInto: 'station' | 'tunnel';
  /** The run between these stations has had its stop in the tunnel. */
  heldThisRun: boolean;
  heldSeconds: number;
  /** How many announcements this stop has had, and the latest (null before the first). */
  announcementsThisStop: number;
  announcement: Announcement | null;
  /** Counts of what happened, for the scene's sounds and a test's timeline. */
  stationStops: number;
  tunnelStops: number;
  /** The phase changed in the last step. */
  changed: boolean;
  readonly random: () => number;
}

export function newRide(params: RideParams, seed: number): Ride {
  const random = createRandom(subSeed(seed, 'ride'));
  const stationIndex = Math.floor(random() * STATIONS.length);
  const platform = params.where === 'platform';
  return {
    phase: platform ? 'away' : 'dwell',
    since: 0,
    length: platform ? SECONDS.away : SECONDS.dwell,
    time: 0,
    speed: 0,
    offset: 0,
    accel: 0,
    station: 0,
    stationIndex,
    brakeFrom: { speed: 0, offset: 0, target: 0 },
    brakingInto: 'station',
    heldThisRun: false,
    heldSeconds: 0,
    announcementsThisStop: 0,
    announcement: null,
    stationStops: 0,
    tunnelStops: 0,
    changed: true,
    random,
  };
}

/** The train's place relative to the station's, metres (0: standing at it; < 0: still coming). */
export const relative = (ride: Ride) => ride.offset - ride.station;

/** 0 closed, 1 fully open. */
export function doorsOpen(ride: Ride): number {
  if (ride.phase === 'dwell') return 1;
  if (ride.phase === 'opening') return Math.min(1, ride.since / (ride.length * 0.8));
  if (ride.phase === 'closing') {
    // The chime first, then the doors.
    const moving = Math.max(0, ride.since - 1) / (ride.length - 1);
    return Math.max(0, 1 - moving);
  }
  return 0;
}

function enter(ride: Ride, phase: Phase, length: number) {
  ride.phase = phase;
  ride.since = 0;
  ride.length = length;
  ride.changed = true;
}

function brake(ride: Ride, into: 'station' | 'tunnel') {
  const length = into === 'station' ? SECONDS.braking : SECONDS.brakingHeld;
  const target = ride.offset + (ride.speed * CRUISE * length) / 2;
  ride.brakeFrom = { speed: ride.speed, offset: ride.offset, target };
  if (into === 'station') {
    ride.station = target;
    ride.stationIndex = (ride.stationIndex + 1) % STATIONS.length;
  }
  ride.brakingInto = into;
  enter(ride, 'braking', length);
}

/** What comes after a phase that has run its length. */
function next(ride: Ride, params: RideParams) {
  const platform = params.where === 'platform';
  switch (ride.phase) {
    case 'away':
      // The next train comes in from the tunnel: it brakes from cruising into the platform.
      ride.speed = 1;
      ride.offset = -(CRUISE * SECONDS.braking) / 2;
      brake(ride, 'station');
      return;
    case 'opening':
      ride.stationStops++;
      enter(ride, 'dwell', params.ride ? SECONDS.dwell : Number.POSITIVE_INFINITY);
      return;
    case 'dwell':
      if (!params.ride) {
        ride.length = Number.POSITIVE_INFINITY;
        return;
      }
      enter(ride, 'closing', SECONDS.closing);
      return;
    case 'closing':
      ride.heldThisRun = false;
      enter(ride, 'leaving', SECONDS.leaving);
      return;
    case 'leaving':
      enter(ride, 'running', ride.heldThisRun ? SECONDS.runningOn : SECONDS.running);
      return;
    case 'running':
      if (platform) {
        // Gone from the platform: the person waits for the next.
        enter(ride, 'away', SECONDS.away);
        ride.speed = 0;
        ride.offset = 0;
        ride.station = 0;
        return;
      }
      if (params.stopMinutes > 0 && !ride.heldThisRun) brake(ride, 'tunnel');
      else brake(ride, 'station');
      return;
    case 'braking':
      ride.speed = 0;
      ride.offset = ride.brakeFrom.target;
      if (ride.brakingInto === 'tunnel') {
        ride.heldThisRun = true;
        ride.tunnelStops++;
        ride.announcementsThisStop = 0;
        enter(ride, 'held', params.stopMinutes * 60);
      } else enter(ride, 'opening', SECONDS.opening);
      return;
    case 'held':
      enter(ride, 'leaving', SECONDS.leaving);
      return;
  }
}

function announce(ride: Ride, line: Line, station = '') {
  ride.announcement = { line, station, from: ride.time, until: ride.time + SECONDS.caption };
}

/** Moves the ride on by dt scene seconds. */
export function stepRide(ride: Ride, params: RideParams, dt: number): void {
  ride.changed = false;
  ride.time += dt;
  ride.since += dt;
  // A stop shortened by hand ends now; a dwell the level no longer wants to keep ends too.
  if (ride.phase === 'held') ride.length = Math.min(ride.length, params.stopMinutes * 60);
  if (ride.phase === 'dwell' && params.ride && !Number.isFinite(ride.length))
    ride.length = SECONDS.dwell;
  let guard = 0;
  while (ride.since >= ride.length && guard++ < 8) {
    const over = ride.since - ride.length;
    next(ride, params);
    ride.since = over;
  }
  const before = ride.speed;
  switch (ride.phase) {
    case 'leaving':
      ride.speed = Math.min(1, ride.since / ride.length);
      break;
    case 'running':
      ride.speed = 1;
      break;
    case 'braking': {
      const k = Math.min(1, ride.since / ride.length);
      ride.speed = ride.brakeFrom.speed * (1 - k);
      // Exactly on the planned stop: distance under a straight-line fall in speed.
      ride.offset =
        ride.brakeFrom.offset + ride.brakeFrom.speed * CRUISE * ride.length * (k - (k * k) / 2);
      break;
    }
    default:
      ride.speed = 0;
  }
  if (ride.phase !== 'braking') ride.offset += ride.speed * CRUISE * dt;
  ride.accel = dt > 0 ? ((ride.speed - before) * CRUISE) / dt : 0;

  if (ride.phase === 'held') {
    ride.heldSeconds += dt;
    const due =
      params.announcements === 'none'
        ? Number.POSITIVE_INFINITY
        : ride.announcementsThisStop === 0
          ? SECONDS.firstAnnouncement
          : params.announcements === 'repeated'
            ? SECONDS.firstAnnouncement + ride.announcementsThisStop * SECONDS.repeatAnnouncement
            : Number.POSITIVE_INFINITY;
    if (ride.since >= due) {
      announce(ride, DELAY_LINES[ride.announcementsThisStop % DELAY_LINES.length] as Line);
      ride.announcementsThisStop++;
    }
  }
  // Into a station from the carriage: its name.
  if (ride.changed && ride.phase === 'braking' && params.where !== 'platform') {
    if (ride.brakingInto === 'station')
      announce(ride, 'nextStation', STATIONS[ride.stationIndex] ?? '');
  }
}

/** Whether the announcement's caption is on show. */
export function showing(ride: Ride): Announcement | null {
  const a = ride.announcement;
  return a && ride.time < a.until ? a : null;
}

/**
 * The carriage's light, 1 at full: during a stop in the tunnel, flickering lights drop out for a
 * moment now and then, and dim lights stay low and flicker too. Pure of time.
 */
export function lightLevel(ride: Pick<Ride, 'phase' | 'time'>, lights: Lights): number {
  if (ride.phase !== 'held' || lights === 'normal') return 1;
  const slot = Math.floor(ride.time * 7);
  const v = Math.sin(slot * 12.9898) * 43758.5453;
  const draw = v - Math.floor(v);
  // Bursts: a few slots in a row go out, about every eight seconds.
  const burst = Math.sin(ride.time * 0.8) > 0.75;
  const out = burst && draw > 0.45;
  const base = lights === 'dim' ? 0.38 : 1;
  return out ? base * 0.25 : base;
}

export interface TimelineEvent {
  time: number;
  phase: Phase;
}

/** The ride's phases over `seconds` of scene time at a fixed step: what a test reads. */
export function timeline(
  params: RideParams,
  seed: number,
  seconds: number,
  dt = 1 / 30,
): { events: TimelineEvent[]; announcements: Announcement[]; ride: Ride } {
  const ride = newRide(params, seed);
  const events: TimelineEvent[] = [{ time: 0, phase: ride.phase }];
  const announcements: Announcement[] = [];
  let last: Announcement | null = null;
  for (let t = 0; t < seconds; t += dt) {
    stepRide(ride, params, dt);
    if (ride.changed) events.push({ time: ride.time, phase: ride.phase });
    if (ride.announcement && ride.announcement !== last) {
      last = ride.announcement;
      announcements.push(last);
    }
  }
  return { events, announcements, ride };
}
