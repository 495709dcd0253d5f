// What the companion does is in the person's log: each act marked as the companion's, read back
// by the read model, exported and imported like any other event.
import { describe, expect, it } from 'vitest';
import { findScene } from '../../scenes/registry';
import { buildExport } from '../../src/data/transfer/format';
import { parseImport } from '../../src/data/transfer/validate';
import type { SessionEvent } from '../../src/domain/session/events';
import { apply, eventProblem, promptStatus } from '../../src/domain/session/machine';
import { readSessionLog } from '../../src/domain/session/read';
import { logged } from './sessionLogs';

const SEC = 1000;
const T0 = Date.UTC(2026, 11, 4, 10);
const started: SessionEvent = {
  type: 'started',
  at: T0,
  sceneId: 'heights',
  level: 5,
  params: {},
  seed: 1,
  before: { sudsNow: 20, sudsExpected: 60 },
  promptMinutes: 2,
};

const withCompanion = () =>
  logged('7d1c2a4e-9b3f-4c8d-a1e2-5f6a7b8c9d0e', [
    started,
    { type: 'suds', at: T0 + 10 * SEC, suds: 30, prompted: false },
    { type: 'rating-asked', at: T0 + 20 * SEC, by: 'companion' },
    { type: 'suds', at: T0 + 25 * SEC, suds: 45, prompted: true },
    { type: 'intensity', at: T0 + 30 * SEC, level: 6, params: {}, custom: false, by: 'companion' },
    { type: 'intensity', at: T0 + 40 * SEC, level: 5, params: {}, custom: false },
    { type: 'pause', at: T0 + 50 * SEC, reason: 'person', by: 'companion' },
    { type: 'resume', at: T0 + 60 * SEC, by: 'companion' },
    { type: 'stop', at: T0 + 70 * SEC, early: true, via: 'companion' },
  ]);

describe("the companion's acts in the log", () => {
  it('a rating asked for opens the prompt at once, and only while the exposure runs', () => {
    const state = apply(null, started);
    expect(promptStatus(state, T0 + 10 * SEC).open).toBe(false);
    const asked: SessionEvent = { type: 'rating-asked', at: T0 + 10 * SEC, by: 'companion' };
    expect(eventProblem(state, asked)).toBeNull();
    const after = apply(state, asked);
    expect(promptStatus(after, T0 + 10 * SEC).open).toBe(true);
    // Answered, the prompt closes and its clock starts again.
    const rated = apply(after, { type: 'suds', at: T0 + 12 * SEC, suds: 40, prompted: true });
    expect(promptStatus(rated, T0 + 13 * SEC).open).toBe(false);
    const paused = apply(state, { type: 'pause', at: T0 + 5 * SEC, reason: 'person' });
    expect(eventProblem(paused, asked)).not.toBeNull();
  });

  it('are read back in order, each as the companion’s, and the person’s own are not among them', () => {
    const { record, events } = withCompanion();
    const read = readSessionLog(record, events);
    expect(read?.companion).toEqual([
      { at: 20, act: 'asked-rating' },
      { at: 30, act: 'level', level: 6 },
      { at: 50, act: 'paused' },
      { at: 60, act: 'resumed' },
      { at: 70, act: 'stopped' },
    ]);
    expect(read?.ratings.map((r) => r.prompted)).toEqual([false, true]);
  });

  it('travel in an export and are taken back by the import as they were', () => {
    const session = withCompanion();
    const text = JSON.stringify(buildExport([session], '0.1.0', new Date(T0 + 3600 * SEC)));
    const result = parseImport(text, findScene);
    expect(result.ok ? 'ok' : JSON.stringify(result.problem)).toBe('ok');
    if (result.ok) expect(result.file.sessions[0]?.events).toEqual(session.events);
    // Anyone else named as the actor is refused.
    const file = JSON.parse(text);
    file.sessions[0].events[4].by = 'relay';
    expect(parseImport(JSON.stringify(file), findScene).ok).toBe(false);
  });
});
