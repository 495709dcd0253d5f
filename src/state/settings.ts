// The person's preferences, kept in this browser's local storage.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isLocale, type LanguageChoice } from '../domain/locale';
import { defineMessages, type Phrase, phrase } from '../domain/phrase';

const m = defineMessages({
  notANumber: { id: 'settings.problem.notANumber', defaultMessage: 'Enter a number.' },
  outOfRange: {
    id: 'settings.problem.outOfRange',
    defaultMessage: 'Choose a value from {min, number} to {max, number}.',
  },
  wholeMinutes: {
    id: 'settings.problem.wholeMinutes',
    defaultMessage: 'Choose a whole number of minutes.',
  },
});

export interface Settings {
  /** Loudness of scene sounds, 0 (silent) to 1. */
  soundVolume: number;
  /** How far the view turns when dragging on desktop, 0.5 (slow) to 2 (fast). */
  lookSpeed: number;
  /** Minutes between rating prompts during a session, 1 to 5. */
  promptMinutes: number;
}

export const settingLimits = {
  soundVolume: { min: 0, max: 1 },
  lookSpeed: { min: 0.5, max: 2 },
  promptMinutes: { min: 1, max: 5 },
} as const satisfies Record<keyof Settings, { min: number; max: number }>;

export const defaultSettings: Settings = { soundVolume: 0.7, lookSpeed: 1, promptMinutes: 2 };

/** Why a value cannot be used, or null when it can. */
export function settingProblem(key: keyof Settings, value: number): Phrase | null {
  const { min, max } = settingLimits[key];
  if (!Number.isFinite(value)) return phrase(m.notANumber);
  if (value < min || value > max) return phrase(m.outOfRange, { min, max });
  if (key === 'promptMinutes' && !Number.isInteger(value)) return phrase(m.wholeMinutes);
  return null;
}

/** Keeps only stored values that are still valid, so a damaged entry falls back to the default. */
export function sanitizeSettings(stored: unknown): Settings {
  const result = { ...defaultSettings };
  if (stored && typeof stored === 'object') {
    for (const key of Object.keys(settingLimits) as (keyof Settings)[]) {
      const value = (stored as Record<string, unknown>)[key];
      if (typeof value === 'number' && settingProblem(key, value) === null) result[key] = value;
    }
  }
  return result;
}

/** A stored language that is still one Foothold speaks, else the browser's. */
export function sanitizeLanguage(stored: unknown): LanguageChoice {
  const value =
    stored && typeof stored === 'object' ? (stored as { language?: unknown }).language : undefined;
  return isLocale(value) ? value : 'auto';
}

interface SettingsStore extends Settings {
  /** The page's language: one chosen in Settings, or 'auto' to follow the browser. */
  language: LanguageChoice;
  set(key: keyof Settings, value: number): Phrase | null;
  setLanguage(choice: LanguageChoice): void;
}

export const useSettings = create<SettingsStore>()(
  persist(
    (setState) => ({
      ...defaultSettings,
      language: 'auto',
      setLanguage: (language) => setState({ language }),
      set(key, value) {
        const problem = settingProblem(key, value);
        if (problem === null) setState({ [key]: value });
        return problem;
      },
    }),
    {
      name: 'foothold-settings',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ soundVolume, lookSpeed, promptMinutes, language }) => ({
        soundVolume,
        lookSpeed,
        promptMinutes,
        language,
      }),
      merge: (stored, current) => ({
        ...current,
        ...sanitizeSettings(stored),
        language: sanitizeLanguage(stored),
      }),
    },
  ),
);
