// The ladder's changes: each is checked, then written in one transaction over the ladder as stored.
// Pages read the ladder through a live query, so a change shows once it commits, and a failed
// write changes nothing on screen.
import { findScene } from '../../scenes/registry';
import { database } from '../data/database';
import { describeStorageError } from '../data/errors';
import { changeSteps, deleteStep, type StepHistoryEntry } from '../data/ladder';
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

export interface LadderActions {
  /** Each returns the problem in words, or null when the change was saved. */
  add(draft: StepDraft): Promise<string | null>;
  update(id: string, draft: StepDraft): Promise<string | null>;
  move(id: string, toIndex: number): Promise<string | null>;
  remove(id: string): Promise<string | null>;
  startFromLevels(sceneId: string): Promise<string | null>;
}

const gone = 'That step is no longer on your ladder.';

/** Writes; a failure is returned in words, shown where the person acted. */
async function change(write: () => Promise<string | null>): Promise<string | null> {
  try {
    return await write();
  } catch (error) {
    return `Not saved: ${describeStorageError(error)}`;
  }
}

function check(draft: StepDraft): string | null {
  const scene = findScene(draft.sceneId);
  return scene ? stepProblem(scene, draft) : `There is no scene called "${draft.sceneId}".`;
}

export const ladderActions: LadderActions = {
  async add(draft) {
    const problem = check(draft);
    if (problem) return problem;
    const id = newId();
    const createdAt = Date.now();
    return change(() =>
      changeSteps(database(), (steps) => [
        {
          ...draft,
          name: draft.name.trim(),
          id,
          position: ladderOf(steps, draft.sceneId).length,
          createdAt,
        },
      ]),
    );
  },
  async update(id, draft) {
    const problem = check(draft);
    if (problem) return problem;
    return change(() =>
      changeSteps(database(), (steps) => {
        const step = steps.find((s) => s.id === id);
        return step ? [{ ...step, ...draft, name: draft.name.trim() }] : gone;
      }),
    );
  },
  async move(id, toIndex) {
    return change(() =>
      changeSteps(database(), (steps) => {
        const step = steps.find((s) => s.id === id);
        return step ? moveStep(ladderOf(steps, step.sceneId), id, toIndex) : gone;
      }),
    );
  },
  async remove(id) {
    return change(async () => {
      await deleteStep(database(), id);
      return null;
    });
  },
  async startFromLevels(sceneId) {
    const scene = findScene(sceneId);
    if (!scene) return `There is no scene called "${sceneId}".`;
    return change(() =>
      changeSteps(database(), (steps) =>
        ladderOf(steps, sceneId).length > 0
          ? 'This ladder already has steps.'
          : startingLadder(scene, Date.now(), newId),
      ),
    );
  },
};

/** The progress rule's suggestion for a step, from the sessions practised at it. */
export function suggestionFor(
  history: ReadonlyMap<string, StepHistoryEntry[]>,
  step: LadderStep,
): Suggestion {
  return suggestNext(history.get(step.id) ?? []);
}
