// Whether the person has read and confirmed the first-run screen, kept in local storage.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Raised when the screen says something new that a returning person must confirm again. */
export const FIRST_RUN_VERSION = 1;

interface FirstRunStore {
  /** The version of the screen the person confirmed, or 0 before they have. */
  confirmed: number;
  confirm(): void;
}

export const useFirstRun = create<FirstRunStore>()(
  persist(
    (set) => ({
      confirmed: 0,
      confirm: () => set({ confirmed: FIRST_RUN_VERSION }),
    }),
    {
      name: 'foothold-first-run',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ confirmed: s.confirmed }),
      // A damaged entry counts as not confirmed: the screen is shown again, which is safe.
      merge: (stored, current) => {
        const confirmed = (stored as { confirmed?: unknown } | undefined)?.confirmed;
        return {
          ...current,
          confirmed: typeof confirmed === 'number' && Number.isInteger(confirmed) ? confirmed : 0,
        };
      },
    },
  ),
);

export const hasConfirmed = (confirmed: number) => confirmed >= FIRST_RUN_VERSION;
