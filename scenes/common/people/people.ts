// The people of a scene, frame by frame: the scene says where each body is and what it wants to
// look at; this moves heads and eyes (with saccades, within the neck's and eyes' range), blinks,
// finds mutual gaze with the viewer, lets each attitude answer it, and eases faces between
// expressions. Struct-of-arrays and scratch objects: nothing is allocated per frame.
import { createRandom, subSeed } from '../random';
import { driftPitch, driftYaw, eyeHeight, hipHeight, type Posture, postures } from './body';
import {
  type Attitude,
  averts,
  type Contact,
  frownOf,
  newContact,
  nod,
  shake,
  smileOf,
  stepContact,
} from './contact';
import {
  blinkClosure,
  blinkGap,
  type Expression,
  expressions,
  type Face,
  faceKeys,
  talkingMouth,
  toward,
} from './face';
import {
  directionOf,
  directionTo,
  EYE_LIMIT,
  type GazeSplit,
  isMutual,
  type Point,
  splitGaze,
} from './gaze';
import type { Person } from './population';

export const FACE_FLOATS = faceKeys.length;
export const expressionList: readonly Expression[] = [
  'neutral',
  'interested',
  'smiling',
  'bored',
  'yawning',
  'hostile',
  'surprised',
  'talking',
];
export type Arms = 'rest' | 'crossed' | 'raised' | 'phone';
export const armsList: readonly Arms[] = ['rest', 'crossed', 'raised', 'phone'];

/** Mutual gaze with a person counts in the measure once it has lasted this long, in all. */
export const MUTUAL_SECONDS = 0.5;

export interface People {
  readonly persons: readonly Person[];
  readonly count: number;
  // Written by the scene each frame.
  x: Float32Array;
  /** The floor under the person (a raked hall rises row by row). */
  y: Float32Array;
  z: Float32Array;
  /** Body yaw from +z, radians. */
  facing: Float32Array;
  /** Index into `postures`. */
  posture: Uint8Array;
  /** Walking cycle, 0-1 per two steps. */
  stride: Float32Array;
  /** Torso lean forward and tilt sideways, radians. */
  lean: Float32Array;
  tilt: Float32Array;
  /** Index into `armsList`. */
  arms: Uint8Array;
  /** 1: looks for the viewer's eyes; 0: looks along wantYaw/wantPitch (relative to the body). */
  wantsViewer: Uint8Array;
  wantYaw: Float32Array;
  wantPitch: Float32Array;
  /** Index into `expressionList`: the face the person wears. */
  expression: Uint8Array;
  /** 0-1 into a yawn. */
  yawn: Float32Array;
  /** 1 while the person speaks: the mouth moves. */
  talking: Uint8Array;
  /** The scene's own nods (a dip, radians) and head shakes (a turn), over the look. */
  nod: Float32Array;
  shake: Float32Array;
  // The people's own. The head's turn before a nod or shake, then with it.
  baseYaw: Float32Array;
  basePitch: Float32Array;
  headYaw: Float32Array;
  headPitch: Float32Array;
  eyeYaw: Float32Array;
  eyePitch: Float32Array;
  /** Lid closure from blinks (0-1). */
  blink: Float32Array;
  /** FACE_FLOATS per person, in faceKeys' order. */
  face: Float32Array;
  /** 1 when eyes met the viewer's this frame. */
  mutual: Uint8Array;
  /** Seconds of mutual gaze per person, and in all. */
  mutualSeconds: Float32Array;
  mutualTotal: number;
  readonly contacts: Contact[];
  // Saccades and blinks.
  fixYaw: Float32Array;
  fixPitch: Float32Array;
  nextSaccade: Float32Array;
  blinkStart: Float32Array;
  nextBlink: Float32Array;
  readonly random: () => number;
}

export function createPeople(persons: readonly Person[], seed: number): People {
  const n = persons.length;
  const f = () => new Float32Array(n);
  const u = () => new Uint8Array(n);
  const random = createRandom(subSeed(seed, 'people-life'));
  const people: People = {
    persons,
    count: n,
    x: f(),
    y: f(),
    z: f(),
    facing: f(),
    posture: u(),
    stride: f(),
    lean: f(),
    tilt: f(),
    arms: u(),
    wantsViewer: u(),
    wantYaw: f(),
    wantPitch: f(),
    expression: u(),
    yawn: f(),
    talking: u(),
    nod: f(),
    shake: f(),
    baseYaw: f(),
    basePitch: f(),
    headYaw: f(),
    headPitch: f(),
    eyeYaw: f(),
    eyePitch: f(),
    blink: f(),
    face: new Float32Array(n * FACE_FLOATS),
    mutual: u(),
    mutualSeconds: f(),
    mutualTotal: 0,
    contacts: Array.from({ length: n }, newContact),
    fixYaw: f(),
    fixPitch: f(),
    nextSaccade: f(),
    blinkStart: f().fill(-10),
    nextBlink: f(),
    random,
  };
  for (let i = 0; i < n; i++) {
    people.nextBlink[i] = random() * 4;
    people.nextSaccade[i] = random();
    for (let k = 0; k < FACE_FLOATS; k++)
      people.face[i * FACE_FLOATS + k] = expressions.neutral[faceKeys[k] as keyof Face];
  }
  return people;
}

export const postureOf = (p: People, i: number): Posture => postures[p.posture[i] ?? 0] as Posture;

/** The centre of a person's head in the scene, leaning with the torso, into `out`. */
export function headCentre(p: People, i: number, out: Point): Point {
  const person = p.persons[i] as Person;
  const posture = postureOf(p, i);
  const up = eyeHeight(person.height, posture) - 0.01 - hipHeight(person.height, posture);
  const lean = p.lean[i] ?? 0;
  const tilt = p.tilt[i] ?? 0;
  const facing = p.facing[i] ?? 0;
  const forward = Math.sin(lean) * up;
  const side = -Math.sin(tilt) * up;
  out.x = (p.x[i] ?? 0) + Math.sin(facing) * forward + Math.cos(facing) * side;
  out.z = (p.z[i] ?? 0) + Math.cos(facing) * forward - Math.sin(facing) * side;
  out.y = (p.y[i] ?? 0) + hipHeight(person.height, posture) + Math.cos(lean) * Math.cos(tilt) * up;
  return out;
}

/** Between a person's eyes: a little in front of and above the head's centre. */
export function eyesOf(p: People, i: number, out: Point): Point {
  headCentre(p, i, out);
  const person = p.persons[i] as Person;
  const yaw = (p.facing[i] ?? 0) + (p.headYaw[i] ?? 0);
  const reachForward = 0.055 * (person.height / 1.75);
  out.x += Math.sin(yaw) * reachForward;
  out.z += Math.cos(yaw) * reachForward;
  out.y += 0.01;
  return out;
}

/** Where the person's eyes point (unit, in the scene), into `out`. */
export function eyeDirection(p: People, i: number, out: Point): Point {
  return directionOf(
    p.facing[i] ?? 0,
    (p.headYaw[i] ?? 0) + (p.eyeYaw[i] ?? 0),
    (p.headPitch[i] ?? 0) + (p.eyePitch[i] ?? 0),
    out,
  );
}

export interface Viewer {
  /** Between the viewer's eyes, and where the viewer's head points (unit). */
  eye: Point;
  direction: Point;
}

/** A new viewer at the origin looking along -z, to be moved each frame with placeViewer. */
export const newViewer = (): Viewer => ({
  eye: { x: 0, y: 0, z: 0 },
  direction: { x: 0, y: 0, z: -1 },
});

/** The viewer this frame, copied in place (nothing allocated per frame). */
export function placeViewer(viewer: Viewer, eye: Point, direction: Point) {
  viewer.eye.x = eye.x;
  viewer.eye.y = eye.y;
  viewer.eye.z = eye.z;
  viewer.direction.x = direction.x;
  viewer.direction.y = direction.y;
  viewer.direction.z = direction.z;
}

const scratch = {
  eyes: { x: 0, y: 0, z: 0 },
  dir: { x: 0, y: 0, z: 0 },
  look: { yaw: 0, pitch: 0 },
  split: { headYaw: 0, headPitch: 0, eyeYaw: 0, eyePitch: 0 } as GazeSplit,
  face: { ...expressions.neutral } as Face,
};

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
const approach = (current: number, target: number, rate: number, dt: number) =>
  current + (target - current) * (1 - Math.exp(-rate * dt));

/**
 * One frame of everyone's life at scene time `time`: gaze, saccades, blinks, mutual gaze and the
 * answer to it (when `attitudes` are given), faces.
 */
export function stepPeople(
  p: People,
  viewer: Viewer,
  time: number,
  frameSeconds: number,
  attitudes?: readonly Attitude[],
): void {
  const dt = Math.min(Math.max(frameSeconds, 0), 0.25);
  const s = scratch;
  for (let i = 0; i < p.count; i++) {
    const person = p.persons[i] as Person;
    if (postureOf(p, i) === 'gone') {
      p.mutual[i] = 0;
      continue;
    }
    const attitude = attitudes?.[i];
    const contact = p.contacts[i] as Contact;
    eyesOf(p, i, s.eyes);

    // Where the look wants to go, relative to the body.
    let yaw = p.wantYaw[i] ?? 0;
    let pitch = p.wantPitch[i] ?? 0;
    const onViewer = p.wantsViewer[i] === 1 && !averts(contact);
    if (onViewer) {
      directionTo(s.eyes, p.facing[i] ?? 0, viewer.eye, s.look);
      yaw = s.look.yaw;
      pitch = s.look.pitch;
    } else if (p.wantsViewer[i] === 1) {
      // Looking away from the viewer: to one side and down, each person to their own side.
      directionTo(s.eyes, p.facing[i] ?? 0, viewer.eye, s.look);
      yaw = s.look.yaw + (Math.sin(person.phase * 3) >= 0 ? 0.75 : -0.75);
      pitch = s.look.pitch - 0.3;
    }

    // Fixations: small jumps about a face, wider ones about anything else.
    if (time >= (p.nextSaccade[i] ?? 0)) {
      const spread = onViewer ? 0.02 : 0.1;
      p.fixYaw[i] = (p.random() - 0.5) * 2 * spread;
      p.fixPitch[i] = (p.random() - 0.5) * spread;
      p.nextSaccade[i] = time + (onViewer ? 0.4 : 0.3) + p.random() * 1.4;
    }
    yaw += p.fixYaw[i] ?? 0;
    pitch += p.fixPitch[i] ?? 0;
    splitGaze(yaw, pitch, s.split);
    // The head wanders a little on its own; the eyes hold their target through it.
    const headYawTarget = s.split.headYaw + driftYaw(time, person.phase);
    const headPitchTarget = s.split.headPitch + driftPitch(time, person.phase);

    const headRate = 4.5;
    const nodNow = attitude ? nod(contact, attitude) : 0;
    const shakeNow = attitude ? shake(contact, attitude) : 0;
    p.baseYaw[i] = approach(p.baseYaw[i] ?? 0, headYawTarget, headRate, dt);
    p.basePitch[i] = approach(p.basePitch[i] ?? 0, headPitchTarget, headRate, dt);
    // A nod or a shake rides on the head's turn; the eyes keep to their target through it.
    p.headYaw[i] = (p.baseYaw[i] ?? 0) + shakeNow + (p.shake[i] ?? 0);
    p.headPitch[i] = (p.basePitch[i] ?? 0) - nodNow - (p.nod[i] ?? 0);
    // The eyes stay on their target while the head catches up (as eyes do), fast as saccades.
    p.eyeYaw[i] = approach(
      p.eyeYaw[i] ?? 0,
      clamp(yaw - (p.headYaw[i] ?? 0), -EYE_LIMIT.yaw, EYE_LIMIT.yaw),
      30,
      dt,
    );
    p.eyePitch[i] = approach(
      p.eyePitch[i] ?? 0,
      clamp(pitch - (p.headPitch[i] ?? 0), -EYE_LIMIT.down, EYE_LIMIT.up),
      30,
      dt,
    );

    // Blinks.
    if (time >= (p.nextBlink[i] ?? 0)) {
      p.blinkStart[i] = time;
      p.nextBlink[i] = time + blinkGap(p.random(), attitude === 'bored' ? 0.5 : 0);
    }
    p.blink[i] = blinkClosure(time - (p.blinkStart[i] ?? -10));

    // Mutual gaze, and the attitude's answer to it.
    eyeDirection(p, i, s.dir);
    const mutual = isMutual(s.eyes, s.dir, viewer.eye, viewer.direction);
    p.mutual[i] = mutual ? 1 : 0;
    if (mutual) {
      p.mutualSeconds[i] = (p.mutualSeconds[i] ?? 0) + dt;
      p.mutualTotal += dt;
    }
    if (attitude) stepContact(contact, attitude, mutual, dt);

    // The face: the person's expression, the answer's smile or frown, a yawn, speech.
    Object.assign(s.face, expressions[expressionList[p.expression[i] ?? 0] as Expression]);
    if (attitude) {
      toward(s.face, 'smiling', smileOf(contact, attitude));
      toward(s.face, 'hostile', frownOf(contact, attitude));
    }
    toward(s.face, 'yawning', p.yawn[i] ?? 0);
    if (p.talking[i] === 1) s.face.open = Math.max(s.face.open, talkingMouth(time, person.phase));
    const k = 1 - Math.exp(-7 * dt);
    const base = i * FACE_FLOATS;
    for (let f = 0; f < FACE_FLOATS; f++) {
      const key = faceKeys[f] as keyof Face;
      // Speech moves the mouth at its own pace; everything else eases.
      const rate = key === 'open' && p.talking[i] === 1 ? 1 : k;
      const current = p.face[base + f] ?? 0;
      p.face[base + f] = current + (s.face[key] - current) * rate;
    }
  }
}

/** The measure: seconds of mutual gaze in all, and with how many people it lasted MUTUAL_SECONDS. */
export function mutualGaze(p: People): { seconds: number; people: number } {
  let met = 0;
  for (let i = 0; i < p.count; i++) if ((p.mutualSeconds[i] ?? 0) >= MUTUAL_SECONDS) met++;
  return { seconds: Math.round(p.mutualTotal * 10) / 10, people: met };
}
