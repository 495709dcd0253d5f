import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import type { Vector3 } from 'three';
import { postures, STRIDE } from '../common/people/body';
import type { Attitude } from '../common/people/contact';
import { angleBetween } from '../common/people/gaze';
import { PeopleView } from '../common/people/PeopleView';
import {
  armsList,
  expressionList,
  eyeDirection,
  eyesOf,
  newViewer,
  type People,
  placeViewer,
  stepPeople,
} from '../common/people/people';
import { gazeTo, newPose, poseOf, startled } from './behaviour';
import type { Member } from './crowd';
import { type RaisedHand, type WalkerState, type WalkOut, walkerAt } from './events';
import type { Room } from './levels';

export interface CrowdClock {
  /** Scene seconds (runs faster under a test time scale). */
  time: number;
  /** Scene seconds since the level's events began, and in the last frame. */
  now: number;
  step: number;
  /** 0-1: how restless long silences have made the bored. */
  restless: number;
  /** Where the speaker's head is and where it points, for every gaze. */
  speaker: Vector3;
  looking: Vector3;
  raisedHand: number;
  /** The last distraction: when (level seconds) and who made it; neighbours turn to it. */
  startle: { at: number; member: number };
}

/** Seconds the raised hand's question takes to ask, once the card shows. */
export const ASKING_SECONDS = 4;

const faces: Record<Attitude, number> = {
  interested: expressionList.indexOf('interested'),
  neutral: expressionList.indexOf('neutral'),
  bored: expressionList.indexOf('bored'),
  hostile: expressionList.indexOf('hostile'),
};
const surprised = expressionList.indexOf('surprised');
const arm = (name: (typeof armsList)[number]) => armsList.indexOf(name);

/**
 * The audience as people of the shared module: each frame, every member's attitude says where
 * they sit or walk, how they lean, where they look and what face they wear; the people module
 * moves their eyes, lids and mouths and answers the speaker's gaze. Nothing goes through React.
 */
export function Audience({
  members,
  people,
  room,
  walkOut,
  question,
  clock,
}: {
  members: readonly Member[];
  people: People;
  room: Room;
  walkOut: WalkOut | null;
  question: RaisedHand | null;
  clock: { current: CrowdClock };
}) {
  const attitudes = useMemo(() => members.map((m) => m.attitude), [members]);
  const work = useMemo(
    () => ({
      pose: newPose(),
      viewer: newViewer(),
      at: { x: 0, y: 0, z: 0 },
      dir: { x: 0, y: 0, z: 0 },
      walker: { phase: 'seated', x: 0, z: 0, facing: 0, walked: 0 } as WalkerState,
      look: { yaw: 0, pitch: 0 },
    }),
    [],
  );

  // What a test may ask of the members from the page: where a member's eyes are, how far (radians)
  // they point from a spot, whose eyes meet the viewer's, and the scene's clock.
  const userData = useMemo(
    () => ({
      members: members.length,
      attitudes,
      mutual: people.mutual,
      talking: people.talking,
      arms: people.arms,
      wantsViewer: people.wantsViewer,
      time: () => clock.current.time,
      eyesAt: (i: number) => ({ ...eyesOf(people, i, work.at) }),
      eyesOff: (i: number, x: number, y: number, z: number) =>
        angleBetween(eyesOf(people, i, work.at), eyeDirection(people, i, work.dir), { x, y, z }),
    }),
    [members, attitudes, people, work, clock],
  );

  useFrame(() => {
    const c = clock.current;
    const w = work;
    placeViewer(w.viewer, c.speaker, c.looking);

    for (let i = 0; i < members.length; i++) {
      const member = members[i] as Member;
      const pose = poseOf(member, c.time, c.speaker, c.restless, w.pose);
      const walking =
        walkOut && walkOut.member === i ? walkerAt(walkOut, member, room, c.now) : null;
      const phase = walking?.phase ?? 'seated';
      people.x[i] = walking ? walking.x : member.seat.x;
      people.y[i] = member.seat.y;
      people.z[i] = walking ? walking.z : member.seat.z;
      people.facing[i] = walking ? walking.facing : 0;
      people.posture[i] = postures.indexOf(phase);
      people.stride[i] = walking ? (walking.walked / STRIDE) % 1 : 0;
      const up = phase !== 'seated';
      people.lean[i] = up ? 0 : pose.lean;
      people.tilt[i] = up ? 0 : pose.tilt;
      const asking = question?.member === i && c.raisedHand === i;
      const talking =
        asking &&
        question !== null &&
        c.now >= question.raisedAt + 1.5 &&
        c.now < question.raisedAt + 1.5 + ASKING_SECONDS;
      people.arms[i] = asking
        ? arm('raised')
        : up
          ? arm('rest')
          : pose.armsCrossed
            ? arm('crossed')
            : pose.phone
              ? arm('phone')
              : arm('rest');
      // Walking out, they look where they go; asking, at the speaker.
      people.wantsViewer[i] = phase === 'walking' ? 0 : asking || pose.atSpeaker ? 1 : 0;
      people.wantYaw[i] = phase === 'walking' ? 0 : pose.headYaw;
      people.wantPitch[i] = phase === 'walking' ? -0.1 : pose.headPitch;
      people.nod[i] = up ? 0 : pose.nod;
      people.shake[i] = up || asking ? 0 : pose.shake;
      people.expression[i] = faces[member.attitude];
      // A distraction close by: a surprised look round at whoever made it.
      const source = members[c.startle.member];
      if (source && !up && startled(member, source, c.now - c.startle.at)) {
        w.at.x = source.seat.x;
        w.at.y = source.seat.y + 1.1;
        w.at.z = source.seat.z;
        gazeTo(member, w.at, w.look);
        people.wantsViewer[i] = 0;
        people.wantYaw[i] = w.look.yaw;
        people.wantPitch[i] = w.look.pitch;
        people.expression[i] = surprised;
      }
      people.yawn[i] = up ? 0 : pose.yawn;
      people.talking[i] = talking ? 1 : 0;
    }
    stepPeople(people, w.viewer, c.time, c.step, attitudes);
  });

  if (members.length === 0) return null;
  return (
    <group name="crowd" userData={userData}>
      <PeopleView people={people} />
    </group>
  );
}
