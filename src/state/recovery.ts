// Start-up recovery: sessions left active by a closed tab, a crash or a killed browser become
// interrupted. The home page reads the interrupted sessions through a live query, so what this
// marks, and what a notice's dismissal writes, shows once it commits.
import { create } from 'zustand';
import { database } from '../data/database';
import { describeStorageError } from '../data/errors';
import { isRunningElsewhere } from '../data/liveness';
import { dismissInterrupted, recoverInterrupted } from '../data/sessions';
import type { Phrase } from '../domain/phrase';

interface RecoveryStore {
  /** Why recovery or a dismissal failed, for the person; null while they work. */
  problem: Phrase | null;
  run(): Promise<void>;
  dismiss(id: string): Promise<void>;
}

export const useRecovery = create<RecoveryStore>()((set) => ({
  problem: null,
  async run() {
    try {
      await recoverInterrupted(database(), isRunningElsewhere);
      set({ problem: null });
    } catch (error) {
      set({ problem: describeStorageError(error) });
    }
  },
  async dismiss(id) {
    try {
      await dismissInterrupted(database(), id);
    } catch (error) {
      set({ problem: describeStorageError(error) });
    }
  },
}));
