// One session's distress curve as chart data: ratings over time with the levels, pacer time,
// pauses and headset time behind them. Times are seconds since the start, on the clock. Pure.
import type { PauseReason, StoredEvent } from '../session/events';

export interface CurvePoint {
  t: number;
  suds: number;
  prompted: boolean;
  level: number;
}

export interface Span {
  from: number;
  to: number;
}

export interface SessionCurve {
  points: CurvePoint[];
  levels: (Span & { level: number })[];
  pacer: Span[];
  pauses: (Span & { reason: PauseReason })[];
  headset: Span[];
  /** When the person stopped, if they did. */
  stop: number | null;
  /** Seconds from the start to the last event. */
  length: number;
}

export function sessionCurve(events: readonly StoredEvent[]): SessionCurve {
  const start = events[0]?.at ?? 0;
  const t = (at: number) => Math.max(0, (at - start) / 1000);
  const curve: SessionCurve = {
    points: [],
    levels: [],
    pacer: [],
    pauses: [],
    headset: [],
    stop: null,
    length: t(events.at(-1)?.at ?? start),
  };
  let level = { from: 0, level: 1 };
  let pacerFrom: number | null = null;
  let pause: { from: number; reason: PauseReason } | null = null;
  let headsetFrom: number | null = null;
  for (const e of events) {
    const now = t(e.at);
    switch (e.type) {
      case 'started':
        level = { from: 0, level: e.level };
        if (e.mode === 'xr') headsetFrom = 0;
        break;
      case 'intensity':
        if (e.level !== level.level) {
          curve.levels.push({ from: level.from, to: now, level: level.level });
          level = { from: now, level: e.level };
        }
        break;
      case 'suds':
        curve.points.push({ t: now, suds: e.suds, prompted: e.prompted, level: level.level });
        break;
      case 'pacer':
        if (e.visible && pacerFrom === null) pacerFrom = now;
        if (!e.visible && pacerFrom !== null) {
          curve.pacer.push({ from: pacerFrom, to: now });
          pacerFrom = null;
        }
        break;
      case 'pause':
        pause = { from: now, reason: e.reason };
        break;
      case 'resume':
        if (pause) curve.pauses.push({ ...pause, to: now });
        pause = null;
        break;
      case 'xr-enter':
        headsetFrom ??= now;
        break;
      case 'xr-exit':
        if (headsetFrom !== null) curve.headset.push({ from: headsetFrom, to: now });
        headsetFrom = null;
        break;
      case 'stop':
        curve.stop = now;
        break;
      default:
        break;
    }
  }
  const end = curve.length;
  curve.levels.push({ from: level.from, to: end, level: level.level });
  if (pacerFrom !== null) curve.pacer.push({ from: pacerFrom, to: end });
  if (pause) curve.pauses.push({ ...pause, to: end });
  if (headsetFrom !== null) curve.headset.push({ from: headsetFrom, to: end });
  return curve;
}
