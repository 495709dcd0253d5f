// What the review shows of each logged session, from the session read back: a small plain record,
// kept in the database beside the log (data/digests.ts) so the review never replays the log. Pure.

import type { SessionStatus } from '../session/events';
import { type LoggedSession, readSessionLog, type Where } from '../session/read';
import { type SsqChange, ssqChange } from '../ssq';

export type { LoggedSession, Where };

/**
 * What a digest holds and how it is read from a log. Raise it when either changes: a stored digest
 * of another version is stale, and the review reads that session's log again and stores it anew.
 */
export const DIGEST_VERSION = 1;

export interface SessionDigest {
  digestVersion: number;
  id: string;
  sceneId: string;
  startedAt: number;
  status: SessionStatus;
  /** The lowest and highest level the session was run at. */
  levels: { min: number; max: number };
  /** Active (unpaused) seconds. */
  seconds: number;
  where: Where;
  baseline: number;
  peak: number;
  end: number;
  dropPercent: number | null;
  endAtOrBelowHalfPeak: boolean;
  /** Likelihood of the feared outcome before and after, when both were given. */
  likelihood: { before: number; after: number } | null;
  ratings: number;
  /** The cybersickness check before and after, when both were answered. */
  ssq: SsqChange | null;
}

/** A session's digest, or null when its log cannot be read (it has no start). */
export function digestSession({ record, events }: LoggedSession): SessionDigest | null {
  const read = readSessionLog(record, events);
  if (!read) return null;
  const { state, summary } = read;
  const likelyBefore = state.before.likelihood;
  const likelyAfter = state.after?.likelihoodNow;
  return {
    digestVersion: DIGEST_VERSION,
    id: record.id,
    sceneId: record.sceneId,
    startedAt: record.startedAt,
    status: read.status,
    levels: { min: read.levels.min, max: read.levels.max },
    seconds: summary.activeSeconds,
    where: read.where,
    baseline: summary.baseline,
    peak: summary.peak,
    end: summary.end,
    dropPercent: summary.dropPercent,
    endAtOrBelowHalfPeak: summary.endAtOrBelowHalfPeak,
    likelihood:
      likelyBefore !== undefined && likelyAfter !== undefined
        ? { before: likelyBefore, after: likelyAfter }
        : null,
    ratings: summary.ratings,
    ssq: ssqChange(state.before.ssq, state.after?.ssq),
  };
}

export interface ReviewFilter {
  sceneId: string | null;
  /** Inclusive local dates as yyyy-mm-dd, or null for open-ended. */
  from: string | null;
  to: string | null;
}

export const noFilter: ReviewFilter = { sceneId: null, from: null, to: null };

/** Midnight at the start of a local date, as epoch ms. */
function localDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}

/** The digests the filter lets through, newest first. */
export function filterDigests(
  digests: readonly SessionDigest[],
  filter: ReviewFilter,
): SessionDigest[] {
  const from = filter.from ? localDay(filter.from) : Number.NEGATIVE_INFINITY;
  const to = filter.to ? localDay(filter.to) + 24 * 3600_000 : Number.POSITIVE_INFINITY;
  return digests
    .filter(
      (d) =>
        (filter.sceneId === null || d.sceneId === filter.sceneId) &&
        d.startedAt >= from &&
        d.startedAt < to,
    )
    .sort((a, b) => b.startedAt - a.startedAt);
}
