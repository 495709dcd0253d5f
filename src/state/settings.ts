// The person's preferences, kept in this browser's local storage.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

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
export function settingProblem(key: keyof Settings, value: number): string | null {
  const { min, max } = settingLimits[key];
  if (!Number.isFinite(value)) return 'Enter a number.';
  if (value < min || value > max) return `Choose a value from ${min} to ${max}.`;
  if (key === 'promptMinutes' && !Number.isInteger(value))
    return 'Choose a whole number of minutes.';
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

interface SettingsStore extends Settings {
  set(key: keyof Settings, value: number): string | null;
}

export const useSettings = create<SettingsStore>()(
  persist(
    (setState) => ({
      ...defaultSettings,
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
      partialize: ({ soundVolume, lookSpeed, promptMinutes }) => ({
        soundVolume,
        lookSpeed,
        promptMinutes,
      }),
      merge: (stored, current) => ({ ...current, ...sanitizeSettings(stored) }),
    },
  ),
);
