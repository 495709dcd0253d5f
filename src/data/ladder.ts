// The ladder's steps in IndexedDB, and the sessions practised at each step.
import { type LadderStep, ladderIdOf } from '../domain/ladder/ladder';
import type { StepSession } from '../domain/ladder/progress';
import type { Phrase } from '../domain/phrase';
import type { OwnLadder, Place } from '../domain/places/place';
import type { SessionRecord } from '../domain/session/events';
import { readSessionLog } from '../domain/session/read';
import type { FootholdDb } from './db';
import { groupBySession } from './sessions';

export function readSteps(db: FootholdDb): Promise<LadderStep[]> {
  return db.steps.toArray();
}

/** One step, or null when it is not on the ladder. */
export async function readStep(db: FootholdDb, id: string): Promise<LadderStep | null> {
  return (await db.steps.get(id)) ?? null;
}

export function countSteps(db: FootholdDb): Promise<number> {
  return db.steps.count();
}

/**
 * Reads the steps and writes back the steps `plan` makes of them, in one transaction, so the plan
 * works on the ladder as stored even when another tab changed it. A plan that returns a problem
 * writes nothing; the problem is returned.
 */
export async function changeSteps(
  db: FootholdDb,
  plan: (steps: LadderStep[]) => LadderStep[] | Phrase,
): Promise<Phrase | null> {
  return db.transaction('rw', db.steps, async () => {
    const planned = plan(await db.steps.toArray());
    if (!Array.isArray(planned)) return planned;
    await db.steps.bulkPut(planned);
    return null;
  });
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
    const ladder = ladderIdOf(step);
    const rest = (await db.steps.toArray())
      .filter((s) => ladderIdOf(s) === ladder)
      .sort((a, b) => a.position - b.position);
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

/** The sessions practised at each step, oldest first: one read of the records, one of the events. */
export async function readStepHistory(
  db: FootholdDb,
  steps: readonly Pick<LadderStep, 'id' | 'level'>[],
): Promise<Map<string, StepHistoryEntry[]>> {
  const history = new Map<string, StepHistoryEntry[]>(steps.map((s) => [s.id, []]));
  if (steps.length === 0) return history;
  const levelOf = new Map(steps.map((s) => [s.id, s.level]));
  await db.transaction('r', db.sessions, db.events, async () => {
    const records: SessionRecord[] = await db.sessions
      .where('stepId')
      .anyOf(steps.map((s) => s.id))
      .toArray();
    const events = await db.events
      .where('sessionId')
      .anyOf(records.map((r) => r.id))
      .toArray();
    const bySession = groupBySession(events);
    for (const record of records.sort((a, b) => a.startedAt - b.startedAt)) {
      const read = readSessionLog(record, bySession.get(record.id) ?? []);
      const stepLevel = record.stepId ? levelOf.get(record.stepId) : undefined;
      if (!read || !record.stepId || stepLevel === undefined) continue;
      const { state, summary } = read;
      history.get(record.stepId)?.push({
        id: record.id,
        startedAt: record.startedAt,
        status: read.progressStatus,
        peak: summary.peak,
        end: summary.end,
        ...(state.before.likelihood !== undefined
          ? { likelihoodBefore: state.before.likelihood }
          : {}),
        ...(state.after?.likelihoodNow !== undefined
          ? { likelihoodAfter: state.after.likelihoodNow }
          : {}),
        eased: read.levels.lowestChange !== null && read.levels.lowestChange < stepLevel,
        stepName: state.step?.name ?? '',
        varied: state.variation !== undefined,
      });
    }
  });
  return history;
}

export interface StoredLadder {
  steps: LadderStep[];
  history: ReadonlyMap<string, StepHistoryEntry[]>;
  /** The person's own places (never their files) and the ladders they named themselves. */
  places: Place[];
  ladders: OwnLadder[];
}

/** The steps, the sessions practised at each, the places and own ladders, read together so they agree. */
export function readLadder(db: FootholdDb): Promise<StoredLadder> {
  const tables = [db.steps, db.sessions, db.events, db.places, db.ladders];
  return db.transaction('r', tables, async () => {
    const steps = await readSteps(db);
    return {
      steps,
      history: await readStepHistory(db, steps),
      places: await db.places.orderBy('id').toArray(),
      ladders: (await db.ladders.toArray()).sort((a, b) => a.createdAt - b.createdAt),
    };
  });
}
