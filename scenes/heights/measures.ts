// What the heights scene observes, accumulated frame by frame from the head's pose. Pure.
import { edgeZ, overGlass } from './floor';
import type { HeightsParams } from './levels';

/** Looking down means the head pitched more than 30 degrees below the horizon. */
export const LOOK_DOWN_PITCH = (-30 * Math.PI) / 180;
/** The look-down task wants the gaze close to straight down. */
export const TASK_PITCH = (-60 * Math.PI) / 180;
export const TASK_SECONDS = 10;

export interface HeightsTally {
  seconds: number;
  lookingDownSeconds: number;
  /** Smallest distance from the head to the edge line; negative once past it. */
  closestToEdge: number;
  secondsBeyondEdge: number;
  /** The current unbroken stretch of looking straight down, for the task. */
  taskStreak: number;
  taskDone: boolean;
}

export function newTally(): HeightsTally {
  return {
    seconds: 0,
    lookingDownSeconds: 0,
    closestToEdge: Number.POSITIVE_INFINITY,
    secondsBeyondEdge: 0,
    taskStreak: 0,
    taskDone: false,
  };
}

/** The tally after `dt` seconds with the head at (x, z), pitched by `pitch` radians. */
export function tally(
  t: HeightsTally,
  params: HeightsParams,
  dt: number,
  z: number,
  pitch: number,
): HeightsTally {
  // A long stall (tab hidden, headset off) is not time spent looking.
  const step = Math.min(dt, 0.25);
  const toEdge = z - edgeZ(params);
  const beyond = toEdge < 0 || overGlass(params, z);
  const straightDown = pitch <= TASK_PITCH;
  const taskStreak = params.lookDownTask && !t.taskDone && straightDown ? t.taskStreak + step : 0;
  return {
    seconds: t.seconds + step,
    lookingDownSeconds: t.lookingDownSeconds + (pitch <= LOOK_DOWN_PITCH ? step : 0),
    closestToEdge: Math.min(t.closestToEdge, toEdge),
    secondsBeyondEdge: t.secondsBeyondEdge + (beyond ? step : 0),
    taskStreak,
    taskDone: t.taskDone || (params.lookDownTask && taskStreak >= TASK_SECONDS),
  };
}

/** The figures reported to the session. */
export function heightsMeasures(t: HeightsTally): Record<string, number> {
  return {
    lookDownShare: t.seconds > 0 ? Math.round((t.lookingDownSeconds / t.seconds) * 1000) / 10 : 0,
    closestToEdge: Number.isFinite(t.closestToEdge) ? Math.round(t.closestToEdge * 100) / 100 : 0,
    secondsBeyondEdge: Math.round(t.secondsBeyondEdge * 10) / 10,
    lookDownTaskDone: t.taskDone ? 1 : 0,
  };
}
