// Eye contact with the audience, accumulated frame by frame from the head's pose. Pure.

import { angleBetween } from '../common/people/gaze';
import { faceOf, type Member } from './crowd';

/** A member counts as looked at when the gaze is within this angle of their face. */
export const CONTACT_ANGLE = (9 * Math.PI) / 180;
/** Looked at for at least this long, in all, to count in the spread. */
export const CONTACT_SECONDS = 1;
/** The speaker's notes lie on the lectern here (scene coordinates). */
export const NOTES_AT = { x: 0, y: 1.05, z: -0.45 };
const NOTES_ANGLE = (16 * Math.PI) / 180;

export interface EyeTally {
  seconds: number;
  atAudience: number;
  atNotes: number;
  /** Seconds of eye contact, per member index. */
  perMember: number[];
}

export function newEyeTally(size: number): EyeTally {
  return {
    seconds: 0,
    atAudience: 0,
    atNotes: 0,
    perMember: Array.from({ length: size }, () => 0),
  };
}

const face = { x: 0, y: 0, z: 0 };

/** The member the gaze rests on, if any: the nearest in angle within CONTACT_ANGLE. */
export function lookedAt(
  head: { x: number; y: number; z: number },
  dir: { x: number; y: number; z: number },
  members: readonly Member[],
): number {
  let best = -1;
  let bestAngle = CONTACT_ANGLE;
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as Member;
    faceOf(m, face);
    const angle = angleBetween(head, dir, face);
    if (angle < bestAngle) {
      bestAngle = angle;
      best = i;
    }
  }
  return best;
}

/** Adds a frame to the tally, in place (it runs every frame: nothing is allocated). */
export function tallyEyes(
  t: EyeTally,
  dt: number,
  head: { x: number; y: number; z: number },
  dir: { x: number; y: number; z: number },
  members: readonly Member[],
  present: (index: number) => boolean = () => true,
): EyeTally {
  const step = Math.min(dt, 0.25);
  const target = lookedAt(head, dir, members);
  const atMember = target >= 0 && present(target);
  const atNotes = !atMember && angleBetween(head, dir, NOTES_AT) < NOTES_ANGLE;
  if (atMember) t.perMember[target] = (t.perMember[target] ?? 0) + step;
  t.seconds += step;
  if (atMember) t.atAudience += step;
  if (atNotes) t.atNotes += step;
  return t;
}

export function eyeMeasures(t: EyeTally): {
  membersLookedAt: number;
  audienceShare: number;
  notesShare: number;
} {
  const share = (s: number) => (t.seconds > 0 ? Math.round((s / t.seconds) * 1000) / 10 : 0);
  return {
    membersLookedAt: t.perMember.filter((s) => s >= CONTACT_SECONDS).length,
    audienceShare: share(t.atAudience),
    notesShare: share(t.atNotes),
  };
}

/** Above this level (RMS) the speaker counts as speaking. */
export const SPEAKING_LEVEL = 0.02;
/** Silence longer than this makes the bored restless. */
export const RESTLESS_AFTER = 4;

export interface VoiceTally {
  speakingSeconds: number;
  silentFor: number;
  /** 0-1, rising through a long silence, settling while the speaker talks steadily. */
  restless: number;
}

export function newVoiceTally(): VoiceTally {
  return { speakingSeconds: 0, silentFor: 0, restless: 0 };
}

/** Adds a frame of the microphone's level to the tally, in place. */
export function tallyVoice(v: VoiceTally, dt: number, level: number): VoiceTally {
  const step = Math.min(dt, 0.25);
  const speaking = level > SPEAKING_LEVEL;
  v.silentFor = speaking ? 0 : v.silentFor + step;
  const change = v.silentFor > RESTLESS_AFTER ? step / 5 : speaking ? -step / 8 : 0;
  if (speaking) v.speakingSeconds += step;
  v.restless = Math.min(1, Math.max(0, v.restless + change));
  return v;
}
