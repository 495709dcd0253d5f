// The figures a session ends with, from its state. Pure.

import type { SessionStatus } from './events';
import { activeTime, type SessionState } from './machine';

export interface SessionSummary {
  /** SUDS before starting. */
  baseline: number;
  /** The highest SUDS of the session: before, during or at the end. */
  peak: number;
  /** SUDS at the end (the after-question), else the last rating given. */
  end: number;
  /** How far distress fell from the peak to the end, as a % of the peak; null when the peak is 0. */
  dropPercent: number | null;
  /** Whether the end was at or below half the peak (the habituation mark of the progress rule). */
  endAtOrBelowHalfPeak: boolean;
  expected: number;
  activeSeconds: number;
  /** Active seconds at each level, in the order of the levels. */
  secondsAtLevel: { level: number; seconds: number }[];
  /** Likelihood of the feared outcome after minus before, in points; negative when it fell. */
  expectancyChange: number | null;
  ratings: number;
  promptedRatings: number;
  skippedPrompts: number;
  status: SessionStatus;
}

/**
 * The status a session is in: `interrupted` when its record says so (recovery found it left
 * running), else as its log ends it.
 */
export function sessionStatus(state: SessionState, interrupted = false): SessionStatus {
  if (interrupted) return 'interrupted';
  if (state.phase === 'ended') return state.stop?.early ? 'stopped-early' : 'completed';
  return 'active';
}

/** `now` counts the current stretch of a session still running; ended sessions ignore it. */
export function summarize(state: SessionState, now: number, interrupted = false): SessionSummary {
  const all = [state.before.sudsNow, ...state.ratings.map((r) => r.suds)];
  if (state.after) all.push(state.after.sudsEnd);
  const peak = Math.max(...all);
  const end = state.after?.sudsEnd ?? state.ratings.at(-1)?.suds ?? state.before.sudsNow;
  const active = activeTime(state, now);
  const levelMs = { ...state.levelMs };
  if (state.phase === 'running' || state.phase === 'paused') {
    levelMs[state.level] = (levelMs[state.level] ?? 0) + (active - state.levelSince);
  }
  const before = state.before.likelihood;
  const after = state.after?.likelihoodNow;
  return {
    baseline: state.before.sudsNow,
    peak,
    end,
    dropPercent: peak === 0 ? null : Math.round(((peak - end) / peak) * 1000) / 10,
    endAtOrBelowHalfPeak: end <= peak / 2,
    expected: state.before.sudsExpected,
    activeSeconds: Math.round(active / 1000),
    secondsAtLevel: Object.entries(levelMs)
      .map(([level, ms]) => ({ level: Number(level), seconds: Math.round(ms / 1000) }))
      .filter((l) => l.seconds > 0)
      .sort((a, b) => a.level - b.level),
    expectancyChange: before !== undefined && after !== undefined ? after - before : null,
    ratings: state.ratings.length,
    promptedRatings: state.ratings.filter((r) => r.prompted).length,
    skippedPrompts: state.skippedPrompts,
    status: sessionStatus(state, interrupted),
  };
}
