// Breathing patterns and the pacer's phase. Pure: the phase is a function of elapsed time and
// pattern alone, so the desktop ring, the headset ring, the tone and the haptics all agree, and
// nothing accumulates that could drift over a long session.

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

const PARTS = ['inhale', 'holdIn', 'exhale', 'holdOut'] as const;
const PART_LABEL: Record<(typeof PARTS)[number], string> = {
  inhale: 'In',
  holdIn: 'Hold after in',
  exhale: 'Out',
  holdOut: 'Hold after out',
};

export function cycleSeconds(p: BreathTimings): number {
  return p.inhale + p.holdIn + p.exhale + p.holdOut;
}

export function breathsPerMinute(p: BreathTimings): number {
  return 60 / cycleSeconds(p);
}

/** A rate as people say it: "6", "4.6". */
export function formatRate(perMinute: number): string {
  return perMinute.toFixed(1).replace(/\.0$/, '');
}

const seconds = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)}`;

/** The pattern's name as the person sees it. */
export function patternName(p: BreathPattern): string {
  switch (p.id) {
    case 'resonance':
      return 'Resonance, 6 a minute';
    case 'box':
      return 'Box 4-4-4-4';
    case '4-7-8':
      return '4-7-8';
    case 'custom':
      return `Custom ${PARTS.map((k) => seconds(p[k])).join('-')}`;
  }
}

/** What the pattern is, in a short line for a chooser. */
export function patternDescription(p: BreathPattern): string {
  const parts = PARTS.filter((k) => p[k] > 0).map((k) => `${PART_LABEL[k]} ${seconds(p[k])} s`);
  return `${parts.join(', ')} · ${formatRate(breathsPerMinute(p))} a minute`;
}

/** Why these timings cannot be a custom pattern, in words; null when they can. */
export function customProblem(t: BreathTimings): string | null {
  for (const key of PARTS) {
    const value = t[key];
    const limits = key === 'inhale' || key === 'exhale' ? CUSTOM_LIMITS.breath : CUSTOM_LIMITS.hold;
    const label = PART_LABEL[key];
    if (typeof value !== 'number' || !Number.isFinite(value))
      return `${label}: enter a number of seconds.`;
    if (value < limits.min) return `${label}: ${seconds(value)} s is below ${limits.min} s.`;
    if (value > limits.max) return `${label}: ${seconds(value)} s is above ${limits.max} s.`;
    if (Math.round(value / CUSTOM_LIMITS.step) * CUSTOM_LIMITS.step !== value)
      return `${label}: use whole or half seconds.`;
  }
  const rate = breathsPerMinute(t);
  const { min, max } = CUSTOM_LIMITS.perMinute;
  if (rate < min || rate > max) {
    return `That is ${formatRate(rate)} breaths a minute; choose timings that give ${min} to ${max} (one whole breath of ${60 / max} to ${60 / min} s).`;
  }
  return null;
}

/** Why this cannot be a breathing pattern, in words; null when it can. */
export function patternProblem(p: unknown): string | null {
  if (!p || typeof p !== 'object') return 'A breathing pattern is missing.';
  const pattern = p as BreathPattern;
  if (pattern.id === 'custom') return customProblem(pattern);
  if (!(pattern.id in PRESETS)) return `There is no breathing pattern called "${pattern.id}".`;
  const preset: BreathPattern = PRESETS[pattern.id];
  return PARTS.every((k) => pattern[k] === preset[k])
    ? null
    : `The ${patternName(preset)} pattern has other timings.`;
}

export function samePattern(a: BreathPattern, b: BreathPattern): boolean {
  return a.id === b.id && PARTS.every((k) => a[k] === b[k]);
}

export type BreathPart = 'in' | 'hold-in' | 'out' | 'hold-out';

export interface PacerPhase {
  part: BreathPart;
  word: 'In' | 'Hold' | 'Out';
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

const WORD: Record<BreathPart, PacerPhase['word']> = {
  in: 'In',
  'hold-in': 'Hold',
  out: 'Out',
  'hold-out': 'Hold',
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
