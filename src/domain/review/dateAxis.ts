// The date axis of the progress charts: whole local days from the first session's to the last's,
// with ticks at days, weeks, months or years, few enough to read, and each labelled as a date.
// A time scale left to itself labels one session with its raw timestamp and two on one day every
// 30 seconds. Pure; the labels are written for the locale given, the page's language.

export interface DateAxis {
  /** Midnight before the first session to midnight after the last, at least one day. */
  domain: [Date, Date];
  ticks: Date[];
  format: (tick: Date) => string;
}

/** At most this many labels fit on the chart's width. */
export const MAX_DATE_TICKS = 8;

type Interval = { unit: 'day' | 'month' | 'year'; step: number };

const INTERVALS: readonly Interval[] = [
  { unit: 'day', step: 1 },
  { unit: 'day', step: 2 },
  { unit: 'day', step: 7 },
  { unit: 'day', step: 14 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 2 },
  { unit: 'month', step: 3 },
  { unit: 'month', step: 6 },
  { unit: 'year', step: 1 },
  { unit: 'year', step: 2 },
  { unit: 'year', step: 5 },
  { unit: 'year', step: 10 },
  { unit: 'year', step: 25 },
];

const midnight = (t: number) => {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
};

/** The ticks of an interval inside [from, to]: a day's at its noon, so it names the day around it. */
function ticksOf({ unit, step }: Interval, from: Date, to: Date): Date[] {
  const ticks: Date[] = [];
  if (unit === 'day') {
    for (let i = 0; ; i += step) {
      const tick = new Date(
        from.getFullYear(),
        from.getMonth(),
        from.getDate() + i,
        step === 1 ? 12 : 0,
      );
      if (tick > to) break;
      ticks.push(tick);
    }
  } else if (unit === 'month') {
    const first = from.getFullYear() * 12 + from.getMonth() + (from.getDate() > 1 ? 1 : 0);
    for (let m = Math.ceil(first / step) * step; ; m += step) {
      const tick = new Date(Math.floor(m / 12), m % 12, 1);
      if (tick > to) break;
      ticks.push(tick);
    }
  } else {
    const first = from.getFullYear() + (from.getMonth() > 0 || from.getDate() > 1 ? 1 : 0);
    for (let y = Math.ceil(first / step) * step; ; y += step) {
      const tick = new Date(y, 0, 1);
      if (tick > to) break;
      ticks.push(tick);
    }
  }
  return ticks;
}

/** The axis for sessions started at `times` (epoch ms), labelled for `locale` (the page's language). */
export function dateAxis(times: readonly number[], locale: string): DateAxis {
  const first = midnight(times.length > 0 ? Math.min(...times) : Date.now());
  const lastDay = midnight(times.length > 0 ? Math.max(...times) : Date.now());
  const last = new Date(lastDay.getFullYear(), lastDay.getMonth(), lastDay.getDate() + 1);
  let chosen: { interval: Interval; ticks: Date[] } | null = null;
  for (const interval of INTERVALS) {
    const ticks = ticksOf(interval, first, last);
    // A coarser interval may leave a short range with a single tick or none: keep the finer one.
    if (ticks.length <= MAX_DATE_TICKS && (ticks.length >= 2 || interval.unit === 'day')) {
      chosen = { interval, ticks };
      break;
    }
  }
  const interval = chosen?.interval ?? { unit: 'year', step: 50 };
  const ticks = chosen?.ticks ?? ticksOf(interval, first, last);
  const options: Intl.DateTimeFormatOptions =
    interval.unit === 'year'
      ? { year: 'numeric' }
      : interval.unit === 'month'
        ? { month: 'short', year: 'numeric' }
        : first.getFullYear() === lastDay.getFullYear()
          ? { day: 'numeric', month: 'short' }
          : { day: 'numeric', month: 'short', year: 'numeric' };
  const words = new Intl.DateTimeFormat(locale, options);
  return { domain: [first, last], ticks, format: (tick) => words.format(tick) };
}
