// A stored session read back: its record and log replayed once into all that the review list, the
// session page, the ladder's history, the progress rule and the CSV show of it. Pure.
import type { SessionCurve } from './curve';
import type { Mode, PauseReason, SessionRecord, SessionStatus, StoredEvent } from './events';
import { apply, type Rating, type SessionState } from './machine';
import { type SessionSummary, summarize } from './summary';

/** A session's record with its log, events in seq order. */
export interface LoggedSession {
  record: SessionRecord;
  events: StoredEvent[];
}

export type Where = 'desktop' | 'headset' | 'both';

/** A rating as stored: the machine's rating and where the person was when they gave it. */
export interface ReadRating extends Rating {
  mode: Mode;
}

/** Something the paired companion did, at seconds since the start, as the log says it. */
export type CompanionAct =
  | { at: number; act: 'asked-rating' | 'paused' | 'resumed' | 'stopped' | 'pacer-hidden' }
  | { at: number; act: 'level'; level: number }
  | { at: number; act: 'pacer-shown' };

function companionAct(e: StoredEvent, at: number): CompanionAct | undefined {
  switch (e.type) {
    case 'rating-asked':
      return { at, act: 'asked-rating' };
    case 'intensity':
      return e.by === 'companion' ? { at, act: 'level', level: e.level } : undefined;
    case 'pacer':
      return e.by === 'companion'
        ? { at, act: e.visible ? 'pacer-shown' : 'pacer-hidden' }
        : undefined;
    case 'pause':
      return e.by === 'companion' ? { at, act: 'paused' } : undefined;
    case 'resume':
      return e.by === 'companion' ? { at, act: 'resumed' } : undefined;
    case 'stop':
      return e.via === 'companion' ? { at, act: 'stopped' } : undefined;
    default:
      return undefined;
  }
}

export interface SessionRead {
  record: SessionRecord;
  /** The state the log ends in. */
  state: SessionState;
  /** The figures: active time up to the record's end, or its last event while still running. */
  summary: SessionSummary;
  /** As the record has it when interrupted, else as the log ends the session. */
  status: SessionStatus;
  /** What the progress rule counts: an early stop left without the after-questions is an early stop. */
  progressStatus: SessionStatus;
  /** Every rating in the order given, each with its clock time and its active time. */
  ratings: ReadRating[];
  /** The chart data; its points are `ratings` themselves. */
  curve: SessionCurve;
  /** The lowest and highest level run at, and the lowest the intensity was changed to (or null). */
  levels: { min: number; max: number; lowestChange: number | null };
  where: Where;
  /** What the companion did, in order; empty when no one was paired or they did nothing. */
  companion: CompanionAct[];
}

/**
 * Reads one stored session in a single pass over its log.
 *
 * Time base: a time is seconds since the `started` event on the device clock, pauses included: a
 * rating's `sinceStart`, everything on the curve, the CSV's `seconds_since_start`. A time that
 * leaves pauses out says so in its name: a rating's `activeSeconds`, the summary's `activeSeconds`
 * and `secondsAtLevel`.
 *
 * Events before `started` are skipped (a log without its start has no level or clock to place
 * them on); null when there is no `started` at all.
 */
export function readSessionLog(
  record: SessionRecord,
  events: readonly StoredEvent[],
): SessionRead | null {
  let state: SessionState | null = null;
  const ratings: ReadRating[] = [];
  const curve: SessionCurve = {
    points: ratings,
    levels: [],
    pacer: [],
    pauses: [],
    headset: [],
    stop: null,
    length: 0,
  };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let lowestChange: number | null = null;
  let onScreen = false;
  let inHeadset = false;
  let level = { from: 0, level: 1 };
  let pacerFrom: number | null = null;
  let pause: { from: number; reason: PauseReason } | null = null;
  let headsetFrom: number | null = null;
  let start = 0;
  let now = 0;
  const companion: CompanionAct[] = [];
  for (const e of events) {
    if (!state && e.type !== 'started') continue;
    state = apply(state, e);
    if (e.mode === 'xr') inHeadset = true;
    else onScreen = true;
    if (e.type === 'started') start = e.at;
    now = Math.max(0, (e.at - start) / 1000);
    const act = companionAct(e, now);
    if (act) companion.push(act);
    switch (e.type) {
      case 'started':
        level = { from: 0, level: e.level };
        if (e.mode === 'xr') headsetFrom = 0;
        min = Math.min(min, e.level);
        max = Math.max(max, e.level);
        break;
      case 'intensity':
        min = Math.min(min, e.level);
        max = Math.max(max, e.level);
        lowestChange = Math.min(lowestChange ?? e.level, e.level);
        if (e.level !== level.level) {
          curve.levels.push({ from: level.from, to: now, level: level.level });
          level = { from: now, level: e.level };
        }
        break;
      case 'suds': {
        // A literal, not a spread: spreading every rating of two years' log doubled its read.
        const r = state.ratings[state.ratings.length - 1];
        if (r)
          ratings.push({
            at: r.at,
            suds: r.suds,
            prompted: r.prompted,
            sinceStart: r.sinceStart,
            activeSeconds: r.activeSeconds,
            level: r.level,
            pacer: r.pacer,
            mode: e.mode,
          });
        break;
      }
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
  if (!state) return null;
  // The last event read is the end of the curve: the time of every span still open.
  const end = now;
  curve.length = end;
  curve.levels.push({ from: level.from, to: end, level: level.level });
  if (pacerFrom !== null) curve.pacer.push({ from: pacerFrom, to: end });
  if (pause) curve.pauses.push({ ...pause, to: end });
  if (headsetFrom !== null) curve.headset.push({ from: headsetFrom, to: end });

  const summary = summarize(
    state,
    record.endedAt ?? events.at(-1)?.at ?? record.startedAt,
    record.status === 'interrupted',
  );
  const status = summary.status;
  return {
    record,
    state,
    summary,
    status,
    progressStatus: status === 'interrupted' && state.stop?.early ? 'stopped-early' : status,
    ratings,
    curve,
    levels: { min, max, lowestChange },
    where: inHeadset && onScreen ? 'both' : inHeadset ? 'headset' : 'desktop',
    companion,
  };
}
