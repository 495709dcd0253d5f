// Expressions as a few muscles a face is drawn with, blended, and eased from one to the next so a
// smile grows rather than appears. Pure.

/** What the face shader draws, each in its own range. */
export interface Face {
  /** Brows raised (+1) or lowered (-1). */
  brow: number;
  /** Inner brows drawn down and together (0-1): a frown. */
  frown: number;
  /** Upper lids lowered (0 wide open, 1 shut), before blinks. */
  lid: number;
  /** Mouth corners up (+1) or down (-1). */
  smile: number;
  /** Mouth open (0-1). */
  open: number;
  /** Lips pressed thin (0-1). */
  press: number;
}
export const faceKeys = ['brow', 'frown', 'lid', 'smile', 'open', 'press'] as const;

export type Expression =
  | 'neutral'
  | 'interested'
  | 'smiling'
  | 'bored'
  | 'yawning'
  | 'hostile'
  | 'surprised'
  | 'talking';

export const expressions: Record<Expression, Readonly<Face>> = {
  neutral: { brow: 0, frown: 0, lid: 0.18, smile: 0, open: 0, press: 0 },
  interested: { brow: 0.4, frown: 0, lid: 0.08, smile: 0.3, open: 0, press: 0 },
  smiling: { brow: 0.2, frown: 0, lid: 0.3, smile: 1, open: 0.18, press: 0 },
  bored: { brow: -0.15, frown: 0, lid: 0.55, smile: -0.2, open: 0, press: 0.1 },
  yawning: { brow: 0.35, frown: 0, lid: 0.85, smile: 0, open: 1, press: 0 },
  hostile: { brow: -0.75, frown: 1, lid: 0.3, smile: -0.45, open: 0, press: 0.85 },
  surprised: { brow: 1, frown: 0, lid: 0, smile: 0, open: 0.55, press: 0 },
  // The mouth's movement while talking comes from talkingMouth; this is the face between syllables.
  talking: { brow: 0.15, frown: 0, lid: 0.15, smile: 0.05, open: 0.15, press: 0 },
};

/** Moves `out` a share `amount` (0-1) of the way to an expression, in place. */
export function toward(out: Face, name: Expression, amount: number): Face {
  if (amount <= 0) return out;
  const e = expressions[name];
  const k = Math.min(1, amount);
  for (const key of faceKeys) out[key] += (e[key] - out[key]) * k;
  return out;
}

/** Moves a face toward a target at `rate` per second (about a third of a second to settle). */
export function ease(current: Face, target: Readonly<Face>, dt: number, rate = 7): Face {
  const k = 1 - Math.exp(-rate * Math.min(dt, 0.25));
  for (const key of faceKeys) current[key] += (target[key] - current[key]) * k;
  return current;
}

/** How open a talking mouth is at time t (s): syllables of 4-6 a second, with pauses at phrases. */
export function talkingMouth(t: number, phase: number): number {
  const syllable = Math.sin(t * 31 + phase) * 0.5 + Math.sin(t * 19.3 + phase * 2) * 0.5;
  const phrase = Math.sin(t * 1.7 + phase * 3) > -0.75 ? 1 : 0;
  return phrase * Math.max(0, 0.15 + 0.6 * syllable);
}

/** Blinks: how often and how long, as people do at rest (about 15 a minute). */
export const BLINK = { minGap: 1.8, maxGap: 6.5, closing: 0.07, opening: 0.11 };

/** How shut the lids are (0-1) `since` seconds into a blink; 0 once it is over. */
export function blinkClosure(since: number): number {
  if (since < 0) return 0;
  if (since < BLINK.closing) return since / BLINK.closing;
  if (since < BLINK.closing + BLINK.opening) return 1 - (since - BLINK.closing) / BLINK.opening;
  return 0;
}

/** The wait until the next blink, from a random draw in [0, 1): bored eyes blink less often. */
export function blinkGap(draw: number, slow = 0): number {
  return (BLINK.minGap + (BLINK.maxGap - BLINK.minGap) * draw) * (1 + slow);
}
