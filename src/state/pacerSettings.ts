// The pacer's preferences: the chosen pattern, the person's own timings, tone and haptics. Kept in
// this browser's local storage, like the other settings.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  type BreathPattern,
  type BreathTimings,
  customProblem,
  DEFAULT_CUSTOM,
  DEFAULT_PATTERN,
  type PatternId,
  PRESETS,
  patternProblem,
} from '../domain/pacer/patterns';
import { defineMessages, type Phrase, phrase } from '../domain/phrase';

const m = defineMessages({
  notANumber: { id: 'pacer.volume.notANumber', defaultMessage: 'Enter a number.' },
  outOfRange: { id: 'pacer.volume.outOfRange', defaultMessage: 'Choose a volume from 0 to 100 %.' },
});

export interface PacerSettings {
  /** The pattern the pacer starts with, as last chosen. */
  pattern: BreathPattern;
  /** The person's own timings, kept while another pattern is chosen. */
  custom: BreathTimings;
  /** A soft tone with each breath; off until the person turns it on. */
  tone: boolean;
  toneVolume: number;
  /** A soft controller pulse at each in-breath, in the headset. */
  haptics: boolean;
}

export const defaultPacerSettings: PacerSettings = {
  pattern: DEFAULT_PATTERN,
  custom: {
    inhale: DEFAULT_CUSTOM.inhale,
    holdIn: DEFAULT_CUSTOM.holdIn,
    exhale: DEFAULT_CUSTOM.exhale,
    holdOut: DEFAULT_CUSTOM.holdOut,
  },
  tone: false,
  toneVolume: 0.4,
  haptics: true,
};

export const TONE_VOLUME = { min: 0, max: 1 } as const;

export function toneVolumeProblem(value: number): Phrase | null {
  if (!Number.isFinite(value)) return phrase(m.notANumber);
  if (value < TONE_VOLUME.min || value > TONE_VOLUME.max) return phrase(m.outOfRange);
  return null;
}

/** The pattern for an id: a preset, or the custom pattern with the person's timings. */
export function patternFor(id: PatternId, custom: BreathTimings): BreathPattern {
  return id === 'custom' ? { id, ...custom } : PRESETS[id];
}

/** Keeps only stored values that are still valid, so a damaged entry falls back to the default. */
export function sanitizePacerSettings(stored: unknown): PacerSettings {
  const result = { ...defaultPacerSettings };
  if (!stored || typeof stored !== 'object') return result;
  const s = stored as Record<string, unknown>;
  if (
    s.custom &&
    typeof s.custom === 'object' &&
    customProblem(s.custom as BreathTimings) === null
  ) {
    const { inhale, holdIn, exhale, holdOut } = s.custom as BreathTimings;
    result.custom = { inhale, holdIn, exhale, holdOut };
  }
  if (patternProblem(s.pattern) === null) {
    const p = s.pattern as BreathPattern;
    result.pattern = patternFor(p.id, p.id === 'custom' ? p : result.custom);
  }
  if (typeof s.tone === 'boolean') result.tone = s.tone;
  if (typeof s.toneVolume === 'number' && toneVolumeProblem(s.toneVolume) === null)
    result.toneVolume = s.toneVolume;
  if (typeof s.haptics === 'boolean') result.haptics = s.haptics;
  return result;
}

interface PacerSettingsStore extends PacerSettings {
  /** Chooses a pattern; custom timings are checked and kept. Returns why not, or null. */
  choose(pattern: BreathPattern): Phrase | null;
  setTone(on: boolean): void;
  setToneVolume(value: number): Phrase | null;
  setHaptics(on: boolean): void;
}

export const usePacerSettings = create<PacerSettingsStore>()(
  persist(
    (setState) => ({
      ...defaultPacerSettings,
      choose(pattern) {
        const problem = patternProblem(pattern);
        if (problem) return problem;
        const { inhale, holdIn, exhale, holdOut } = pattern;
        setState(
          pattern.id === 'custom'
            ? { pattern, custom: { inhale, holdIn, exhale, holdOut } }
            : { pattern },
        );
        return null;
      },
      setTone: (tone) => setState({ tone }),
      setToneVolume(toneVolume) {
        const problem = toneVolumeProblem(toneVolume);
        if (problem === null) setState({ toneVolume });
        return problem;
      },
      setHaptics: (haptics) => setState({ haptics }),
    }),
    {
      name: 'foothold-pacer',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ pattern, custom, tone, toneVolume, haptics }) => ({
        pattern,
        custom,
        tone,
        toneVolume,
        haptics,
      }),
      merge: (stored, current) => ({ ...current, ...sanitizePacerSettings(stored) }),
    },
  ),
);
