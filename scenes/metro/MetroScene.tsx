import said from 'virtual:foothold-said/metro';
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { RawIntlProvider } from 'react-intl';
import { type Group, type HemisphereLight, Vector3 } from 'three';
import { createPeople } from '../common/people/people';
import { useSaid } from '../common/useSaid';
import type { SceneProps } from '../types';
import { Announcement } from './Announcement';
import { Carriage, type CarriageState } from './Carriage';
import { DOOR_XS, frameOf, toScene } from './layout';
import type { MetroParams } from './levels';
import { metroMeasures, newMetroTally, tallyMetro } from './measures';
import { Outside, type OutsideState } from './Outside';
import { Passengers, type PassengersClock } from './Passengers';
import { boardRiders, planExchange, settleBoarders, settleLeavers } from './riders';
import { type MetroSound, startMetroSound } from './sound';
import {
  doorsOpen,
  lightLevel,
  newRide,
  type Ride,
  relative,
  SECONDS,
  STATIONS,
  showing,
  stepRide,
} from './timeline';

const REPORT_SECONDS = 1;
/** The desktop view's eyes are 1.6 m up; seated, a person's are about 1.2 m. */
const SEATED_LIFT = 0.4;
/** Within this of the platform, the train's doors can be looked at and walked to. */
const AT_PLATFORM = 30;
const HEMISPHERE = 1.5;

/**
 * A metro carriage, or its platform: passengers seated and standing who get on and off at the
 * stations, doors that chime and close, the train's run with its stop in the tunnel, announcements
 * as a chime and a caption. The carriage is the person's frame: the camera is never moved, and
 * passing motion shows only outside the windows, as much as the level's view allows.
 */
export default function MetroScene({
  params,
  seed,
  measures,
  audio,
  timeScale = 1,
}: SceneProps<MetroParams>) {
  const intl = useSaid(said);
  const { where, passengers, closest, doorDistance } = params;
  const frame = useMemo(() => frameOf(where, doorDistance), [where, doorDistance]);
  const riders = useMemo(
    () => boardRiders({ where, passengers, closest, doorDistance }, seed),
    [where, passengers, closest, doorDistance, seed],
  );
  const people = useMemo(() => createPeople(riders.persons, seed), [riders, seed]);
  const latest = useRef(params);
  latest.current = params;

  // The run goes on through a change of level; only moving between platform and carriage starts
  // it afresh.
  const [firstRide] = useState(() => newRide(params, seed));
  const ride = useRef<Ride>(firstRide);
  const ridesFrom = useRef(where === 'platform');
  if ((where === 'platform') !== ridesFrom.current) {
    ridesFrom.current = where === 'platform';
    ride.current = newRide(params, seed);
  }

  const clock = useRef<PassengersClock>({
    time: 0,
    step: 0,
    head: new Vector3(0, 1.6, 0),
    looking: new Vector3(0, 0, -1),
    relative: 0,
    accel: 0,
    doorsOpenFor: -1,
    listening: false,
    coughing: -1,
    nearest: Number.POSITIVE_INFINITY,
    nearestPerson: -1,
  });
  const carriageState = useRef<CarriageState>({ doors: 0, light: 1, blinds: false });
  const outsideState = useRef<OutsideState>({
    offset: 0,
    centre: 0,
    station: 0,
    stationName: STATIONS[ride.current.stationIndex] ?? '',
    view: 'full',
  });

  const sound = useRef<MetroSound | null>(null);
  useEffect(() => {
    if (!audio) return;
    sound.current = startMetroSound(audio, seed);
    return () => {
      sound.current?.stop();
      sound.current = null;
    };
  }, [audio, seed]);

  const world = useRef<Group>(null);
  const carriage = useRef<Group>(null);
  const outside = useRef<Group>(null);
  const hemisphere = useRef<HemisphereLight>(null);
  const work = useMemo(
    () => ({
      head: new Vector3(),
      look: new Vector3(),
      sceneHead: new Vector3(0, 1.6, 0),
      sceneLook: new Vector3(0, 0, -1),
      at: new Vector3(),
      tally: newMetroTally(),
      doorsOpenAt: 0,
      doorsSounded: false,
      announced: null as Ride['announcement'],
      nextCough: SECONDS.cough * 0.4,
      coughUntil: 0,
      sinceReport: 0,
      heldBefore: 0,
      ride: ride.current,
    }),
    [],
  );

  /** The middle door's place in the scene, for its sound. */
  const soundAtDoor = (into: Vector3) => {
    into.set(DOOR_XS[1], 1, -1.4);
    carriage.current?.localToWorld(into);
  };

  // Priority -1: before the children's frames, as the train, its doors and passengers read this.
  useFrame(({ camera, gl }, dt) => {
    const p = latest.current;
    const w = work;
    const c = clock.current;
    const r = ride.current;
    if (w.ride !== r) {
      // A new run (platform to carriage): what the last one measured is kept.
      w.heldBefore += w.ride.heldSeconds;
      w.ride = r;
    }
    const step = Math.min(dt, 0.25) * timeScale;
    c.step = step;
    c.time += step;
    stepRide(r, p, step);
    const platform = p.where === 'platform';

    if (r.changed) {
      if (r.phase === 'braking' && r.brakingInto === 'station')
        planExchange(riders, platform ? frame.spot : null);
      if (r.phase === 'opening') {
        w.doorsOpenAt = r.time;
        soundAtDoor(w.at);
        sound.current?.doors(w.at);
      }
      if (r.phase === 'closing') {
        w.doorsSounded = false;
        sound.current?.doorChime();
      }
      if (r.phase === 'leaving') settleBoarders(riders);
      if (r.phase === 'running' || r.phase === 'away') settleLeavers(riders);
      outsideState.current.stationName = STATIONS[r.stationIndex] ?? '';
    }
    if (r.phase === 'closing' && !w.doorsSounded && r.since >= 1) {
      w.doorsSounded = true;
      soundAtDoor(w.at);
      sound.current?.doors(w.at);
    }
    if (r.announcement && r.announcement !== w.announced) {
      w.announced = r.announcement;
      sound.current?.announcementChime();
    }
    sound.current?.setSpeed(r.speed);

    // The person's frame holds still; the train or the world outside moves.
    const rel = relative(r);
    const o = outsideState.current;
    o.offset = r.offset;
    o.station = r.station;
    o.centre = platform ? r.station : r.offset;
    const presenting = gl.xr.isPresenting;
    o.view =
      p.motion === 'auto'
        ? presenting
          ? 'dark'
          : 'full'
        : p.motion === 'blinds'
          ? 'dark'
          : p.motion;
    const group = carriage.current;
    const out = outside.current;
    if (world.current)
      world.current.position.y = p.where === 'seated' && !presenting ? SEATED_LIFT : 0;
    if (group) {
      group.position.x = platform ? rel : 0;
      group.visible = !(platform && r.phase === 'away');
    }
    if (out) out.position.x = platform ? -r.station : -r.offset;
    const cs = carriageState.current;
    cs.doors = doorsOpen(r);
    cs.light = lightLevel(r, p.lights);
    cs.blinds = p.motion === 'blinds';
    if (hemisphere.current) hemisphere.current.intensity = HEMISPHERE * (0.3 + 0.7 * cs.light);

    // Where the person's head is, in the scene and in carriage metres.
    camera.getWorldPosition(w.sceneHead);
    camera.getWorldDirection(w.sceneLook);
    if (group) {
      group.updateWorldMatrix(true, false);
      w.head.copy(w.sceneHead);
      group.worldToLocal(w.head);
      const cos = Math.cos(frame.yaw);
      const sin = Math.sin(frame.yaw);
      const lx = w.sceneLook.x;
      const lz = w.sceneLook.z;
      w.look.set(cos * lx - sin * lz, w.sceneLook.y, sin * lx + cos * lz);
    }
    c.head.copy(w.head);
    c.looking.copy(w.look);
    c.relative = rel;
    c.accel = platform ? 0 : r.accel;
    c.doorsOpenFor =
      r.phase === 'opening' || r.phase === 'dwell' || r.phase === 'closing'
        ? r.time - w.doorsOpenAt
        : -1;
    c.listening = showing(r) !== null && r.announcement?.line !== 'nextStation';

    // The passenger beside the person coughs now and then.
    if (p.cough && c.time >= w.nextCough && c.nearestPerson >= 0) {
      w.nextCough = c.time + SECONDS.cough + 5 * Math.sin(c.time * 3.1) ** 2;
      w.coughUntil = c.time + 1.3;
      c.coughing = c.nearestPerson;
      if (group && sound.current) {
        const i = c.coughing;
        w.at.set(people.x[i] ?? 0, 1.5, people.z[i] ?? 0);
        group.localToWorld(w.at);
        sound.current.cough(w.at);
      }
    }
    if (c.time >= w.coughUntil) c.coughing = -1;

    const trainThere = !platform || (r.phase !== 'away' && Math.abs(rel) < AT_PLATFORM);
    tallyMetro(w.tally, step, w.head, w.look, c.nearest, trainThere);
    w.sinceReport += dt;
    if (w.sinceReport >= REPORT_SECONDS) {
      w.sinceReport = 0;
      const m = metroMeasures(w.tally, w.heldBefore + r.heldSeconds);
      measures.report('doorsShare', m.doorsShare);
      measures.report('tunnelStopSeconds', m.tunnelStopSeconds);
      measures.report('nearDoorsSeconds', m.nearDoorsSeconds);
      if (m.closestDoor !== null) measures.report('closestDoor', m.closestDoor);
      if (m.closestPassenger !== null) measures.report('closestPassenger', m.closestPassenger);
    }
  }, -1);

  const at = toScene(frame, 0, 0);
  const announcement = useMemo(() => () => showing(ride.current), []);
  return (
    <RawIntlProvider value={intl}>
      <color attach="background" args={['#0b0c0e']} />
      <hemisphereLight ref={hemisphere} args={['#fbf7ee', '#4a4a4e', HEMISPHERE]} />
      <ambientLight intensity={0.25} />
      <group ref={world} name="metro" userData={{ ride: () => ride.current, frame }}>
        <group rotation-y={frame.yaw} position={[at.x, 0, at.z]}>
          <group ref={carriage} name="train">
            <Carriage state={carriageState} />
            <Passengers riders={riders} people={people} clock={clock} />
          </group>
          <group ref={outside}>
            <Outside state={outsideState} />
          </group>
        </group>
      </group>
      <Announcement said={announcement} head={work.sceneHead} looking={work.sceneLook} />
    </RawIntlProvider>
  );
}
