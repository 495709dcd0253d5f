// How each member of the audience sits and where they look at a moment, by attitude. Pure: the
// scene turns a pose into instance transforms; tests check the behaviour here.
import type { Attitude, Member } from './crowd';

export interface Pose {
  /** Head turn from facing the stage (+ to the member's left), radians. */
  headYaw: number;
  /** Head tilt, + up, radians. */
  headPitch: number;
  /** Torso lean, + forward, radians. */
  lean: number;
  /** Torso tilt sideways (towards a neighbour), radians. */
  tilt: number;
  armsCrossed: boolean;
  handRaised: boolean;
  /** A phone lit in the lap. */
  phone: boolean;
  /** 0-1: how far into a yawn (mouth and head back). */
  yawn: number;
}

/** 0 outside a repeating window, rising to 1 inside it and back: for nods, yawns, glances. */
export function rhythm(t: number, period: number, duration: number, phase: number): number {
  const into = (((t + phase * period) % period) + period) % period;
  if (into > duration) return 0;
  return Math.sin((into / duration) * Math.PI);
}

export const HEAD_HEIGHT = 1.2;

/** Yaw and pitch from a seated member's head to a point (the speaker's head). */
export function gazeTo(
  member: Member,
  target: { x: number; y: number; z: number },
): { yaw: number; pitch: number } {
  const dx = target.x - member.seat.x;
  const dz = target.z - member.seat.z;
  const dy = target.y - (member.seat.y + HEAD_HEIGHT * member.scale);
  // Members face +z (towards the stage); yaw is measured from there.
  return { yaw: Math.atan2(dx, dz), pitch: Math.atan2(dy, Math.hypot(dx, dz)) };
}

/**
 * The pose of a member at time t (s), with the speaker's head at `speaker`. `restless` (0-1) rises
 * while the speaker is silent and makes the bored fidget and look away more.
 */
export function poseOf(
  member: Member,
  t: number,
  speaker: { x: number; y: number; z: number },
  restless = 0,
): Pose {
  const gaze = gazeTo(member, speaker);
  const p = member.phase;
  const base: Pose = {
    headYaw: gaze.yaw,
    headPitch: gaze.pitch,
    lean: 0,
    tilt: 0,
    armsCrossed: false,
    handRaised: false,
    phone: false,
    yawn: 0,
  };
  return behaviours[member.attitude](base, t, p, restless);
}

const behaviours: Record<
  Attitude,
  (pose: Pose, t: number, phase: number, restless: number) => Pose
> = {
  // Upright, eyes on the speaker, a nod now and then.
  interested: (pose, t, phase) => ({
    ...pose,
    lean: 0.12,
    headPitch: pose.headPitch - 0.18 * rhythm(t, 7, 1.2, phase),
  }),
  // Still, looking at the speaker most of the time, now and then glancing aside.
  neutral: (pose, t, phase) => {
    const glance = rhythm(t, 13, 2.5, phase);
    return { ...pose, headYaw: pose.headYaw + glance * 0.6 * Math.sign(Math.sin(phase * 3) || 1) };
  },
  // Slumped, mostly on the phone, yawning; silence makes them look around more.
  bored: (pose, t, phase, restless) => {
    const lookingUp = rhythm(t, 16 - restless * 8, 3, phase) > 0.2;
    const aside = rhythm(t, 9 - restless * 5, 2 + restless * 2, phase + 0.37);
    return {
      ...pose,
      lean: -0.18,
      tilt: 0.05 * Math.sin(phase),
      headPitch: lookingUp ? pose.headPitch : -0.65,
      headYaw: lookingUp ? pose.headYaw : pose.headYaw * 0.3 + aside * 0.9,
      phone: !lookingUp,
      yawn: rhythm(t, 21, 2.5, phase + 0.5),
    };
  },
  // Arms crossed, leaning back, shaking the head, whispering to a neighbour.
  hostile: (pose, t, phase) => {
    const shake = rhythm(t, 14, 1.6, phase);
    const whisper = rhythm(t, 23, 3.5, phase + 0.6);
    const side = Math.sin(phase * 5) >= 0 ? 1 : -1;
    return {
      ...pose,
      lean: -0.2 + whisper * 0.1,
      tilt: whisper * 0.25 * side,
      armsCrossed: true,
      headYaw: pose.headYaw + shake * 0.35 * Math.sin(t * 9) + whisper * 1.1 * side,
      headPitch: pose.headPitch + 0.05,
    };
  },
};
