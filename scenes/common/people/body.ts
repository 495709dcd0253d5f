// A body's proportions and its life: where the head is for each posture, breathing, shifting
// weight, walking. Pure numbers, shared by the renderer and the gaze, so a face is where the
// arithmetic of eye contact thinks it is.

export type Posture = 'seated' | 'standing' | 'walking' | 'gone';
export const postures: readonly Posture[] = ['seated', 'standing', 'walking', 'gone'];

/** Seat height of the chairs every scene uses, metres. */
export const SEAT_HEIGHT = 0.47;

/** Hip height above the floor. */
export function hipHeight(height: number, posture: Posture): number {
  return posture === 'seated' ? SEAT_HEIGHT : 0.52 * height;
}
/** From the hips to the base of the neck. */
export const torsoLength = (height: number) => 0.3 * height;
/** From the base of the neck to the centre of the head. */
export const neckToHead = (height: number) => 0.1 * height;
/** The head's half height; its width is 0.78 of that. */
export const headRadius = (height: number) => 0.064 * height;

/** The centre of the eyes above the floor, upright (no lean). */
export function eyeHeight(height: number, posture: Posture): number {
  return hipHeight(height, posture) + torsoLength(height) + neckToHead(height) + 0.01;
}

/** Breathing: a slow rise of the chest, 0-1, about 14 breaths a minute. */
export function breath(t: number, phase: number): number {
  return 0.5 + 0.5 * Math.sin(t * ((2 * Math.PI * 14) / 60) + phase);
}

/** Standing still, the weight moves from one foot to the other now and then: hip sway in metres. */
export function weightShift(t: number, phase: number): number {
  const slow = Math.sin(t * 0.21 + phase) + 0.4 * Math.sin(t * 0.53 + phase * 1.7);
  return 0.018 * Math.max(-1, Math.min(1, slow));
}

/** Small movements of a head at rest, radians: a turn and a tilt that wander. */
export function driftYaw(t: number, phase: number): number {
  return 0.035 * Math.sin(t * 0.37 + phase) + 0.015 * Math.sin(t * 1.13 + phase * 2.3);
}
export function driftPitch(t: number, phase: number): number {
  return 0.025 * Math.sin(t * 0.29 + phase * 1.3);
}

/** Metres travelled per walking cycle (two steps) and an unhurried walking speed, m/s. */
export const STRIDE = 1.3;
export const WALK_SPEED = 1.1;

/**
 * A leg's swing at a point of the walking cycle (0-1 per two steps): the thigh's angle forward
 * (radians) and the knee's bend. The other leg is half a cycle on.
 */
export function legSwing(cycle: number): { thigh: number; knee: number } {
  const a = cycle * 2 * Math.PI;
  return { thigh: 0.42 * Math.sin(a), knee: 0.55 * Math.max(0, Math.sin(a - 1.2)) };
}
