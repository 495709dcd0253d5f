// Comfort in the headset: recentring, seated height, and the frame rate to ask for. Pure.

/** Eye height the scenes are built for (m). */
export const STANDING_EYE_HEIGHT = 1.6;

/**
 * The origin's turn and shift that put the head, as tracked now, at the scene's standing point
 * facing the scene's forward direction (-z). `yaw` is the head's heading in tracking space.
 */
export function recentre(head: { x: number; z: number; yaw: number }): {
  yaw: number;
  x: number;
  z: number;
} {
  const yaw = -head.yaw;
  const c = Math.cos(yaw);
  const s = Math.sin(yaw);
  // Rotating the head's position by the new turn must land it on (0, 0): shift by the negative.
  return { yaw, x: -(c * head.x + s * head.z), z: -(-s * head.x + c * head.z) };
}

/** The origin's lift for a seated person: the head as tracked now rises to standing eye height. */
export function seatedLift(headHeight: number): number {
  if (!Number.isFinite(headHeight) || headHeight <= 0) return 0;
  return Math.max(0, STANDING_EYE_HEIGHT - headHeight);
}

/**
 * The frame rate to ask the headset for: 72 or 90 Hz for a heavy scene, never the highest the
 * headset offers; null to leave the headset's own choice.
 */
export function frameRateFor(
  supported: readonly number[] | undefined,
  heavy: boolean,
): number | null {
  if (!heavy || !supported || supported.length === 0) return null;
  for (const rate of [72, 90]) if (supported.includes(rate)) return rate;
  // No 72 or 90: the lowest offered that is at least 60, so motion stays smooth.
  const usable = [...supported].filter((r) => r >= 60).sort((a, b) => a - b);
  return usable[0] ?? null;
}
