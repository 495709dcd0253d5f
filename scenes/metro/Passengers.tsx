import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import type { Vector3 } from 'three';
import { rhythm } from '../common/noise';
import { postures, STRIDE } from '../common/people/body';
import type { Attitude } from '../common/people/contact';
import { PeopleView } from '../common/people/PeopleView';
import {
  armsList,
  expressionList,
  eyesOf,
  newViewer,
  type People,
  placeViewer,
  stepPeople,
} from '../common/people/people';
import { type Placed, place, type Riders } from './riders';

export interface PassengersClock {
  /** Scene seconds, and this frame's. */
  time: number;
  step: number;
  /** The person's head and gaze in carriage metres. */
  head: Vector3;
  looking: Vector3;
  /** The train's place relative to the station (platform people are drawn in carriage metres). */
  relative: number;
  /** The train's acceleration along +x, m/s²: standing passengers sway against it. */
  accel: number;
  /** Seconds since the doors began to open (negative while shut). */
  doorsOpenFor: number;
  /** An announcement is being made: heads come up to listen. */
  listening: boolean;
  /** Who coughs now (a person's index), or -1. */
  coughing: number;
  // Written here each frame: the nearest passenger to the person, metres, and who it is.
  nearest: number;
  nearestPerson: number;
}

const face = (name: (typeof expressionList)[number]) => expressionList.indexOf(name);
const ARMS = {
  rail: armsList.indexOf('raised'),
  phone: armsList.indexOf('phone'),
  none: armsList.indexOf('rest'),
} as const;
const POSTURE = {
  seated: postures.indexOf('seated'),
  standing: postures.indexOf('standing'),
  walking: postures.indexOf('walking'),
  gone: postures.indexOf('gone'),
} as const;

/**
 * The passengers as the shared people module draws them: each frame their place (seated, standing,
 * getting on and off), a sway against the train's pull, phones, glances at the person that are
 * soon looked away from, heads raised to an announcement. Nothing goes through React.
 */
export function Passengers({
  riders,
  people,
  clock,
}: {
  riders: Riders;
  people: People;
  clock: { current: PassengersClock };
}) {
  // Strangers: a meeting of eyes is brief and looked away from.
  const attitudes = useMemo<Attitude[]>(() => riders.persons.map(() => 'neutral'), [riders]);
  const work = useMemo(
    () => ({
      viewer: newViewer(),
      placed: {
        x: 0,
        z: 0,
        facing: 0,
        posture: 'gone',
        walked: 0,
        onPlatform: false,
      } as Placed,
      eyes: { x: 0, y: 0, z: 0 },
    }),
    [],
  );
  const userData = useMemo(
    () => ({
      count: people.count,
      posture: people.posture,
      x: people.x,
      z: people.z,
      riders: () => riders.riders,
      nearest: () => clock.current.nearest,
    }),
    [people, riders, clock],
  );

  useFrame(() => {
    const c = clock.current;
    const w = work;
    placeViewer(w.viewer, c.head, c.looking);
    let nearest = Number.POSITIVE_INFINITY;
    let nearestPerson = -1;
    for (const rider of riders.riders) {
      const i = rider.person;
      const at = place(rider, c.doorsOpenFor, w.placed);
      if (at.posture === 'gone') {
        people.posture[i] = POSTURE.gone;
        continue;
      }
      const x = at.onPlatform ? at.x - c.relative : at.x;
      people.x[i] = x;
      people.z[i] = at.z;
      people.y[i] = 0;
      people.facing[i] = at.facing;
      people.posture[i] = POSTURE[at.posture];
      people.stride[i] = (at.walked / STRIDE) % 1;
      const phase = people.persons[i]?.phase ?? 0;
      const standing = at.posture === 'standing' && !at.onPlatform;
      const hold = rider.spot?.hold ?? 'none';
      // The rail is overhead in the carriage only; walking, the hands are free.
      people.arms[i] =
        at.posture === 'walking' || (hold === 'rail' && !standing) ? ARMS.none : ARMS[hold];

      // Pulled against the train's acceleration, a little more for those not holding on.
      const pull = standing ? -c.accel * (hold === 'rail' ? 0.025 : 0.045) : 0;
      const rattle = standing ? 0.012 * Math.sin(c.time * 1.7 + phase * 6) : 0;
      people.lean[i] = pull * Math.sin(at.facing) + (c.coughing === i ? 0.3 : 0.02);
      people.tilt[i] = pull * Math.cos(at.facing) + rattle;

      // A glance at the person now and then, a phone, or a look ahead; heads up to an announcement.
      eyesOf(people, i, w.eyes);
      const near = Math.hypot(w.eyes.x - c.head.x, w.eyes.z - c.head.z);
      if (near < nearest && !at.onPlatform) {
        nearest = near;
        nearestPerson = i;
      }
      const glancing = rhythm(c.time, 15, 1.4, phase) > 0 && near < 7;
      people.wantsViewer[i] = glancing ? 1 : 0;
      if (!glancing) {
        people.wantYaw[i] = 0.3 * Math.sin(c.time * 0.07 + phase * 9);
        people.wantPitch[i] = c.listening ? 0.25 : people.arms[i] === ARMS.phone ? -0.65 : -0.12;
      }
      people.expression[i] = face(c.coughing === i ? 'surprised' : 'neutral');
      people.talking[i] = 0;
      people.nod[i] = c.coughing === i ? 0.15 * Math.sin(c.time * 14) : 0;
      people.shake[i] = 0;
      people.yawn[i] = 0;
    }
    c.nearest = nearest;
    c.nearestPerson = nearestPerson;
    stepPeople(people, w.viewer, c.time, c.step, attitudes);
  });

  return (
    <group name="passengers" userData={userData}>
      <PeopleView people={people} />
    </group>
  );
}
