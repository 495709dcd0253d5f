// Breathing patterns and the pacer's phase. Pure: the phase is a function of elapsed time and
// pattern alone, so the desktop ring, the headset ring, the tone and the haptics all agree, and
// nothing accumulates that could drift over a long session.
import { defineMessages, type Phrase, phrase, type Text, type Words } from '../phrase';

export type PatternId = 'resonance' | 'box' | '4-7-8' | 'custom';

/** The four parts of one breath, in seconds. Logged with the session as it is. */
export interface BreathPattern {
  id: PatternId;
  inhale: number;
  holdIn: number;
  exhale: number;
  holdOut: number;
}

export type BreathTimings = Omit<BreathPattern, 'id'>;

export const PRESETS = {
  resonance: { id: 'resonance', inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
  box: { id: 'box', inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 },
  '4-7-8': { id: '4-7-8', inhale: 4, holdIn: 7, exhale: 8, holdOut: 0 },
} as const satisfies Record<Exclude<PatternId, 'custom'>, BreathPattern>;

export const DEFAULT_PATTERN: BreathPattern = PRESETS.resonance;
export const DEFAULT_CUSTOM: BreathPattern = {
  id: 'custom',
  inhale: 5,
  holdIn: 0,
  exhale: 5,
  holdOut: 0,
};

export const PATTERN_IDS: readonly PatternId[] = ['resonance', 'box', '4-7-8', 'custom'];

/** The custom pattern's limits: whole or half seconds, 4 to 10 breaths a minute. */
export const CUSTOM_LIMITS = {
  breath: { min: 1, max: 12 },
  hold: { min: 0, max: 10 },
  perMinute: { min: 4, max: 10 },
  step: 0.5,
} as const;

const m = defineMessages({
  resonance: { id: 'pacer.pattern.resonance', defaultMessage: 'Resonance, 6 a minute' },
  box: {
    id: 'pacer.pattern.box',
    defaultMessage: 'Box 4-4-4-4',
    description: 'Box breathing: in, hold, out, hold, 4 seconds each',
  },
  fourSevenEight: {
    id: 'pacer.pattern.fourSevenEight',
    defaultMessage: '4-7-8',
    description: 'The 4-7-8 breathing pattern: in 4 s, hold 7 s, out 8 s',
  },
  custom: {
    id: 'pacer.pattern.custom',
    defaultMessage: 'Custom {inhale, number}-{holdIn, number}-{exhale, number}-{holdOut, number}',
    description: "The person's own breathing pattern, named by its seconds in, hold, out, hold",
  },
  inhale: {
    id: 'pacer.part.inhale',
    defaultMessage: 'In',
    description: 'The part of a breath spent breathing in (a field for its seconds)',
  },
  holdIn: {
    id: 'pacer.part.holdIn',
    defaultMessage: 'Hold after in',
    description: 'The pause with full lungs, after breathing in',
  },
  exhale: {
    id: 'pacer.part.exhale',
    defaultMessage: 'Out',
    description: 'The part of a breath spent breathing out (a field for its seconds)',
  },
  holdOut: {
    id: 'pacer.part.holdOut',
    defaultMessage: 'Hold after out',
    description: 'The pause with empty lungs, after breathing out',
  },
  partSeconds: {
    id: 'pacer.partSeconds',
    defaultMessage: '{part} {seconds, number} s',
    description: 'A part of a breath and its length, e.g. "In 4 s"',
  },
  description: {
    id: 'pacer.patternDescription',
    defaultMessage: '{parts} · {rate, number} a minute',
    description:
      'A breathing pattern in short, e.g. "In 4 s, Out 6 s · 6 a minute" (breaths a minute)',
  },
  notANumber: {
    id: 'pacer.problem.notANumber',
    defaultMessage: '{part}: enter a number of seconds.',
  },
  below: {
    id: 'pacer.problem.below',
    defaultMessage: '{part}: {value, number} s is below {min, number} s.',
  },
  above: {
    id: 'pacer.problem.above',
    defaultMessage: '{part}: {value, number} s is above {max, number} s.',
  },
  halfSeconds: {
    id: 'pacer.problem.halfSeconds',
    defaultMessage: '{part}: use whole or half seconds.',
  },
  rate: {
    id: 'pacer.problem.rate',
    defaultMessage:
      'That is {rate, plural, one {# breath} other {# breaths}} a minute; choose timings that give {min, number} to {max, number} (one whole breath of {shortest, number} to {longest, number} s).',
  },
  missing: { id: 'pacer.problem.missing', defaultMessage: 'A breathing pattern is missing.' },
  unknown: {
    id: 'pacer.problem.unknown',
    defaultMessage: 'There is no breathing pattern called "{id}".',
  },
  otherTimings: {
    id: 'pacer.problem.otherTimings',
    defaultMessage: 'The {name} pattern has other timings.',
  },
  wordIn: {
    id: 'pacer.word.in',
    defaultMessage: 'In',
    description: 'Shown large in the breathing pacer while the person breathes in: "breathe in"',
  },
  wordHold: {
    id: 'pacer.word.hold',
    defaultMessage: 'Hold',
    description: 'Shown large in the breathing pacer during a pause: "hold your breath"',
  },
  wordOut: {
    id: 'pacer.word.out',
    defaultMessage: 'Out',
    description: 'Shown large in the breathing pacer while the person breathes out: "breathe out"',
  },
});

const PARTS = ['inhale', 'holdIn', 'exhale', 'holdOut'] as const;

/** Each part of a breath by name, as a field for its seconds is labelled. */
export const PART_NAMES: Readonly<Record<(typeof PARTS)[number], Text>> = {
  inhale: m.inhale,
  holdIn: m.holdIn,
  exhale: m.exhale,
  holdOut: m.holdOut,
};

export function cycleSeconds(p: BreathTimings): number {
  return p.inhale + p.holdIn + p.exhale + p.holdOut;
}

export function breathsPerMinute(p: BreathTimings): number {
  return 60 / cycleSeconds(p);
}

/** A rate as people say it, to a tenth: 6, 4.6. */
export function roundRate(perMinute: number): number {
  return Math.round(perMinute * 10) / 10;
}

/** Seconds as the pacer writes them: whole or to a tenth. */
const seconds = (n: number) => Math.round(n * 10) / 10;

/** The pattern's name as the person sees it. */
export function patternName(p: BreathPattern): Phrase {
  switch (p.id) {
    case 'resonance':
      return phrase(m.resonance);
    case 'box':
      return phrase(m.box);
    case '4-7-8':
      return phrase(m.fourSevenEight);
    case 'custom':
      return phrase(m.custom, {
        inhale: seconds(p.inhale),
        holdIn: seconds(p.holdIn),
        exhale: seconds(p.exhale),
        holdOut: seconds(p.holdOut),
      });
  }
}

/** What the pattern is, in a short line for a chooser: "In 4 s, Out 6 s · 6 a minute". */
export function patternDescription(intl: Words, p: BreathTimings): string {
  const parts = PARTS.filter((k) => p[k] > 0).map((k) =>
    intl.formatMessage(m.partSeconds, {
      part: intl.formatMessage(PART_NAMES[k]),
      seconds: seconds(p[k]),
    }),
  );
  // A list of measures, as a language writes one ("a, b, c" in English, "a, b und c" in German).
  return intl.formatMessage(m.description, {
    parts: intl.formatList(parts, { type: 'unit', style: 'short' }),
    rate: roundRate(breathsPerMinute(p)),
  });
}

/** Why these timings cannot be a custom pattern, in words; null when they can. */
export function customProblem(t: BreathTimings): Phrase | null {
  for (const key of PARTS) {
    const value = t[key];
    const limits = key === 'inhale' || key === 'exhale' ? CUSTOM_LIMITS.breath : CUSTOM_LIMITS.hold;
    const part = phrase(PART_NAMES[key]);
    if (typeof value !== 'number' || !Number.isFinite(value)) return phrase(m.notANumber, { part });
    if (value < limits.min)
      return phrase(m.below, { part, value: seconds(value), min: limits.min });
    if (value > limits.max)
      return phrase(m.above, { part, value: seconds(value), max: limits.max });
    if (Math.round(value / CUSTOM_LIMITS.step) * CUSTOM_LIMITS.step !== value)
      return phrase(m.halfSeconds, { part });
  }
  const rate = breathsPerMinute(t);
  const { min, max } = CUSTOM_LIMITS.perMinute;
  if (rate < min || rate > max) {
    return phrase(m.rate, {
      rate: roundRate(rate),
      min,
      max,
      shortest: 60 / max,
      longest: 60 / min,
    });
  }
  return null;
}

/** Why this cannot be a breathing pattern, in words; null when it can. */
export function patternProblem(p: unknown): Phrase | null {
  if (!p || typeof p !== 'object') return phrase(m.missing);
  const pattern = p as BreathPattern;
  if (pattern.id === 'custom') return customProblem(pattern);
  if (!(pattern.id in PRESETS)) return phrase(m.unknown, { id: String(pattern.id) });
  const preset: BreathPattern = PRESETS[pattern.id];
  return PARTS.every((k) => pattern[k] === preset[k])
    ? null
    : phrase(m.otherTimings, { name: patternName(preset) });
}

export function samePattern(a: BreathPattern, b: BreathPattern): boolean {
  return a.id === b.id && PARTS.every((k) => a[k] === b[k]);
}

export type BreathPart = 'in' | 'hold-in' | 'out' | 'hold-out';

export interface PacerPhase {
  part: BreathPart;
  /** What to do now, shown large: breathe in, hold, breathe out. */
  word: Text;
  /** How far through this part, 0 at its start to 1 at its end. */
  progress: number;
  /** Milliseconds into this part, and left of it. */
  msInto: number;
  msLeft: number;
  /** Whole seconds left in this part, as a countdown shows them (4, 3, 2, 1). */
  secondsLeft: number;
  /** Which breath this is since the pacer was shown, from 0. */
  breath: number;
  /** How full the lungs are: 0 (empty) to 1 (full), eased like a real breath. */
  fill: number;
}

const WORD: Readonly<Record<BreathPart, Text>> = {
  in: m.wordIn,
  'hold-in': m.wordHold,
  out: m.wordOut,
  'hold-out': m.wordHold,
};

/** Slow at both ends, quickest in the middle, as air moves in a calm breath. */
const ease = (x: number) => (1 - Math.cos(Math.PI * x)) / 2;

/**
 * Where in the pattern the breath is, `elapsedMs` after the pacer was shown (which starts an
 * in-breath). Parts are whole milliseconds and each call starts from zero, so an hour on, a breath
 * begins exactly at a multiple of the cycle.
 */
export function pacerPhase(elapsedMs: number, p: BreathTimings): PacerPhase {
  const parts: [BreathPart, number][] = [
    ['in', Math.round(p.inhale * 1000)],
    ['hold-in', Math.round(p.holdIn * 1000)],
    ['out', Math.round(p.exhale * 1000)],
    ['hold-out', Math.round(p.holdOut * 1000)],
  ];
  const cycle = parts.reduce((sum, [, ms]) => sum + ms, 0);
  // A clock set back shows the first breath rather than a negative time.
  const elapsed = Math.max(0, elapsedMs);
  const breath = Math.floor(elapsed / cycle);
  let t = elapsed - breath * cycle;
  for (const [part, ms] of parts) {
    if (ms === 0) continue;
    if (t < ms) {
      const progress = t / ms;
      const msLeft = ms - t;
      const fill =
        part === 'in'
          ? ease(progress)
          : part === 'out'
            ? 1 - ease(progress)
            : part === 'hold-in'
              ? 1
              : 0;
      return {
        part,
        word: WORD[part],
        progress,
        msInto: t,
        msLeft,
        secondsLeft: Math.ceil(msLeft / 1000 - 1e-9),
        breath,
        fill,
      };
    }
    t -= ms;
  }
  throw new Error('A breathing pattern needs a part longer than zero.');
}

/** The ring's scale at a given fill: never smaller than this, so an empty breath still shows. */
export const RING_MIN_SCALE = 0.4;

export function ringScale(fill: number): number {
  return RING_MIN_SCALE + (1 - RING_MIN_SCALE) * fill;
}
