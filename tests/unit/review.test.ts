import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/domain/pacer/patterns';
import { say } from '../../src/domain/phrase';
import { dateAxis, MAX_DATE_TICKS } from '../../src/domain/review/dateAxis';
import {
  digestSession,
  filterDigests,
  type LoggedSession,
  noFilter,
} from '../../src/domain/review/digest';
import { progressByScene, progressLine } from '../../src/domain/review/progress';
import { readSessionLog } from '../../src/domain/session/read';
import { english, intlFor } from './intl';
import { logged } from './sessionLogs';

const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 5, 17);

function session(id: string, start: number, peak: number, end: number, level = 5): LoggedSession {
  return logged(id, [
    {
      type: 'started',
      at: start,
      sceneId: 'heights',
      level,
      params: {},
      seed: 1,
      before: { sudsNow: 20, sudsExpected: 70, fearedOutcome: 'I fall', likelihood: 70 },
      promptMinutes: 2,
    },
    { type: 'suds', at: start + MIN, suds: peak, prompted: true },
    { type: 'stop', at: start + 2 * MIN, early: false, via: 'finish-button' },
    { type: 'end', at: start + 3 * MIN, after: { sudsEnd: end, likelihoodNow: 30 } },
  ]);
}

describe('the session list', () => {
  it('digests a session: levels, duration, where, baseline, peak, end, status', () => {
    const log = logged('a', [
      {
        type: 'started',
        at: T0,
        sceneId: 'heights',
        level: 3,
        params: {},
        seed: 1,
        before: { sudsNow: 15, sudsExpected: 60 },
        promptMinutes: 2,
      },
      { type: 'suds', at: T0 + MIN, suds: 50, prompted: false },
      { type: 'intensity', at: T0 + 2 * MIN, level: 5, params: {}, custom: false },
      { type: 'xr-enter', at: T0 + 3 * MIN },
      { type: 'suds', at: T0 + 4 * MIN, suds: 65, prompted: true },
      { type: 'stop', at: T0 + 5 * MIN, early: true, via: 'controller-hold' },
      { type: 'end', at: T0 + 6 * MIN, after: { sudsEnd: 30 } },
    ]);
    expect(digestSession(log)).toMatchObject({
      levels: { min: 3, max: 5 },
      seconds: 300,
      where: 'both',
      baseline: 15,
      peak: 65,
      end: 30,
      status: 'stopped-early',
      ratings: 2,
    });
  });

  it('filters by scene and by inclusive dates, newest first', () => {
    const digests = [session('a', T0, 60, 30), session('b', T0 + 2 * 86_400_000, 60, 30)].flatMap(
      (l) => digestSession(l) ?? [],
    );
    expect(filterDigests(digests, noFilter).map((d) => d.id)).toEqual(['b', 'a']);
    const day = new Date(T0);
    const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    expect(filterDigests(digests, { ...noFilter, from: iso, to: iso }).map((d) => d.id)).toEqual([
      'a',
    ]);
    expect(filterDigests(digests, { ...noFilter, sceneId: 'audience' })).toEqual([]);
  });
});

describe('one session as a curve', () => {
  it('puts ratings on the clock with levels, pacer time, pauses, headset time and the stop', () => {
    const { record, events } = logged('c', [
      {
        type: 'started',
        at: T0,
        sceneId: 'heights',
        level: 2,
        params: {},
        seed: 1,
        before: { sudsNow: 10, sudsExpected: 50 },
        promptMinutes: 2,
      },
      { type: 'suds', at: T0 + 30_000, suds: 40, prompted: false },
      { type: 'pacer', at: T0 + 60_000, visible: true, pattern: PRESETS.box },
      { type: 'intensity', at: T0 + 90_000, level: 3, params: {}, custom: false },
      { type: 'pacer', at: T0 + 120_000, visible: false },
      { type: 'pause', at: T0 + 150_000, reason: 'person' },
      { type: 'resume', at: T0 + 180_000 },
      { type: 'xr-enter', at: T0 + 200_000 },
      { type: 'suds', at: T0 + 210_000, suds: 60, prompted: true },
      { type: 'stop', at: T0 + 240_000, early: true, via: 'escape-key' },
    ]);
    expect(readSessionLog(record, events)?.curve).toEqual({
      points: [
        expect.objectContaining({ sinceStart: 30, suds: 40, prompted: false, level: 2 }),
        expect.objectContaining({ sinceStart: 210, suds: 60, prompted: true, level: 3 }),
      ],
      levels: [
        { from: 0, to: 90, level: 2 },
        { from: 90, to: 240, level: 3 },
      ],
      pacer: [{ from: 60, to: 120 }],
      pauses: [{ from: 150, to: 180, reason: 'person' }],
      headset: [{ from: 200, to: 240 }],
      stop: 240,
      length: 240,
    });
  });
});

describe('progress across sessions', () => {
  it('says in plain words how peak distress moved at the level practised most', () => {
    const logs = [70, 60, 50, 45, 40, 35].map((peak, i) =>
      session(`s${i}`, T0 + i * 86_400_000, peak, 20),
    );
    logs.push(session('other', T0 + 9 * 86_400_000, 90, 40, 7));
    const [heights] = progressByScene(logs.flatMap((l) => digestSession(l) ?? []));
    expect(heights && say(english, heights.line)).toBe(
      'Your peak distress at level 5 fell from 70 to 35 over 6 sessions.',
    );
    expect(heights?.points.map((p) => p.highestSoFar)).toEqual([5, 5, 5, 5, 5, 5, 7]);
    expect(heights?.points[0]?.likelihood).toEqual({ before: 70, after: 30 });
  });

  it('handles one session, a rise and no change', () => {
    const point = (peak: number) => ({
      startedAt: 0,
      peak,
      end: 10,
      dropPercent: null,
      level: 2,
      highestSoFar: 2,
      likelihood: null,
    });
    const line = (points: ReturnType<typeof point>[]) => say(english, progressLine(points));
    expect(line([])).toBe('No sessions yet.');
    expect(line([point(50)])).toBe('1 session so far; at level 2 your peak distress was 50.');
    expect(line([point(40), point(60)])).toBe(
      'Your peak distress at level 2 rose from 40 to 60 over 2 sessions.',
    );
    expect(line([point(40), point(40)])).toBe(
      'Your peak distress at level 2 stayed at 40 over 2 sessions.',
    );
  });

  it('says the line in the language of the page, counts and all', () => {
    const points = [70, 35].map((peak) => ({
      startedAt: 0,
      peak,
      end: 10,
      dropPercent: null,
      level: 5,
      highestSoFar: 5,
      likelihood: null,
    }));
    for (const locale of ['es', 'de'] as const) {
      const said = say(intlFor(locale), progressLine(points));
      expect(said).not.toBe(say(english, progressLine(points)));
      // Word order is the language's own: each figure is there, wherever it stands.
      for (const figure of ['5', '70', '35', '2']) expect(said.split(/\D+/)).toContain(figure);
    }
  });
});

describe('the date axis of the progress charts', () => {
  const DAY = 86_400_000;
  const labels = (times: number[]) => {
    const axis = dateAxis(times, 'en-GB');
    return axis.ticks.map(axis.format);
  };
  /** A label that names a time of day or a raw timestamp rather than a date. */
  const notADate = (label: string) => /\d:\d\d|T\d\d|Z$/.test(label);

  it('gives one session its day, whole, labelled with the date', () => {
    const at = new Date(2026, 11, 1, 19, 11, 43, 543).getTime();
    const axis = dateAxis([at], 'en-GB');
    expect(axis.domain).toEqual([new Date(2026, 11, 1), new Date(2026, 11, 2)]);
    expect(labels([at])).toEqual(['1 Dec']);
  });

  it('gives two sessions on one day that one day, not ticks every 30 seconds', () => {
    const at = new Date(2026, 11, 1, 9).getTime();
    expect(labels([at, at + 30_000, at + 45 * 60_000])).toEqual(['1 Dec']);
  });

  it('labels a week by day, a season by week, two years by month and ten by year', () => {
    const from = new Date(2024, 0, 1, 18).getTime();
    const span = (days: number) => labels([from, from + days * DAY]);
    expect(span(6)).toEqual(['1 Jan', '2 Jan', '3 Jan', '4 Jan', '5 Jan', '6 Jan', '7 Jan']);
    expect(span(60)[0]).toBe('1 Jan');
    expect(span(729)).toEqual([
      'Jan 2024',
      'Apr 2024',
      'Jul 2024',
      'Oct 2024',
      'Jan 2025',
      'Apr 2025',
      'Jul 2025',
      'Oct 2025',
    ]);
    expect(span(3649)).toEqual(['2024', '2026', '2028', '2030', '2032']);
    for (const days of [0, 1, 3, 10, 20, 45, 100, 200, 400, 1000, 5000, 20_000]) {
      const shown = span(days);
      expect(shown.length).toBeGreaterThanOrEqual(1);
      expect(shown.length).toBeLessThanOrEqual(MAX_DATE_TICKS);
      expect(shown.filter(notADate)).toEqual([]);
    }
  });

  it("labels the days, months and years in the page's language", () => {
    const at = new Date(2026, 11, 1, 19).getTime();
    const dayAxis = dateAxis([at], 'de');
    expect(dayAxis.ticks.map(dayAxis.format)).toEqual(['1. Dez.']);
    const months = dateAxis([at, at + 300 * DAY], 'es');
    expect(months.ticks.map(months.format)[0]).toMatch(/^ene 2027$|^dic 2026$/);
    expect(months.ticks.map(months.format).join(' ')).toMatch(/\bene\b/);
  });

  it('puts every tick inside the days shown', () => {
    const from = new Date(2025, 4, 17, 8).getTime();
    for (const days of [0, 2, 9, 33, 90, 500, 2000]) {
      const axis = dateAxis([from, from + days * DAY], 'en');
      for (const tick of axis.ticks) {
        expect(tick >= axis.domain[0] && tick <= axis.domain[1]).toBe(true);
      }
    }
  });
});
