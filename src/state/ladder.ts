// The ladder's React face: one zustand store over the steps in IndexedDB and each step's sessions.
// Every change is written first and shown after, so a failed write changes nothing on screen.
import { create } from 'zustand';
import { findScene } from '../../scenes/registry';
import { database } from '../data/database';
import { describeStorageError } from '../data/errors';
import {
  deleteStep,
  readStepHistory,
  readSteps,
  type StepHistoryEntry,
  saveSteps,
} from '../data/ladder';
import { newId } from '../domain/ids';
import {
  type LadderStep,
  ladderOf,
  moveStep,
  type StepDraft,
  startingLadder,
  stepProblem,
} from '../domain/ladder/ladder';
import { type Suggestion, suggestNext } from '../domain/ladder/progress';

export interface LadderStore {
  steps: LadderStep[];
  history: ReadonlyMap<string, StepHistoryEntry[]>;
  loaded: boolean;
  /** Why the ladder could not be read, for the person; null when it was. */
  problem: string | null;
  load(): Promise<void>;
  /** Each returns the problem in words, or null when the change was saved. */
  add(draft: StepDraft): Promise<string | null>;
  update(id: string, draft: StepDraft): Promise<string | null>;
  move(id: string, toIndex: number): Promise<string | null>;
  remove(id: string): Promise<string | null>;
  startFromLevels(sceneId: string): Promise<string | null>;
}

export const useLadder = create<LadderStore>()((set, get) => {
  // A later load wins: one that finishes after a newer one started is dropped.
  let loads = 0;
  /** Writes, then reloads what was written; a failure leaves the ladder as it was. */
  const change = async (write: () => Promise<void>): Promise<string | null> => {
    try {
      await write();
    } catch (error) {
      // Shown where the person acted; the store's own problem is for reading the ladder.
      return `Not saved: ${describeStorageError(error)}`;
    }
    await get().load();
    return get().problem;
  };
  const check = (draft: StepDraft): string | null => {
    const scene = findScene(draft.sceneId);
    return scene ? stepProblem(scene, draft) : `There is no scene called "${draft.sceneId}".`;
  };

  return {
    steps: [],
    history: new Map(),
    loaded: false,
    problem: null,
    async load() {
      const mine = ++loads;
      try {
        const db = database();
        const steps = await readSteps(db);
        const history = await readStepHistory(db, steps);
        if (mine === loads) set({ steps, history, loaded: true, problem: null });
      } catch (error) {
        if (mine === loads)
          set({
            loaded: true,
            problem: `Your ladder could not be read: ${describeStorageError(error)}`,
          });
      }
    },
    async add(draft) {
      const problem = check(draft);
      if (problem) return problem;
      const ladder = ladderOf(get().steps, draft.sceneId);
      const step: LadderStep = {
        ...draft,
        name: draft.name.trim(),
        id: newId(),
        position: ladder.length,
        createdAt: Date.now(),
      };
      return change(() => saveSteps(database(), [step]));
    },
    async update(id, draft) {
      const problem = check(draft);
      if (problem) return problem;
      const step = get().steps.find((s) => s.id === id);
      if (!step) return 'That step is no longer on your ladder.';
      return change(() => saveSteps(database(), [{ ...step, ...draft, name: draft.name.trim() }]));
    },
    async move(id, toIndex) {
      const step = get().steps.find((s) => s.id === id);
      if (!step) return 'That step is no longer on your ladder.';
      const moved = moveStep(ladderOf(get().steps, step.sceneId), id, toIndex);
      return change(async () => {
        await saveSteps(database(), moved);
        // Written: show the new order now rather than after the reload.
        const byId = new Map(moved.map((s) => [s.id, s]));
        set({ steps: get().steps.map((s) => byId.get(s.id) ?? s) });
      });
    },
    async remove(id) {
      return change(() => deleteStep(database(), id));
    },
    async startFromLevels(sceneId) {
      const scene = findScene(sceneId);
      if (!scene) return `There is no scene called "${sceneId}".`;
      if (ladderOf(get().steps, sceneId).length > 0) return 'This ladder already has steps.';
      return change(() => saveSteps(database(), startingLadder(scene, Date.now(), newId)));
    },
  };
});

/** The progress rule's suggestion for a step, from the sessions practised at it. */
export function suggestionFor(
  history: ReadonlyMap<string, StepHistoryEntry[]>,
  step: LadderStep,
): Suggestion {
  return suggestNext(history.get(step.id) ?? []);
}
