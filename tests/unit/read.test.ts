// One read of a stored session: the state, figures, status, ratings and curve every reader shows.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/data/transfer/csv';
import { digestSession } from '../../src/domain/review/digest';
import type { SessionEvent } from '../../src/domain/session/events';
import { readSessionLog } from '../../src/domain/session/read';
import { logged } from './sessionLogs';

const SEC = 1000;
const T0 = Date.UTC(2026, 1, 3, 18);

const started = (level = 3): SessionEvent => ({
  type: 'started',
  at: T0,
  sceneId: 'heights',
  level,
  params: {},
  seed: 1,
  before: { sudsNow: 20, sudsExpected: 60, fearedOutcome: 'I freeze', likelihood: 70 },
  promptMinutes: 2,
});

/** Paused for a minute between its two ratings, one level up, finished and answered. */
const finished = () =>
  logged('p', [
    started(),
    { type: 'suds', at: T0 + 60 * SEC, suds: 40, prompted: true },
    { type: 'intensity', at: T0 + 90 * SEC, level: 4, params: {}, custom: false },
    { type: 'pause', at: T0 + 120 * SEC, reason: 'person' },
    { type: 'resume', at: T0 + 180 * SEC },
    { type: 'suds', at: T0 + 240 * SEC, suds: 70, prompted: false },
    { type: 'stop', at: T0 + 300 * SEC, early: false, via: 'finish-button' },
    { type: 'end', at: T0 + 330 * SEC, after: { sudsEnd: 30, likelihoodNow: 40 } },
  ]);

describe('reading a stored session', () => {
  it('reads a session with a pause, a level change, a stop and an end', () => {
    const { record, events } = finished();
    const read = readSessionLog(record, events);
    expect(read?.state.phase).toBe('ended');
    expect(read?.status).toBe('completed');
    expect(read?.progressStatus).toBe('completed');
    expect(read?.levels).toEqual({ min: 3, max: 4, lowestChange: 4 });
    expect(read?.where).toBe('desktop');
    expect(read?.summary).toMatchObject({
      baseline: 20,
      peak: 70,
      end: 30,
      dropPercent: 57.1,
      // Five minutes to the stop, less the minute paused.
      activeSeconds: 240,
      secondsAtLevel: [
        { level: 3, seconds: 90 },
        { level: 4, seconds: 150 },
      ],
      expectancyChange: -30,
      ratings: 2,
      status: 'completed',
    });
    expect(read?.curve).toEqual({
      points: read?.ratings,
      levels: [
        { from: 0, to: 90, level: 3 },
        { from: 90, to: 330, level: 4 },
      ],
      pacer: [],
      pauses: [{ from: 120, to: 180, reason: 'person' }],
      headset: [],
      stop: 300,
      length: 330,
    });
  });

  it('lists a rating after a pause at the time the curve draws it, its active time beside it', () => {
    const { record, events } = finished();
    const read = readSessionLog(record, events);
    // The table and the curve show the same ratings: the curve's points are the ratings.
    expect(read?.curve.points).toBe(read?.ratings);
    expect(read?.ratings.map((r) => [r.sinceStart, r.activeSeconds, r.level, r.mode])).toEqual([
      [60, 60, 3, 'desktop'],
      [240, 180, 4, 'desktop'],
    ]);
    // The curve's pause band lies between the two ratings, on the same clock.
    const [pause] = read?.curve.pauses ?? [];
    expect(pause && [pause.from, pause.to]).toEqual([120, 180]);
  });

  it('reads a log cut short: interrupted, its spans closed at the last event', () => {
    const { record, events } = logged('i', [
      started(),
      { type: 'xr-enter', at: T0 + 2 * SEC },
      { type: 'suds', at: T0 + 60 * SEC, suds: 50, prompted: false },
      { type: 'pause', at: T0 + 100 * SEC, reason: 'hidden' },
    ]);
    expect(record.status).toBe('interrupted');
    const read = readSessionLog(record, events);
    expect(read?.status).toBe('interrupted');
    expect(read?.progressStatus).toBe('interrupted');
    expect(read?.summary).toMatchObject({ activeSeconds: 100, end: 50, status: 'interrupted' });
    expect(read?.where).toBe('both');
    expect(read?.ratings.map((r) => r.mode)).toEqual(['xr']);
    expect(read?.curve).toMatchObject({
      pauses: [{ from: 100, to: 100, reason: 'hidden' }],
      headset: [{ from: 2, to: 100 }],
      stop: null,
      length: 100,
    });
  });

  it('counts an early stop left without the after-questions as an early stop for the ladder', () => {
    const { record, events } = logged('e', [
      started(),
      { type: 'suds', at: T0 + 60 * SEC, suds: 95, prompted: false },
      { type: 'intensity', at: T0 + 70 * SEC, level: 2, params: {}, custom: false },
      { type: 'stop', at: T0 + 90 * SEC, early: true, via: 'escape-key' },
    ]);
    const read = readSessionLog(record, events);
    expect(read?.status).toBe('interrupted');
    expect(read?.progressStatus).toBe('stopped-early');
    expect(read?.levels).toEqual({ min: 2, max: 3, lowestChange: 2 });
    expect(read?.curve.stop).toBe(90);
  });

  it('reads nothing from a log with no start: no digest, no CSV rows', () => {
    const { record, events } = finished();
    const headless = events.slice(1);
    expect(readSessionLog(record, headless)).toBeNull();
    expect(readSessionLog(record, [])).toBeNull();
    expect(digestSession({ record, events: headless })).toBeNull();
    expect(toCsv([{ record, events: headless }])).toBe(
      'session_id,started_at,scene,level,seconds_since_start,suds,prompted,pacer_on,mode\r\n',
    );
  });

  it('skips what comes before the start, as the CSV always has', () => {
    const { record, events } = finished();
    const stray = { ...events[1], seq: 0 } as (typeof events)[number];
    const read = readSessionLog(record, [stray, ...events]);
    expect(read?.ratings.map((r) => r.sinceStart)).toEqual([60, 240]);
    expect(toCsv([{ record, events: [stray, ...events] }])).toBe(toCsv([{ record, events }]));
  });
});
