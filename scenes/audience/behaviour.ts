// How each member of the audience sits and where they look at a moment, by attitude. Pure: the
// scene turns a pose into instance transforms; tests check the behaviour here.
import { rhythm } from '../common/noise';
import { directionTo } from '../common/people/gaze';
import { type Attitude, faceOf, type Member } from './crowd';

export interface Pose {
  /** The member looks for the speaker's eyes (the people module aims eyes and head at them). */
  atSpeaker: boolean;
  /** Where the look goes, from facing the stage (+ to the member's left), radians. */
  headYaw: number;
  /** Where the look goes, + up, radians. */
  headPitch: number;
  /** A nod's dip and a shake's turn of the head, on top of the look, radians. */
  nod: number;
  shake: number;
  /** Torso lean, + forward, radians. */
  lean: number;
  /** Torso tilt sideways (towards a neighbour), radians. */
  tilt: number;
  armsCrossed: boolean;
  /** A phone lit in the lap. */
  phone: boolean;
  /** 0-1: how far into a yawn (mouth and head back). */
  yawn: number;
}

/** Yaw and pitch from a seated member's eyes to a point (the speaker's head). */
export function gazeTo(
  member: Member,
  target: { x: number; y: number; z: number },
  out: { yaw: number; pitch: number } = { yaw: 0, pitch: 0 },
): { yaw: number; pitch: number } {
  // Members face +z (towards the stage); yaw is measured from there.
  return directionTo(faceOf(member, eyes), 0, target, out);
}

const eyes = { x: 0, y: 0, z: 0 };

export function newPose(): Pose {
  return {
    atSpeaker: true,
    headYaw: 0,
    headPitch: 0,
    nod: 0,
    shake: 0,
    lean: 0,
    tilt: 0,
    armsCrossed: false,
    phone: false,
    yawn: 0,
  };
}

/**
 * The pose of a member at time t (s), with the speaker's head at `speaker`, written into `out` (a
 * new pose if none is given: the scene passes one it keeps, as this runs for everyone each frame).
 * `restless` (0-1) rises while the speaker is silent and makes the bored fidget and look away more.
 */
export function poseOf(
  member: Member,
  t: number,
  speaker: { x: number; y: number; z: number },
  restless = 0,
  out: Pose = newPose(),
): Pose {
  Object.assign(out, resting);
  gazeTo(member, speaker, look);
  out.headYaw = look.yaw;
  out.headPitch = look.pitch;
  behaviours[member.attitude](out, t, member.phase, restless);
  return out;
}

const resting = newPose();
const look = { yaw: 0, pitch: 0 };

const behaviours: Record<
  Attitude,
  (pose: Pose, t: number, phase: number, restless: number) => void
> = {
  // Upright, eyes on the speaker, a nod now and then.
  interested: (pose, t, phase) => {
    pose.lean = 0.12;
    pose.nod = 0.14 * rhythm(t, 7, 1.2, phase);
  },
  // Still, looking at the speaker most of the time, now and then glancing aside.
  neutral: (pose, t, phase) => {
    const glance = rhythm(t, 13, 2.5, phase);
    pose.atSpeaker = glance < 0.3;
    pose.headYaw += glance * 0.6 * Math.sign(Math.sin(phase * 3) || 1);
  },
  // Slumped, mostly on the phone, yawning; silence makes them look around more.
  bored: (pose, t, phase, restless) => {
    const lookingUp = rhythm(t, 16 - restless * 8, 3, phase) > 0.2;
    const aside = rhythm(t, 9 - restless * 5, 2 + restless * 2, phase + 0.37);
    pose.atSpeaker = lookingUp && aside < 0.3;
    pose.lean = -0.18;
    pose.tilt = 0.05 * Math.sin(phase);
    if (!lookingUp) {
      pose.headPitch = -0.65;
      pose.headYaw = pose.headYaw * 0.3 + aside * 0.9;
    }
    pose.phone = !lookingUp;
    pose.yawn = rhythm(t, 21, 2.5, phase + 0.5);
  },
  // Arms crossed, leaning back, shaking the head, whispering to a neighbour.
  hostile: (pose, t, phase) => {
    const shake = rhythm(t, 14, 1.6, phase);
    const whisper = rhythm(t, 23, 3.5, phase + 0.6);
    const side = Math.sin(phase * 5) >= 0 ? 1 : -1;
    pose.atSpeaker = whisper < 0.3;
    pose.lean = -0.2 + whisper * 0.1;
    pose.tilt = whisper * 0.25 * side;
    pose.armsCrossed = true;
    pose.shake = shake * 0.3 * Math.sin(t * 9);
    pose.headYaw += whisper * 1.1 * side;
    pose.headPitch += 0.05;
  },
};

/** Neighbours this near a cough or a ringing phone look round at it, surprised, for a moment. */
export const STARTLE = { metres: 2.2, seconds: 1.6 };

/** Whether a member turns, surprised, to a distraction `since` seconds ago made by `source`. */
export function startled(member: Member, source: Member | undefined, since: number): boolean {
  if (!source || source === member || since < 0 || since >= STARTLE.seconds) return false;
  return Math.hypot(source.seat.x - member.seat.x, source.seat.z - member.seat.z) < STARTLE.metres;
}
