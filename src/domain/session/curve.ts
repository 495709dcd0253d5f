// One session's distress curve as chart data: ratings over time with the levels, pacer time,
// pauses and headset time behind them. Times are seconds since the start, on the clock (pauses
// included). Built by readSessionLog (read.ts) in its one pass over the log. Pure.
import type { PauseReason } from './events';

/** A rating as the curve draws it: the ratings of the session read, themselves. */
export interface CurvePoint {
  sinceStart: number;
  suds: number;
  prompted: boolean;
  level: number;
}

export interface Span {
  from: number;
  to: number;
}

export interface SessionCurve {
  points: readonly CurvePoint[];
  levels: (Span & { level: number })[];
  pacer: Span[];
  pauses: (Span & { reason: PauseReason })[];
  headset: Span[];
  /** When the person stopped, if they did. */
  stop: number | null;
  /** Seconds from the start to the last event. */
  length: number;
}
