import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../scenes/common/random';
import { findScene } from '../../scenes/registry';
import type { SceneDefinition } from '../../scenes/types';
import { paramProblems } from '../../scenes/types';
import { deleteStep, readStepHistory, readSteps, saveSteps } from '../../src/data/ladder';
import { markInterrupted, writeEvent } from '../../src/data/sessions';
import { buildExport, readAllSessions } from '../../src/data/transfer/format';
import { importFile } from '../../src/data/transfer/importFile';
import { parseImport } from '../../src/data/transfer/validate';
import {
  type LadderStep,
  ladderOf,
  moveStep,
  nextStep,
  startingLadder,
  stepName,
  stepPlace,
  stepPlaceInline,
  stepProblem,
} from '../../src/domain/ladder/ladder';
import { suggestNext } from '../../src/domain/ladder/progress';
import { varyStep } from '../../src/domain/ladder/variation';
import { say } from '../../src/domain/phrase';
import type { SessionEvent } from '../../src/domain/session/events';
import { eventProblem, replay } from '../../src/domain/session/machine';
import { SSQ_ITEMS } from '../../src/domain/ssq';
import { freshDatabases } from './freshDb';
import { english, intlFor } from './intl';
import { heightsCompleted, logged } from './sessionLogs';

const { fresh: freshDb } = freshDatabases('ladder');

function scene(id: string): SceneDefinition {
  const found = findScene(id);
  if (!found) throw new Error(id);
  return found;
}
const heights = scene('heights');
const audience = scene('audience');

let ids = 0;
const newId = () => `step-${++ids}`;

function step(name: string, position: number, extra: Partial<LadderStep> = {}): LadderStep {
  return {
    id: `id-${name}`,
    sceneId: 'heights',
    name,
    level: 1,
    params: heights.levels[0].params,
    custom: false,
    expectedSuds: 30,
    position,
    createdAt: 1,
    ...extra,
  };
}

describe('the ladder', () => {
  it('offers a starting ladder of the ten levels, expected distress left to the person', () => {
    const ladder = startingLadder(heights, 5, newId);
    expect(ladder.map((s) => [s.level, s.name, s.position, s.expectedSuds])).toEqual(
      heights.levels.map((l, i) => [i + 1, l.name.defaultMessage, i, null]),
    );
    expect(ladder[2]?.name).toBe('20 m, bar rail');
    expect(ladder.every((s) => stepProblem(heights, s) === null)).toBe(true);
  });

  it("says the app's names for steps in the page's language, and the person's as they wrote them", () => {
    const [first] = startingLadder(heights, 5, newId);
    if (!first) throw new Error('no step');
    const german = intlFor('de');
    const level1 = english.formatMessage(heights.levels[0].name);
    expect(say(english, stepName(heights, first.name))).toBe(level1);
    expect(say(german, stepName(heights, first.name))).toBe(
      german.formatMessage(heights.levels[0].name),
    );
    expect(say(german, stepName(heights, first.name))).not.toBe(level1);
    // Stored as the English of the level table, so a name kept from before is recognised too.
    expect(say(german, stepName(heights, '20 m, bar rail'))).toBe(
      german.formatMessage(heights.levels[2].name),
    );
    expect(say(german, stepName(heights, 'Balcony at work'))).toBe('Balcony at work');
    expect(say(german, stepName(undefined, '20 m, bar rail'))).toBe('20 m, bar rail');
  });

  it('says where a step sits among the levels, alone and inside a sentence', () => {
    expect(say(english, stepPlace({ level: 4, custom: false }))).toBe('Level 4');
    expect(say(english, stepPlace({ level: 4, custom: true }))).toBe('Own settings, from level 4');
    expect(say(english, stepPlaceInline({ level: 4, custom: false }))).toBe('level 4');
    expect(say(english, stepPlaceInline({ level: 4, custom: true }))).toBe(
      'own settings, from level 4',
    );
  });

  it('moves a step and renumbers the ladder from the bottom', () => {
    const ladder = [step('a', 0), step('b', 1), step('c', 2)];
    const moved = moveStep(ladder, 'id-c', 0);
    expect(moved.map((s) => [s.name, s.position])).toEqual([
      ['c', 0],
      ['a', 1],
      ['b', 2],
    ]);
    expect(moveStep(ladder, 'id-a', 9).map((s) => s.name)).toEqual(['b', 'c', 'a']);
    expect(moveStep(ladder, 'missing', 0)).toEqual(ladder);
    expect(ladderOf([...moved].reverse(), 'heights').map((s) => s.name)).toEqual(['c', 'a', 'b']);
  });

  it('says what is wrong with a step and where', () => {
    const ok = step('Balcony at work', 0);
    const problem = (draft: LadderStep) => {
      const found = stepProblem(heights, draft);
      return found && say(english, found);
    };
    expect(problem(ok)).toBeNull();
    expect(problem({ ...ok, name: '   ' })).toBe('Give the step a name in your own words.');
    expect(problem({ ...ok, name: 'x'.repeat(81) })).toBe(
      'The name is 81 characters; keep it to 80.',
    );
    expect(problem({ ...ok, level: 11 })).toBe('Level 11 is not a level from 1 to 10.');
    expect(problem({ ...ok, expectedSuds: 33 })).toBe(
      'Expected distress: 33 is not a step of 5: ratings go 0, 5, 10, … 100.',
    );
    expect(problem({ ...ok, custom: true, params: { ...ok.params, elevation: 900 } })).toBe(
      'Height above the street: 900 m is above 300 m',
    );
    // Every problem with the values is named, one after the other.
    expect(
      problem({ ...ok, custom: true, params: { ...ok.params, elevation: 900, plankLength: 9 } }),
    ).toBe('Height above the street: 900 m is above 300 m; Plank past the edge: 9 m is above 4 m');
    // A step that says it is level 1 runs level 1's values, or it is the person's own.
    expect(problem({ ...ok, params: { ...ok.params, elevation: 6 } })).toBe(
      "The values are not level 1's; mark the step as your own values.",
    );
    expect(problem({ ...ok, custom: true, params: { ...ok.params, elevation: 6 } })).toBeNull();
  });

  it('leads to the lowest step the rule has not yet suggested leaving', () => {
    const ladder = [step('a', 0), step('b', 1), step('c', 2)];
    const done = new Set(['id-a']);
    const at = (s: LadderStep) =>
      suggestNext(
        done.has(s.id)
          ? [
              { startedAt: 1, status: 'completed', peak: 60, end: 20 },
              { startedAt: 2, status: 'completed', peak: 50, end: 20 },
            ]
          : [],
      );
    expect(nextStep(ladder, at)?.name).toBe('b');
    done.add('id-b');
    done.add('id-c');
    expect(nextStep(ladder, at)).toBeNull();
  });
});

describe('a varied session of a step', () => {
  it('stays within every parameter’s range at every level of every scene', () => {
    for (const sc of [heights, audience]) {
      for (const level of sc.levels) {
        for (let seed = 1; seed <= 20; seed++) {
          const varied = varyStep(sc, level.params, 1, createRandom(seed));
          expect(paramProblems(sc.params, varied.params), `${sc.id} ${level.name}`).toEqual([]);
        }
      }
    }
  });

  it('has a new seed and the scene’s slight changes, within range, and says what changed', () => {
    const params = audience.levels[7].params; // 50 people: 40 % bored, 10 % hostile
    for (let seed = 1; seed <= 50; seed++) {
      const varied = varyStep(audience, params, 1, createRandom(seed));
      expect(varied.seed).not.toBe(1);
      expect(varied.variation.baseSeed).toBe(1);
      expect(varied.params.hostile).toBe(params.hostile);
      expect(varied.params.audienceSize).toBe(params.audienceSize);
      const mix = Number(varied.params.interested) + Number(varied.params.bored);
      expect(mix + Number(varied.params.hostile)).toBeLessThanOrEqual(100);
      expect(
        Math.abs(Number(varied.params.interested) - Number(params.interested)),
      ).toBeLessThanOrEqual(10);
      for (const [name, change] of Object.entries(varied.variation.changed)) {
        expect(change.from).toBe(params[name]);
        expect(change.to).toBe(varied.params[name]);
      }
    }
  });

  it('changes the wind of a windy heights step by one notch, and nothing of a still one but the seed', () => {
    const windy = heights.levels[9].params;
    const varied = varyStep(heights, windy, 1, createRandom(3));
    expect(Math.abs(Number(varied.params.wind) - Number(windy.wind))).toBeCloseTo(0.05);
    expect({ ...varied.params, wind: windy.wind }).toEqual(windy);
    const still = varyStep(heights, heights.levels[0].params, 1, createRandom(3));
    expect(still.params).toEqual(heights.levels[0].params);
    expect(still.variation.changed).toEqual({});
    expect(still.seed).not.toBe(1);
  });
});

const sec = 1000;

/** A session at a step: before 20, one rating at the peak, end. */
function atStep(
  id: string,
  stepId: string,
  t0: number,
  peak: number,
  end: number,
  early = false,
  how: 'ended' | 'left after the stop' | 'eased' = 'ended',
) {
  const events: SessionEvent[] = [
    {
      type: 'started',
      at: t0,
      sceneId: 'heights',
      level: 1,
      params: heights.levels[0].params,
      seed: 1,
      before: { sudsNow: 20, sudsExpected: 50 },
      promptMinutes: 2,
      step: { id: stepId, name: 'Balcony' },
    },
    { type: 'suds', at: t0 + 30 * sec, suds: peak, prompted: false },
  ];
  if (how === 'eased')
    events.push({
      type: 'intensity',
      at: t0 + 40 * sec,
      level: 1,
      params: heights.levels[0].params,
      custom: false,
    });
  events.push({
    type: 'stop',
    at: t0 + 60 * sec,
    early,
    via: early ? 'stop-button' : 'finish-button',
  });
  if (how !== 'left after the stop')
    events.push({ type: 'end', at: t0 + 70 * sec, after: { sudsEnd: end } });
  return logged(id, events);
}

describe('the ladder on this device', () => {
  it('keeps steps, renumbers after a delete, and finds each step’s sessions by the step', async () => {
    const db = freshDb();
    const ladder = [step('a', 0), step('b', 1), step('c', 2)];
    await saveSteps(db, ladder);
    await deleteStep(db, 'id-a');
    expect(ladderOf(await readSteps(db), 'heights').map((s) => [s.name, s.position])).toEqual([
      ['b', 0],
      ['c', 1],
    ]);
    for (const session of [
      atStep('5e550000-0000-4000-8000-000000000001', 'id-b', 1_000_000, 60, 30),
      atStep('5e550000-0000-4000-8000-000000000002', 'id-b', 2_000_000, 50, 20),
      atStep('5e550000-0000-4000-8000-000000000003', 'id-c', 3_000_000, 95, 90, true),
      heightsCompleted(),
    ]) {
      for (const event of session.events)
        await writeEvent(
          db,
          event,
          event.seq === 0 ? { ...session.record, status: 'active' } : undefined,
        );
    }
    const history = await readStepHistory(db, [step('b', 0), step('c', 1)]);
    expect(history.get('id-b')?.map((h) => [h.id, h.status, h.peak, h.end])).toEqual([
      ['5e550000-0000-4000-8000-000000000001', 'completed', 60, 30],
      ['5e550000-0000-4000-8000-000000000002', 'completed', 50, 20],
    ]);
    expect(history.get('id-c')?.map((h) => [h.status, h.peak, h.end])).toEqual([
      ['stopped-early', 95, 90],
    ]);
    expect(suggestNext(history.get('id-b') ?? []).kind).toBe('up');
  });

  it('counts an early stop left without the after-questions as an early stop, and flags an eased session', async () => {
    const db = freshDb();
    const level2 = step('b', 0, { level: 2, params: heights.levels[1].params });
    await saveSteps(db, [level2]);
    for (const session of [
      atStep(
        '5e550000-0000-4000-8000-000000000001',
        'id-b',
        1_000_000,
        95,
        90,
        true,
        'left after the stop',
      ),
      atStep(
        '5e550000-0000-4000-8000-000000000002',
        'id-b',
        2_000_000,
        95,
        95,
        true,
        'left after the stop',
      ),
      atStep('5e550000-0000-4000-8000-000000000003', 'id-b', 3_000_000, 60, 20, false, 'eased'),
    ]) {
      for (const event of session.events)
        await writeEvent(
          db,
          event,
          event.seq === 0 ? { ...session.record, status: 'active' } : undefined,
        );
      // Recovery marks a session nobody ended as interrupted.
      if (session.record.status === 'interrupted') await markInterrupted(db, session.record.id);
    }
    const entries = (await readStepHistory(db, [level2])).get('id-b') ?? [];
    expect(entries.map((e) => [e.status, e.peak, e.end, e.eased])).toEqual([
      ['stopped-early', 95, 95, false],
      ['stopped-early', 95, 95, false],
      ['completed', 60, 20, true],
    ]);
    expect(suggestNext(entries.slice(0, 2)).kind).toBe('down');
    expect(suggestNext(entries).kind).toBe('repeat');
  });

  it('logs the step, the variation and the cybersickness answers with the session', () => {
    const session = atStep('5e550000-0000-4000-8000-000000000001', 'id-b', 1_000, 60, 30);
    const started = session.events[0] as Extract<SessionEvent, { type: 'started' }>;
    const state = replay([
      {
        ...started,
        variation: { baseSeed: 1, changed: { wind: { from: 0.2, to: 0.25 } } },
        before: { ...started.before, ssq: SSQ_ITEMS.map(() => 0) },
      },
    ]);
    expect(state?.step).toEqual({ id: 'id-b', name: 'Balcony' });
    expect(state?.variation?.changed).toEqual({ wind: { from: 0.2, to: 0.25 } });
    const problem = (event: SessionEvent) => {
      const found = eventProblem(null, event);
      return found && say(english, found);
    };
    expect(problem({ ...started, before: { ...started.before, ssq: [0, 0, 3] } })).toBe(
      'Before: the cybersickness check has 16 answers, not 3',
    );
    expect(problem({ ...started, step: { id: '', name: 'x' } })).toBe(
      'The ladder step has no id or name.',
    );
  });
});

describe('the ladder in export and import', () => {
  const t = new Date(Date.UTC(2026, 5, 1));

  it('travels with the sessions, joins the top of a ladder already here, once only', async () => {
    const steps = [step('b', 0), step('c', 1)];
    const sessions = [atStep('5e550000-0000-4000-8000-000000000001', 'id-b', 1_000_000, 60, 30)];
    const text = JSON.stringify(buildExport(sessions, '0.1.0', t, steps));
    const parsed = parseImport(text, findScene);
    if (!parsed.ok) throw new Error(say(english, parsed.problem));
    expect(parsed.file.steps).toEqual(steps);
    expect(parsed.file.sessions[0]?.stepId).toBe('id-b');

    const db = freshDb();
    await saveSteps(db, [step('mine', 0, { id: 'id-mine' })]);
    expect(await importFile(db, parsed.file)).toEqual({ added: 1, alreadyHere: 0, stepsAdded: 2 });
    expect(ladderOf(await readSteps(db), 'heights').map((s) => [s.name, s.position])).toEqual([
      ['mine', 0],
      ['b', 1],
      ['c', 2],
    ]);
    // A step edited here since the export keeps this device's version.
    await saveSteps(db, [{ ...step('b', 1), name: 'b, renamed' }]);
    expect(await importFile(db, parsed.file)).toEqual({ added: 0, alreadyHere: 1, stepsAdded: 0 });
    expect((await readSteps(db)).find((s) => s.id === 'id-b')?.name).toBe('b, renamed');
    expect((await readAllSessions(db))[0]?.record.stepId).toBe('id-b');
  });

  it('refuses a file with a step the ladder could not hold, and names it', () => {
    const problemWith = (change: (file: Record<string, unknown>) => void) => {
      const file = JSON.parse(
        JSON.stringify(buildExport([], '0.1.0', t, [step('b', 0), step('c', 1)])),
      );
      change(file);
      const result = parseImport(JSON.stringify(file), findScene);
      return result.ok ? 'accepted' : say(english, result.problem);
    };
    const steps = (f: Record<string, unknown>) => f.steps as Record<string, unknown>[];
    expect(problemWith(() => {})).toBe('accepted');
    expect(problemWith((f) => Object.assign(steps(f)[1] ?? {}, { expectedSuds: 33 }))).toBe(
      'steps[1].expectedSuds: 33 is not a step of 5: ratings go 0, 5, 10, … 100.',
    );
    expect(problemWith((f) => Object.assign(steps(f)[1] ?? {}, { id: 'id-b' }))).toBe(
      'steps[1].id: "id-b" is also the id of steps[0]',
    );
    expect(problemWith((f) => Object.assign(steps(f)[0] ?? {}, { sceneId: 'calm' }))).toBe(
      'steps[0].sceneId: "calm" is not a scene with a ladder',
    );
    expect(
      problemWith((f) =>
        Object.assign(steps(f)[0] ?? {}, {
          params: { ...heights.levels[0].params, plankLength: 9 },
        }),
      ),
    ).toBe('steps[0]: Plank past the edge: 9 m is above 4 m');
    expect(problemWith((f) => delete f.steps)).toBe('steps: missing');
  });

  it('checks the steps against the scenes the caller finds, not a registry of its own', () => {
    const text = JSON.stringify(buildExport([], '0.1.0', t, [step('b', 0)]));
    expect(parseImport(text, findScene)).toMatchObject({ ok: true });
    const refused = parseImport(text, () => undefined);
    expect(refused.ok ? refused : { ok: false, problem: say(english, refused.problem) }).toEqual({
      ok: false,
      problem: 'steps[0].sceneId: "heights" is not a scene with a ladder',
    });
  });

  it('imports a version 2 file, from before the ladder, with no steps', async () => {
    const file = JSON.parse(JSON.stringify(buildExport([heightsCompleted()], '0.1.0', t, [])));
    file.formatVersion = 2;
    delete file.steps;
    delete file.places;
    delete file.ladders;
    const parsed = parseImport(JSON.stringify(file), findScene);
    if (!parsed.ok) throw new Error(say(english, parsed.problem));
    expect(parsed.file.steps).toEqual([]);
    const db = freshDb();
    expect(await importFile(db, parsed.file)).toEqual({ added: 1, alreadyHere: 0, stepsAdded: 0 });
    file.steps = [];
    const refused = parseImport(JSON.stringify(file), findScene);
    expect(refused.ok ? refused : { ok: false, problem: say(english, refused.problem) }).toEqual({
      ok: false,
      problem: 'steps: an export before version 3 has no ladder steps',
    });
  });

  it('refuses a session whose record names another step than its log', () => {
    const session = atStep('5e550000-0000-4000-8000-000000000001', 'id-b', 1_000_000, 60, 30);
    const file = JSON.parse(JSON.stringify(buildExport([session], '0.1.0', t, [])));
    file.sessions[0].stepId = 'id-c';
    const result = parseImport(JSON.stringify(file), findScene);
    expect(result.ok ? result : { ok: false, problem: say(english, result.problem) }).toEqual({
      ok: false,
      problem: 'sessions[0].stepId: "id-c", but the log started at the step "id-b"',
    });
  });
});
