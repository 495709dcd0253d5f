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
  ladderIdOf,
  ladderOf,
  moveStep,
  type StepDraft,
  startingLadder,
  stepProblem,
} from '../domain/ladder/ladder';
import { type Suggestion, suggestNext } from '../domain/ladder/progress';
import { defineMessages, type Phrase, phrase } from '../domain/phrase';

const m = defineMessages({
  gone: { id: 'ladder.gone', defaultMessage: 'That step is no longer on your ladder.' },
  notSaved: { id: 'ladder.notSaved', defaultMessage: 'Not saved: {problem}' },
  noScene: { id: 'ladder.noScene', defaultMessage: 'There is no scene called "{scene}".' },
  hasSteps: { id: 'ladder.hasSteps', defaultMessage: 'This ladder already has steps.' },
});

export interface LadderActions {
  /** Each returns the problem in words, or null when the change was saved. */
  add(draft: StepDraft): Promise<Phrase | null>;
  update(id: string, draft: StepDraft): Promise<Phrase | null>;
  move(id: string, toIndex: number): Promise<Phrase | null>;
  remove(id: string): Promise<Phrase | null>;
  startFromLevels(sceneId: string): Promise<Phrase | null>;
}

const gone = phrase(m.gone);

/** Writes; a failure is returned in words, shown where the person acted. */
async function change(write: () => Promise<Phrase | null>): Promise<Phrase | null> {
  try {
    return await write();
  } catch (error) {
    return phrase(m.notSaved, { problem: describeStorageError(error) });
  }
}

function check(draft: StepDraft): Phrase | null {
  const scene = findScene(draft.sceneId);
  return scene ? stepProblem(scene, draft) : phrase(m.noScene, { scene: draft.sceneId });
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
        return step ? moveStep(ladderOf(steps, ladderIdOf(step)), id, toIndex) : gone;
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
    if (!scene) return phrase(m.noScene, { scene: sceneId });
    return change(() =>
      changeSteps(database(), (steps) =>
        ladderOf(steps, sceneId).length > 0
          ? phrase(m.hasSteps)
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
