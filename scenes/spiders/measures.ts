// What the spiders scene measures: the nearest the person stayed with a spider (held for a few
// seconds, not a moment's pass), how long they looked at one, and in a headset how near their hands
// came and how long a spider was on a hand. Pure and allocation-free, so it runs every frame.
import type { Vec } from './layout';

/** A distance counts as stayed with when it held this long. */
export const STAY_SECONDS = 3;
const SAMPLE = 0.1;
const SAMPLES = Math.round(STAY_SECONDS / SAMPLE);
/** The person looks at a spider when the head points within this angle of it. */
export const LOOK_ANGLE = (15 * Math.PI) / 180;

export interface SpidersTally {
  seconds: number;
  lookingSeconds: number;
  /** Metres: the smallest distance the nearest spider stayed within for STAY_SECONDS. */
  closestStayed: number;
  /** Metres, headset only: Infinity until a hand is tracked. */
  closestHand: number;
  handSeconds: number;
  ring: Float64Array;
  filled: number;
  at: number;
  sinceSample: number;
}

export const newSpidersTally = (): SpidersTally => ({
  seconds: 0,
  lookingSeconds: 0,
  closestStayed: Number.POSITIVE_INFINITY,
  closestHand: Number.POSITIVE_INFINITY,
  handSeconds: 0,
  ring: new Float64Array(SAMPLES),
  filled: 0,
  at: 0,
  sinceSample: 0,
});

/** Whether a head at `head` pointing along the unit vector `look` points at `target`. */
export function looksAt(head: Vec, look: Vec, target: Vec, angle = LOOK_ANGLE): boolean {
  const dx = target.x - head.x;
  const dy = target.y - head.y;
  const dz = target.z - head.z;
  const d = Math.hypot(dx, dy, dz);
  if (d < 1e-6) return true;
  return (dx * look.x + dy * look.y + dz * look.z) / d >= Math.cos(angle);
}

export interface SpidersFrame {
  /** Metres from the person to the nearest spider (Infinity without one). */
  nearest: number;
  looking: boolean;
  /** Metres from the nearest tracked hand to the nearest spider; null with no hand tracked. */
  hand: number | null;
  onHand: boolean;
}

export function addSpidersFrame(tally: SpidersTally, frame: SpidersFrame, dt: number): void {
  tally.seconds += dt;
  if (frame.looking) tally.lookingSeconds += dt;
  if (frame.hand !== null) tally.closestHand = Math.min(tally.closestHand, frame.hand);
  if (frame.onHand) tally.handSeconds += dt;
  tally.sinceSample += dt;
  // Sampled at a steady rate, however fast frames come, so the window is always STAY_SECONDS.
  while (tally.sinceSample >= SAMPLE) {
    tally.sinceSample -= SAMPLE;
    tally.ring[tally.at] = frame.nearest;
    tally.at = (tally.at + 1) % SAMPLES;
    tally.filled = Math.min(SAMPLES, tally.filled + 1);
    if (tally.filled === SAMPLES) {
      let most = 0;
      for (let i = 0; i < SAMPLES; i++) most = Math.max(most, tally.ring[i] ?? 0);
      tally.closestStayed = Math.min(tally.closestStayed, most);
    }
  }
}

const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;

/** The measures to report: only those with something measured yet. */
export function spidersMeasures(tally: SpidersTally): Record<string, number> {
  const out: Record<string, number> = {};
  if (tally.seconds > 0) out.lookingShare = round((100 * tally.lookingSeconds) / tally.seconds, 1);
  if (Number.isFinite(tally.closestStayed)) out.closestStayed = round(tally.closestStayed, 2);
  if (Number.isFinite(tally.closestHand)) {
    out.closestHand = round(tally.closestHand, 2);
    out.handSeconds = round(tally.handSeconds, 1);
  }
  return out;
}
