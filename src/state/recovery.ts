// Start-up recovery: sessions left active by a closed tab, a crash or a killed browser become
// interrupted, and the home page offers to view them.
import { create } from 'zustand';
import { database } from '../data/database';
import { describeStorageError } from '../data/errors';
import { isRunningElsewhere } from '../data/liveness';
import { dismissInterrupted, recoverInterrupted } from '../data/sessions';
import type { SessionRecord } from '../domain/session/events';

interface RecoveryStore {
  /** Interrupted sessions whose notice the person has not dismissed, newest first. */
  interrupted: SessionRecord[];
  problem: string | null;
  run(): Promise<void>;
  dismiss(id: string): Promise<void>;
}

export const useRecovery = create<RecoveryStore>()((set, get) => ({
  interrupted: [],
  problem: null,
  async run() {
    try {
      const db = database();
      await recoverInterrupted(db, isRunningElsewhere);
      const interrupted = await db.sessions.where('status').equals('interrupted').toArray();
      set({
        interrupted: interrupted
          .filter((s) => !s.noticeDismissed)
          .sort((a, b) => b.startedAt - a.startedAt),
        problem: null,
      });
    } catch (error) {
      set({ problem: describeStorageError(error) });
    }
  },
  async dismiss(id) {
    set({ interrupted: get().interrupted.filter((s) => s.id !== id) });
    try {
      await dismissInterrupted(database(), id);
    } catch (error) {
      set({ problem: describeStorageError(error) });
    }
  },
}));
