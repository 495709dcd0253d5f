// The reads pages watch through live queries, and the ladder's changes, which work on the ladder as
// stored rather than on a page's copy of it.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { findScene } from '../../scenes/registry';
import { levelOf } from '../../scenes/types';
import { database } from '../../src/data/database';
import { FootholdDb } from '../../src/data/db';
import { changeSteps, readLadder, readSteps, saveSteps } from '../../src/data/ladder';
import { attempt } from '../../src/data/reads';
import { deleteAll, readInterruptedNotices } from '../../src/data/sessions';
import { type LadderStep, ladderOf, type StepDraft } from '../../src/domain/ladder/ladder';
import { phrase, say } from '../../src/domain/phrase';
import { ladderActions } from '../../src/state/ladder';
import { freshDatabases } from './freshDb';
import { english } from './intl';
import { audienceStoppedEarly, calmInterrupted, heightsCompleted } from './sessionLogs';

const { fresh } = freshDatabases('live-reads');

const step = (name: string, position: number): LadderStep => ({
  id: `id-${name}`,
  sceneId: 'heights',
  name,
  level: position + 1,
  params: { elevation: 3, railing: 'wall', floor: 'solid', lookDownTask: false },
  custom: true,
  expectedSuds: null,
  position,
  createdAt: 1_000 + position,
});

const heights = findScene('heights');
if (!heights) throw new Error('heights');
const draft = (name: string): StepDraft => ({
  sceneId: 'heights',
  name,
  level: 1,
  params: levelOf(heights, 1).params,
  custom: false,
  expectedSuds: null,
});

describe('a read as a page shows it', () => {
  it('gives the value, or the failure in words', async () => {
    expect(await attempt(async () => 3)).toEqual({ ok: true, value: 3 });
    const full = Object.assign(new Error('over quota'), { name: 'QuotaExceededError' });
    const failed = await attempt(async () => {
      throw full;
    });
    expect(failed.ok ? failed : { ok: false, problem: say(english, failed.problem) }).toEqual({
      ok: false,
      problem: 'The storage space this browser gives Foothold is full.',
    });
  });
});

describe('interrupted notices', () => {
  it('are the interrupted sessions not yet dismissed, newest first', async () => {
    const db = fresh();
    const interrupted = (id: string, month: number) =>
      calmInterrupted(id, Date.UTC(2026, month, 1)).record;
    // Never dismissed: stored without the flag at all.
    const { noticeDismissed: _, ...older } = interrupted('older', 0);
    await db.sessions.bulkPut([
      older,
      { ...interrupted('newer', 1), noticeDismissed: false },
      interrupted('seen', 2),
      heightsCompleted().record,
      audienceStoppedEarly().record,
    ]);
    expect((await readInterruptedNotices(db)).map((r) => r.id)).toEqual(['newer', 'older']);
  });
});

describe('changing the ladder as stored', () => {
  it('plans on the stored steps; a plan that finds a problem writes nothing', async () => {
    const db = fresh();
    await saveSteps(db, [step('a', 0), step('b', 1)]);
    expect(
      await changeSteps(db, (steps) => [{ ...step('c', 0), position: steps.length }]),
    ).toBeNull();
    expect(ladderOf(await readSteps(db), 'heights').map((s) => [s.name, s.position])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    const no = phrase({ id: 'test.no', defaultMessage: 'No.' });
    expect(await changeSteps(db, () => no)).toBe(no);
    expect(await readSteps(db)).toHaveLength(3);
  });

  it('reads the steps with the sessions practised at each', async () => {
    const db = fresh();
    await saveSteps(db, [step('a', 0)]);
    const { steps, history } = await readLadder(db);
    expect(steps.map((s) => s.id)).toEqual(['id-a']);
    expect(history.get('id-a')).toEqual([]);
  });
});

describe("the ladder's changes", () => {
  afterEach(() => deleteAll(database()));

  it('put a new step above one another tab added meanwhile', async () => {
    const otherTab = new FootholdDb();
    await saveSteps(otherTab, [step('from the other tab', 0)]);
    otherTab.close();
    expect(await ladderActions.add(draft('mine'))).toBeNull();
    expect(
      ladderOf(await readSteps(database()), 'heights').map((s) => [s.name, s.position]),
    ).toEqual([
      ['from the other tab', 0],
      ['mine', 1],
    ]);
  });

  it('say a step deleted meanwhile is gone, and do not bring it back', async () => {
    await saveSteps(database(), [step('a', 0)]);
    await database().steps.delete('id-a');
    const problem = await ladderActions.update('id-a', draft('a, renamed'));
    expect(problem && say(english, problem)).toBe('That step is no longer on your ladder.');
    expect(await readSteps(database())).toEqual([]);
  });
});
