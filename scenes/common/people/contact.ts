// What each attitude does when its eyes meet the eyes of the person practising: the interested
// smile and nod, the neutral hold it briefly, the bored look away, the hostile stare and frown,
// then look away shaking the head. Pure; one small state per person, changed in place.

export type Attitude = 'interested' | 'neutral' | 'bored' | 'hostile';
export const attitudes: readonly Attitude[] = ['interested', 'neutral', 'bored', 'hostile'];

export interface Answer {
  /** Seconds a meeting of eyes is held before looking away (Infinity: held while it lasts). */
  holdFor: number;
  /** Seconds the eyes then stay away before they may come back. */
  awayFor: number;
  smile: boolean;
  nod: boolean;
  frown: boolean;
  /** Looks away with a shake of the head. */
  shake: boolean;
}

export const answers: Record<Attitude, Readonly<Answer>> = {
  interested: {
    holdFor: Number.POSITIVE_INFINITY,
    awayFor: 0,
    smile: true,
    nod: true,
    frown: false,
    shake: false,
  },
  neutral: { holdFor: 1.8, awayFor: 2.5, smile: false, nod: false, frown: false, shake: false },
  bored: { holdFor: 0.5, awayFor: 4, smile: false, nod: false, frown: false, shake: false },
  hostile: { holdFor: 3.5, awayFor: 3, smile: false, nod: false, frown: true, shake: true },
};

/** A meeting of eyes lost for this long (a blink, a glance) is over. */
export const LOST_AFTER = 0.4;
const NOD = { from: 0.3, length: 0.9, every: 6 };
const SHAKE_SECONDS = 1.2;

export type ContactPhase = 'free' | 'meeting' | 'away';

export interface Contact {
  phase: ContactPhase;
  /** Seconds in the phase. */
  timer: number;
  /** Seconds since the viewer's eyes were last met, while meeting. */
  lost: number;
}

export function newContact(): Contact {
  return { phase: 'free', timer: 0, lost: 0 };
}

/** One frame of a person's answer to being looked at: `mutual` is this frame's mutual gaze. */
export function stepContact(c: Contact, attitude: Attitude, mutual: boolean, dt: number): Contact {
  const answer = answers[attitude];
  c.timer += dt;
  if (c.phase === 'free') {
    if (mutual) {
      c.phase = 'meeting';
      c.timer = 0;
      c.lost = 0;
    }
  } else if (c.phase === 'meeting') {
    c.lost = mutual ? 0 : c.lost + dt;
    if (c.lost > LOST_AFTER) {
      c.phase = 'free';
      c.timer = 0;
    } else if (c.timer >= answer.holdFor) {
      c.phase = 'away';
      c.timer = 0;
    }
  } else if (c.timer >= answer.awayFor) {
    c.phase = 'free';
    c.timer = 0;
  }
  return c;
}

/** The person looks away from the viewer now. */
export const averts = (c: Contact) => c.phase === 'away';

/** The answer's smile (interested), 0-1, growing over the first half second of a meeting. */
export function smileOf(c: Contact, attitude: Attitude): number {
  return answers[attitude].smile && c.phase === 'meeting' ? Math.min(1, c.timer / 0.5) : 0;
}

/** The answer's frown (hostile), 0-1, growing the same way and kept while looking away. */
export function frownOf(c: Contact, attitude: Attitude): number {
  if (!answers[attitude].frown || c.phase === 'free') return 0;
  return c.phase === 'away' ? 1 : Math.min(1, c.timer / 0.5);
}

/** Head pitch of a nod (radians, down +), while an interested person's eyes meet the viewer's. */
export function nod(c: Contact, attitude: Attitude): number {
  if (!answers[attitude].nod || c.phase !== 'meeting') return 0;
  const into = (c.timer - NOD.from) % NOD.every;
  if (c.timer < NOD.from || into > NOD.length) return 0;
  return 0.16 * Math.sin((into / NOD.length) * 2 * Math.PI) ** 2;
}

/** Head yaw of a shake (radians) as a hostile person looks away. */
export function shake(c: Contact, attitude: Attitude): number {
  if (!answers[attitude].shake || c.phase !== 'away' || c.timer > SHAKE_SECONDS) return 0;
  const fade = 1 - c.timer / SHAKE_SECONDS;
  return 0.28 * fade * Math.sin(c.timer * 14);
}
