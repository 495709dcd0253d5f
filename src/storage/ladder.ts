// The ladder's steps in IndexedDB, and the sessions practised at each step.
import type { LadderStep } from '../ladder/ladder';
import type { StepSession } from '../ladder/progress';
import type { SessionRecord } from '../session/events';
import { replay } from '../session/machine';
import { summarize } from '../session/summary';
import type { FootholdDb } from './db';
import { readEvents } from './sessions';

export function readSteps(db: FootholdDb): Promise<LadderStep[]> {
  return db.steps.toArray();
}

/** Adds or changes steps together: a new ladder, an edit, or a new order. */
export async function saveSteps(db: FootholdDb, steps: readonly LadderStep[]): Promise<void> {
  await db.transaction('rw', db.steps, async () => {
    await db.steps.bulkPut([...steps]);
  });
}

/** Removes a step and renumbers the rest of its ladder. Its sessions stay in the log. */
export async function deleteStep(db: FootholdDb, id: string): Promise<void> {
  await db.transaction('rw', db.steps, async () => {
    const step = await db.steps.get(id);
    if (!step) return;
    await db.steps.delete(id);
    const rest = (await db.steps.where('sceneId').equals(step.sceneId).toArray()).sort(
      (a, b) => a.position - b.position,
    );
    await db.steps.bulkPut(rest.map((s, position) => ({ ...s, position })));
  });
}

/** One session at a step: what the progress rule reads, and what the step's history shows. */
export interface StepHistoryEntry extends StepSession {
  id: string;
  /** The step's name when the session started. */
  stepName: string;
  varied: boolean;
}

/** The sessions practised at each step, oldest first, read by the sessions' step index. */
export async function readStepHistory(
  db: FootholdDb,
  stepIds: readonly string[],
): Promise<Map<string, StepHistoryEntry[]>> {
  const history = new Map<string, StepHistoryEntry[]>(stepIds.map((id) => [id, []]));
  if (stepIds.length === 0) return history;
  await db.transaction('r', db.sessions, db.events, async () => {
    const records: SessionRecord[] = await db.sessions
      .where('stepId')
      .anyOf([...stepIds])
      .toArray();
    for (const record of records.sort((a, b) => a.startedAt - b.startedAt)) {
      const state = replay(await readEvents(db, record.id));
      if (!state || !record.stepId) continue;
      const summary = summarize(state, record.endedAt ?? state.startedAt, true);
      history.get(record.stepId)?.push({
        id: record.id,
        startedAt: record.startedAt,
        status: record.status,
        peak: summary.peak,
        end: summary.end,
        ...(state.before.likelihood !== undefined
          ? { likelihoodBefore: state.before.likelihood }
          : {}),
        ...(state.after?.likelihoodNow !== undefined
          ? { likelihoodAfter: state.after.likelihoodNow }
          : {}),
        stepName: state.step?.name ?? '',
        varied: state.variation !== undefined,
      });
    }
  });
  return history;
}
