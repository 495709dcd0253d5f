import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import type { Vector3 } from 'three';
import { rhythm } from '../common/noise';
import { postures } from '../common/people/body';
import type { Attitude } from '../common/people/contact';
import type { Expression } from '../common/people/face';
import { directionTo, type Point } from '../common/people/gaze';
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
import { type Place, toScene } from './layout';
import { attitudeOf, type Party } from './party';
import { addressed, type Turns } from './turns';

export interface CompanyClock {
  /** Scene seconds (people's lives), when the level began, since then (the talk's), a frame's length. */
  time: number;
  epoch: number;
  now: number;
  step: number;
  /** Where the person's head is and where it points. */
  head: Vector3;
  looking: Vector3;
  turns: Turns;
}

const face = (name: Expression) => expressionList.indexOf(name);
const arm = (name: (typeof armsList)[number]) => armsList.indexOf(name);
const STANDING = postures.indexOf('standing');
const SEATED = postures.indexOf('seated');

/**
 * The café's people as the shared people module draws them: each frame the conversation's state
 * says who talks, who waits on the person, who looks at whom, at a phone or at the fallen cup, and
 * the people module moves eyes, lids and mouths and answers the person's gaze. Nothing goes
 * through React.
 */
export function Company({
  party,
  people,
  place,
  attention,
  hush,
  clock,
}: {
  party: Party;
  people: People;
  place: Place;
  /** 0-100: how often the others look at the person while someone else talks. */
  attention: number;
  hush: boolean;
  clock: { current: CompanyClock };
}) {
  // The barista and the table answer eye contact by manner; the other guests keep to themselves.
  const attitudes = useMemo(() => {
    const list: Attitude[] = [attitudeOf[party.partners[0]?.manner ?? 'neutral']];
    if (place === 'table') list[0] = 'neutral';
    for (const p of party.table) list[p.person] = attitudeOf[p.manner];
    return list;
  }, [party, place]);
  const work = useMemo(
    () => ({
      viewer: newViewer(),
      from: { x: 0, y: 0, z: 0 } as Point,
      to: { x: 0, y: 0, z: 0 } as Point,
      look: { yaw: 0, pitch: 0 },
    }),
    [],
  );

  // Where everyone is never changes within a level: written once, here.
  useLayoutEffect(() => {
    const put = (i: number, x: number, z: number, facing: number, seated: boolean) => {
      const at = toScene(place, x, z);
      people.x[i] = at.x;
      people.z[i] = at.z;
      people.y[i] = 0;
      people.facing[i] = facing;
      people.posture[i] = seated ? SEATED : STANDING;
    };
    put(party.barista.person, party.barista.at.x, party.barista.at.z, 0, false);
    for (const p of party.table) put(p.person, p.at.x, p.at.z, p.at.facing, false);
    for (const g of party.guests) put(g.person, g.at.x, g.at.z, g.at.facing, true);
  }, [party, people, place]);

  /** Aim person i's look at person j's eyes (not through the viewer). */
  const lookAt = (i: number, j: number) => {
    eyesOf(people, i, work.from);
    eyesOf(people, j, work.to);
    directionTo(work.from, people.facing[i] ?? 0, work.to, work.look);
    people.wantsViewer[i] = 0;
    people.wantYaw[i] = work.look.yaw;
    people.wantPitch[i] = work.look.pitch;
  };
  const lookDown = (i: number, pitch: number, yaw = 0) => {
    people.wantsViewer[i] = 0;
    people.wantYaw[i] = yaw;
    people.wantPitch[i] = pitch;
  };

  // What a test may ask from the page: the conversation's phase, who speaks, whose eyes meet the
  // person's, who talks, and where a person's eyes are.
  const userData = useMemo(
    () => ({
      partners: party.partners.map((p) => p.person),
      manners: party.partners.map((p) => p.manner),
      mutual: people.mutual,
      talking: people.talking,
      wantsViewer: people.wantsViewer,
      turns: () => clock.current.turns,
      time: () => clock.current.time,
      eyesAt: (i: number) => ({ ...eyesOf(people, i, { x: 0, y: 0, z: 0 }) }),
    }),
    [party, people, clock],
  );

  useFrame(() => {
    const c = clock.current;
    const t = c.turns;
    const time = c.time;
    const w = work;
    placeViewer(w.viewer, c.head, c.looking);

    const talkingTo = addressed(t);
    const hushed = hush && t.speaking;
    const saying = t.said !== null && c.now < t.said.until;
    const mishap = t.phase === 'mishap';

    for (let k = 0; k < party.partners.length; k++) {
      const p = party.partners[k];
      if (!p) continue;
      const i = p.person;
      const own = people.persons[i]?.phase ?? 0;
      // Their own share of glances at the person, at the level's attention.
      const glancing = rhythm(time, 9, 9 * (attention / 100), own) > 0 || attention >= 100;
      const speaking = t.speaker === k && saying;
      const chatting = t.phase === 'chatter' && t.chatterer === k && !hushed;
      const phone = t.phoneBy === k;
      people.talking[i] = (speaking || chatting) && !(hushed && !speaking) ? 1 : 0;
      people.arms[i] = phone ? arm('phone') : arm('rest');
      people.nod[i] =
        p.manner === 'friendly' && t.phase === 'answering' ? 0.12 * rhythm(time, 2.6, 0.9, own) : 0;
      people.shake[i] = 0;
      people.lean[i] = t.expectant || t.phase === 'lull' ? 0.1 : 0.03;
      people.tilt[i] = 0;
      people.yawn[i] = 0;

      if (mishap) {
        people.wantsViewer[i] = 1;
        people.expression[i] = face('surprised');
        continue;
      }
      if (phone) lookDown(i, -0.7, 0.1);
      else if (t.speaker === k && (talkingTo || t.phase === 'mishap')) people.wantsViewer[i] = 1;
      else if (hushed || t.phase === 'lull' || (talkingTo && glancing)) people.wantsViewer[i] = 1;
      else if (talkingTo && t.speaker >= 0) lookAt(i, party.partners[t.speaker]?.person ?? i);
      else if (t.phase === 'chatter' && t.chatterer >= 0 && t.chatterer !== k && !glancing)
        lookAt(i, party.partners[t.chatterer]?.person ?? i);
      else if (glancing || party.partners.length === 1) people.wantsViewer[i] = 1;
      else {
        // Talking to the table, or thinking: a look round the others.
        const other = party.partners[(k + 1) % party.partners.length];
        if (other && other.person !== i) lookAt(i, other.person);
        else lookDown(i, -0.35);
      }
      // The barista between lines: back to work at the machine.
      if (place !== 'table' && !talkingTo && !glancing) lookDown(i, -0.6, 0.3);

      people.expression[i] = people.talking[i]
        ? face('talking')
        : t.expectant && t.speaker === k
          ? face(p.manner === 'critical' ? 'bored' : 'interested')
          : face(
              p.manner === 'friendly'
                ? 'interested'
                : p.manner === 'critical'
                  ? 'bored'
                  : 'neutral',
            );
    }

    // The barista at the table's level works behind the counter.
    if (place === 'table') {
      const b = party.barista.person;
      lookDown(b, -0.55, 0.2 * Math.sin(time * 0.3));
      people.expression[b] = face('neutral');
      people.talking[b] = 0;
      if (mishap) people.wantsViewer[b] = 1;
    }

    // The other guests talk with whoever shares their table, in turns; a dropped cup turns them.
    for (let g = 0; g < party.guests.length; g++) {
      const guest = party.guests[g];
      if (!guest) continue;
      const i = guest.person;
      const mate = party.guests[g ^ 1];
      // A pair takes turns: the first talks while the pair's slow wave is up, the second while down.
      const pairPhase = people.persons[party.guests[g & ~1]?.person ?? i]?.phase ?? 0;
      const myTurn = Math.sin(time * 0.35 + pairPhase) > 0 === (g % 2 === 0);
      people.talking[i] = mate && myTurn && !mishap ? 1 : 0;
      people.expression[i] = people.talking[i] ? face('talking') : face('neutral');
      people.arms[i] = arm('rest');
      people.lean[i] = 0.08;
      if (mishap) people.wantsViewer[i] = 1;
      else if (mate) lookAt(i, mate.person);
      else lookDown(i, -0.45);
    }

    stepPeople(people, w.viewer, time, c.step, attitudes);
  });

  return (
    <group name="company" userData={userData}>
      <PeopleView people={people} />
    </group>
  );
}
