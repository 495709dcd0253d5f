import { describe, expect, it } from 'vitest';
import { isStanding } from '../../scenes/common/standing';
import { metroScene } from '../../scenes/metro';
import { announcementText } from '../../scenes/metro/announcements';
import { carriageParts, platformParts } from '../../scenes/metro/furnishing';
import {
  CARRIAGE,
  DOOR_XS,
  frameOf,
  PLATFORM,
  personSpot,
  seats,
  standingArea,
  toCarriage,
  toScene,
} from '../../scenes/metro/layout';
import { type MetroParams, metroLevels } from '../../scenes/metro/levels';
import {
  doorDistance,
  looksAtDoors,
  metroMeasures,
  NEAR_DOOR,
  newMetroTally,
  tallyMetro,
} from '../../scenes/metro/measures';
import {
  boardRiders,
  type Placed,
  place,
  planExchange,
  riderSpots,
  settleBoarders,
  settleLeavers,
} from '../../scenes/metro/riders';
import {
  DELAY_LINES,
  doorsOpen,
  lightLevel,
  newRide,
  type RideParams,
  relative,
  SECONDS,
  stepRide,
  timeline,
} from '../../scenes/metro/timeline';
import { findScene } from '../../scenes/registry';
import { levelChanges, paramProblems, say } from '../../scenes/types';
import { english } from './intl';

const level = (n: number): MetroParams => {
  const found = metroLevels[n - 1];
  if (!found) throw new Error(`no level ${n}`);
  return found.params;
};

const riding: RideParams = { where: 'seated', ride: true, stopMinutes: 0, announcements: 'none' };
const horizontal = (a: { x: number; z: number }, b: { x: number; z: number }) =>
  Math.hypot(a.x - b.x, a.z - b.z);

describe('metro level table', () => {
  it('is valid and climbs from a quiet platform to a packed carriage held in the tunnel', () => {
    for (let n = 1; n <= 10; n++) expect(paramProblems(metroScene.params, level(n))).toEqual([]);
    expect(level(1).where).toBe('platform');
    expect(level(1).passengers).toBe(0);
    expect(level(2).ride).toBe(false);
    expect(level(3).ride).toBe(true);
    // Passengers never fewer, and never allowed nearer, than the level below.
    for (let n = 2; n <= 10; n++) {
      expect(level(n).passengers).toBeGreaterThanOrEqual(level(n - 1).passengers);
      expect(level(n).closest).toBeLessThanOrEqual(level(n - 1).closest);
      expect(level(n).stopMinutes).toBeGreaterThanOrEqual(level(n - 1).stopMinutes);
    }
    expect(level(6).stopMinutes).toBe(0);
    expect(level(7).stopMinutes).toBeGreaterThan(0);
    expect(level(7).announcements).not.toBe('none');
    expect(level(8).lights).toBe('flickering');
    expect(level(9)).toMatchObject({ where: 'standing', passengers: 80, cough: true });
    expect(level(10)).toMatchObject({ lights: 'dim', announcements: 'repeated', closest: 0.4 });
    expect(level(10).doorDistance).toBe(3.5);
    expect(level(10).stopMinutes).toBeGreaterThan(level(9).stopMinutes);
    // Motion outside is the person's comfort, not a step's difficulty: the same at every level.
    for (let n = 1; n <= 10; n++) expect(level(n).motion).toBe('auto');
  });

  it('is registered, says what each level changes, and is heavy only with a crowd', () => {
    const registered = findScene('metro');
    if (!registered) throw new Error('metro is not registered');
    expect(say(english, levelChanges(registered, 7))).toContain('Stop in the tunnel');
    expect(say(english, levelChanges(registered, 7))).not.toContain('Motion seen');
    expect(metroScene.heavy?.(level(10))).toBe(true);
    expect(metroScene.heavy?.(level(2))).toBe(false);
    expect(paramProblems(metroScene.params, { ...level(5), passengers: 81 })).toHaveLength(1);
  });
});

describe('metro layout', () => {
  it('puts the person at the origin facing the aisle, or on the platform facing the train', () => {
    for (const where of ['platform', 'seated', 'standing'] as const) {
      const frame = frameOf(where, 2);
      const origin = toScene(frame, frame.spot.x, frame.spot.z);
      expect(Math.abs(origin.x) + Math.abs(origin.z)).toBeLessThan(1e-9);
      const back = toCarriage(frame, 0.4, -0.7);
      const again = toScene(frame, back.x, back.z);
      expect(again.x).toBeCloseTo(0.4, 9);
      expect(again.z).toBeCloseTo(-0.7, 9);
    }
    // On the platform, the train (z = 0) is ahead of the person, along -z.
    const platform = frameOf('platform', 2);
    expect(toScene(platform, platform.spot.x, 0).z).toBeLessThan(-2);
    expect(personSpot('platform', 2).z).toBeLessThan(PLATFORM.edge);
    // Seated, the far windows and the platform doors are ahead (-z).
    const seated = frameOf('seated', 2);
    expect(toScene(seated, seated.spot.x, -CARRIAGE.halfWidth).z).toBeLessThan(-2);
  });

  it('lets the person stand in the aisle and the door bays, and on the platform behind the line', () => {
    const inside = standingArea('standing', 2);
    expect(isStanding(inside, 0, 0)).toBe(true);
    // To the middle door, 2 m along and across to the platform side.
    const frame = frameOf('standing', 2);
    const door = toScene(frame, DOOR_XS[1], -1.2);
    expect(isStanding(inside, door.x, door.z)).toBe(true);
    // Not out through a window.
    const window = toScene(frame, 3.5, -1.6);
    expect(isStanding(inside, window.x, window.z)).toBe(false);
    const platform = standingArea('platform', 2);
    const pf = frameOf('platform', 2);
    const edge = toScene(pf, pf.spot.x, PLATFORM.edge - 0.2);
    expect(isStanding(platform, 0, 0)).toBe(true);
    expect(isStanding(platform, edge.x, edge.z)).toBe(false);
  });

  it('has seats on both benches and a carriage and platform built of real parts', () => {
    expect(seats().length).toBeGreaterThanOrEqual(36);
    const parts = carriageParts();
    expect(parts.length).toBeGreaterThan(80);
    for (const part of [...parts, ...platformParts()])
      for (const size of part.size) expect(size).toBeGreaterThan(0);
  });
});

describe('metro passengers', () => {
  it('never seats or stands a passenger nearer the person than the level allows', () => {
    for (let n = 1; n <= 10; n++) {
      const params = level(n);
      const person = personSpot(params.where, params.doorDistance);
      const spots = riderSpots(params, 7);
      expect(spots.length).toBe(
        params.where === 'platform' ? params.passengers : params.passengers,
      );
      for (const s of spots)
        expect(horizontal(s, person)).toBeGreaterThanOrEqual(params.closest - 1e-9);
      // No two passengers in one place.
      for (let a = 0; a < spots.length; a++)
        for (let b = a + 1; b < spots.length; b++)
          expect(
            horizontal(spots[a] as (typeof spots)[0], spots[b] as (typeof spots)[0]),
          ).toBeGreaterThan(0.4);
    }
  });

  it('closes in round the person as the carriage fills: at rush hour someone is at the closest distance', () => {
    const nearestAt = (params: MetroParams) => {
      const person = personSpot(params.where, params.doorDistance);
      return Math.min(...riderSpots(params, 3).map((s) => horizontal(s, person)));
    };
    expect(nearestAt(level(10))).toBeLessThan(0.55);
    expect(nearestAt(level(4))).toBeGreaterThan(nearestAt(level(10)));
    const standing = riderSpots(level(10), 3).filter((s) => !s.seated).length;
    expect(standing).toBeGreaterThan(30);
    expect(riderSpots(level(4), 3).filter((s) => !s.seated).length).toBeLessThan(3);
  });

  it('at a station, some get off through the nearest door and as many waiting take their places', () => {
    const riders = boardRiders(level(6), 11);
    const before = riders.riders.filter((r) => r.state === 'riding').length;
    const k = planExchange(riders, null);
    expect(k).toBeGreaterThan(0);
    const leaving = riders.riders.filter((r) => r.state === 'leaving');
    const waiting = riders.riders.filter((r) => r.state === 'waiting');
    expect(leaving).toHaveLength(k);
    expect(waiting).toHaveLength(k);
    // Each boarder takes a leaver's place.
    for (const w of waiting) expect(leaving.map((l) => l.spot)).toContain(w.spot);

    const out: Placed = { x: 0, z: 0, facing: 0, posture: 'gone', walked: 0, onPlatform: false };
    const leaver = leaving[0];
    const boarder = waiting[0];
    if (!leaver?.spot || !boarder?.spot) throw new Error('no exchange');
    // Before the doors open the leaver is in their place and the boarder on the platform.
    expect(place(leaver, -1, out)).toMatchObject({ x: leaver.spot.x, z: leaver.spot.z });
    expect(place(boarder, -1, out).onPlatform).toBe(true);
    expect(out.z).toBeLessThan(PLATFORM.edge);
    // Off through the door, onto the platform; the boarder walks in to the seat or spot.
    expect(place(leaver, leaver.start + 30, out)).toMatchObject({ onPlatform: true });
    expect(out.z).toBeLessThan(PLATFORM.edge);
    expect(place(boarder, boarder.start + 30, out)).toMatchObject({
      x: boarder.spot.x,
      z: boarder.spot.z,
      posture: boarder.spot.seated ? 'seated' : 'standing',
    });
    expect(place(boarder, boarder.start + 1, out).posture).toBe('walking');
    settleBoarders(riders);
    settleLeavers(riders);
    expect(riders.riders.filter((r) => r.state === 'riding').length).toBe(before);
    expect(place(leaver, 0, out).posture).toBe('gone');
  });
});

describe('metro timeline', () => {
  it('opens, chimes and closes the doors, runs, and brakes into the next station, repeatably', () => {
    const run = timeline(riding, 5, 140);
    const phases = run.events.map((e) => e.phase);
    expect(phases.slice(0, 8)).toEqual([
      'dwell',
      'closing',
      'leaving',
      'running',
      'braking',
      'opening',
      'dwell',
      'closing',
    ]);
    expect(run.ride.stationStops).toBeGreaterThanOrEqual(1);
    expect(run.ride.tunnelStops).toBe(0);
    // The next station is announced as the train brakes into it.
    expect(run.announcements[0]?.line).toBe('nextStation');
    // The same seed, the same timeline.
    expect(timeline(riding, 5, 140).events).toEqual(run.events);
    expect(timeline(riding, 6, 140).announcements[0]?.station).not.toBe(
      timeline(riding, 5, 140).announcements[0]?.station,
    );
  });

  it('stops exactly at the platform: the train comes to rest where the station is', () => {
    const ride = newRide(riding, 2);
    let braked = false;
    for (let t = 0; t < 80; t += 1 / 30) {
      stepRide(ride, riding, 1 / 30);
      if (ride.phase === 'braking') braked = true;
      if (braked && ride.phase === 'opening') break;
    }
    expect(ride.phase).toBe('opening');
    expect(Math.abs(relative(ride))).toBeLessThan(1e-6);
    expect(ride.speed).toBe(0);
  });

  it('stands in the tunnel for the level’s minutes with its announcements, then runs on', () => {
    const held: RideParams = { ...riding, stopMinutes: 2, announcements: 'repeated' };
    const run = timeline(held, 5, 240);
    const phases = run.events.map((e) => e.phase);
    expect(phases.slice(0, 7)).toEqual([
      'dwell',
      'closing',
      'leaving',
      'running',
      'braking',
      'held',
      'leaving',
    ]);
    const start = run.events.find((e) => e.phase === 'held')?.time ?? 0;
    const end = run.events.find((e, i) => i > 5 && e.phase === 'leaving')?.time ?? 0;
    expect(end - start).toBeCloseTo(120, 0);
    expect(run.ride.heldSeconds).toBeCloseTo(120, 0);
    // Repeated: at 6 s and once a minute after, each a different line.
    const delays = run.announcements.filter((a) => a.line !== 'nextStation');
    expect(delays.map((a) => a.line)).toEqual(DELAY_LINES.slice(0, 2));
    expect((delays[0]?.from ?? 0) - start).toBeCloseTo(SECONDS.firstAnnouncement, 0);
    // Once: a single announcement however long the stop.
    const once = timeline({ ...held, announcements: 'once' }, 5, 240);
    expect(once.announcements.filter((a) => a.line !== 'nextStation')).toHaveLength(1);
    const none = timeline({ ...held, announcements: 'none' }, 5, 240);
    expect(none.announcements.filter((a) => a.line !== 'nextStation')).toHaveLength(0);
  });

  it('takes a level raised mid-run at the next phase: the stop comes on this run', () => {
    const ride = newRide(riding, 1);
    // Into the run without a stop...
    while (ride.phase !== 'running') stepRide(ride, riding, 1 / 30);
    // ...then raised to a stop: the train brakes into the tunnel, not the station.
    const raised = { ...riding, stopMinutes: 1, announcements: 'once' as const };
    while (ride.phase === 'running') stepRide(ride, raised, 1 / 30);
    expect(ride.phase).toBe('braking');
    expect(ride.brakingInto).toBe('tunnel');
    while (ride.phase === 'braking') stepRide(ride, raised, 1 / 30);
    expect(ride.phase).toBe('held');
  });

  it('keeps the doors open with the ride off, and brings trains and takes them away on the platform', () => {
    const still = timeline({ ...riding, ride: false }, 3, 300);
    expect(still.events.map((e) => e.phase)).toEqual(['dwell']);
    expect(doorsOpen(still.ride)).toBe(1);
    const platform = timeline({ ...riding, where: 'platform' }, 3, 120);
    expect(platform.events.map((e) => e.phase).slice(0, 8)).toEqual([
      'away',
      'braking',
      'opening',
      'dwell',
      'closing',
      'leaving',
      'running',
      'away',
    ]);
    // Nothing is announced to someone on the platform.
    expect(platform.announcements).toHaveLength(0);
  });

  it('flickers and dims the lights only while held in the tunnel', () => {
    const samples = (lights: 'normal' | 'flickering' | 'dim', phase: 'held' | 'running') =>
      Array.from({ length: 600 }, (_, i) => lightLevel({ phase, time: i * 0.05 }, lights));
    expect(samples('flickering', 'running').every((v) => v === 1)).toBe(true);
    expect(samples('normal', 'held').every((v) => v === 1)).toBe(true);
    const flicker = samples('flickering', 'held');
    expect(Math.min(...flicker)).toBeLessThan(0.5);
    expect(Math.max(...flicker)).toBe(1);
    expect(Math.max(...samples('dim', 'held'))).toBeLessThan(0.5);
  });
});

describe('metro measures', () => {
  it('sees the doors or the map looked at, on either side, and not the windows between', () => {
    const head = { x: 2, y: 1.2, z: 1.1 };
    expect(looksAtDoors(head, { x: -0.7, y: 0, z: -0.7 })).toBe(true);
    expect(looksAtDoors(head, { x: 0.3, y: 0.05, z: -0.95 })).toBe(false);
    // The map above the middle door.
    const up = { x: -2, y: 2.08 - 1.2, z: -2.5 };
    const l = Math.hypot(up.x, up.y, up.z);
    expect(looksAtDoors(head, { x: up.x / l, y: up.y / l, z: up.z / l })).toBe(true);
  });

  it('counts the closest door and passenger, time near the doors, and the stop', () => {
    const tally = newMetroTally();
    const look = { x: 0, y: 0, z: -1 };
    tallyMetro(tally, 1, { x: 3, y: 1.6, z: 0.2 }, look, 1.2);
    expect(tally.nearDoorsSeconds).toBe(0);
    // A step to the middle door's bay.
    tallyMetro(tally, 2, { x: 0.3, y: 1.6, z: -1 }, look, 0.6);
    expect(doorDistance({ x: 0.3, y: 1.6, z: -1 })).toBeLessThan(NEAR_DOOR);
    const m = metroMeasures(tally, 65.4);
    expect(m).toMatchObject({
      closestPassenger: 0.6,
      nearDoorsSeconds: 2,
      tunnelStopSeconds: 65,
    });
    expect(m.closestDoor).toBeCloseTo(0.4, 5);
    expect(m.doorsShare).toBe(67);
    // With no train at the platform, doors neither count nor come near.
    const empty = newMetroTally();
    tallyMetro(empty, 1, { x: 0, y: 1.6, z: -1.6 }, look, Number.POSITIVE_INFINITY, false);
    expect(metroMeasures(empty, 0)).toMatchObject({ closestDoor: null, closestPassenger: null });
  });

  it('has every announcement in words', () => {
    for (const line of [...DELAY_LINES, 'nextStation' as const])
      expect(english.formatMessage(announcementText[line], { station: 'Alder Park' })).toMatch(
        /\w{3,}/,
      );
  });
});
