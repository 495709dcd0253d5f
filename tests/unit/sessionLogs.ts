// Session logs for the storage tests, built through the state machine as the app builds them: every
// event must be one `eventProblem` allows, and each is stored with where the person was.

import type { LoggedSession } from '../../src/data/transfer/format';
import { PRESETS } from '../../src/domain/pacer/patterns';
import type {
  Mode,
  SessionEvent,
  SessionRecord,
  StoredEvent,
} from '../../src/domain/session/events';
import { apply, eventProblem, type SessionState } from '../../src/domain/session/machine';
import { sessionStatus } from '../../src/domain/session/summary';

const sec = 1000;
const min = 60 * sec;

/** A session as the app would have stored it; one left unfinished is `interrupted`, as recovery leaves it. */
export function logged(
  id: string,
  events: SessionEvent[],
  extra: Partial<SessionRecord> = {},
): LoggedSession {
  let state: SessionState | null = null;
  let mode: Mode = 'desktop';
  const stored = events.map((event, seq) => {
    const problem = eventProblem(state, event);
    if (problem)
      throw new Error(`${id} event ${seq} (${event.type}) refused: ${JSON.stringify(problem)}`);
    state = apply(state, event);
    if (event.type === 'xr-enter') mode = 'xr';
    if (event.type === 'xr-exit') mode = 'desktop';
    return { ...event, sessionId: id, seq, mode } as StoredEvent;
  });
  const final = state as SessionState | null;
  if (!final) throw new Error(`${id} has no events`);
  const ended = final.phase === 'ended';
  const record: SessionRecord = {
    id,
    sceneId: final.sceneId,
    startedAt: final.startedAt,
    status: ended ? sessionStatus(final) : 'interrupted',
    endedAt: ended ? final.endedAt : stored.at(-1)?.at,
    ...(final.step ? { stepId: final.step.id } : {}),
    ...extra,
  };
  return { record, events: stored };
}

/** Heights, finished: ratings asked and not, the pacer, a headset stretch, a level change, a pause, a skipped prompt. */
export function heightsCompleted(
  id = 'a1b2c3d4-0000-4000-8000-000000000001',
  t0 = Date.UTC(2026, 0, 12, 18, 0),
) {
  return logged(id, [
    {
      type: 'started',
      at: t0,
      sceneId: 'heights',
      level: 3,
      params: { elevation: 20, railing: 'bar', floor: 'solid', lookDownTask: false },
      seed: 7,
      before: { sudsNow: 20, sudsExpected: 60, fearedOutcome: 'I will freeze', likelihood: 70 },
      promptMinutes: 2,
    },
    { type: 'suds', at: t0 + 40 * sec, suds: 30, prompted: false },
    { type: 'pacer', at: t0 + 60 * sec, visible: true, pattern: PRESETS.resonance },
    { type: 'suds', at: t0 + 2 * min, suds: 45, prompted: true },
    { type: 'xr-enter', at: t0 + 150 * sec },
    {
      type: 'intensity',
      at: t0 + 3 * min,
      level: 4,
      params: { elevation: 40, railing: 'bar', floor: 'grating', lookDownTask: true },
      custom: false,
    },
    { type: 'measures', at: t0 + 210 * sec, values: { lookDownShare: 0.125, closestEdge: 1.5 } },
    { type: 'suds', at: t0 + 4 * min, suds: 55, prompted: false },
    { type: 'pacer', at: t0 + 270 * sec, visible: false },
    { type: 'xr-exit', at: t0 + 5 * min },
    { type: 'pause', at: t0 + 330 * sec, reason: 'person' },
    { type: 'resume', at: t0 + 6 * min },
    { type: 'note', at: t0 + 390 * sec, text: 'Knees "wobbly", then fine' },
    { type: 'prompt-skipped', at: t0 + 7 * min, missed: false },
    { type: 'suds', at: t0 + 8 * min + 250, suds: 35, prompted: false },
    { type: 'stop', at: t0 + 9 * min, early: false, via: 'finish-button' },
    {
      type: 'end',
      at: t0 + 10 * min,
      after: { sudsEnd: 25, outcomeHappened: false, likelihoodNow: 30, learned: 'It passed' },
    },
  ]);
}

/** Audience, stopped early, continued, and stopped early again; the pacer shown after a stop. */
export function audienceStoppedEarly(
  id = 'e5f60000-0000-4000-8000-000000000002',
  t0 = Date.UTC(2026, 0, 14, 9, 15),
) {
  return logged(id, [
    {
      type: 'started',
      at: t0,
      sceneId: 'audience',
      level: 5,
      params: { audienceSize: 30, notes: 'Budget, then "next steps", then questions' },
      seed: 3,
      before: { sudsNow: 40, sudsExpected: 80 },
      promptMinutes: 1,
    },
    { type: 'suds', at: t0 + 50 * sec, suds: 70, prompted: false },
    { type: 'stop', at: t0 + 80 * sec, early: true, via: 'escape-key' },
    { type: 'pacer', at: t0 + 85 * sec, visible: true, pattern: PRESETS.box },
    { type: 'continue', at: t0 + 140 * sec },
    { type: 'suds', at: t0 + 200 * sec, suds: 60, prompted: true },
    { type: 'stop', at: t0 + 230 * sec, early: true, via: 'stop-button' },
    { type: 'end', at: t0 + 260 * sec, after: { sudsEnd: 50 } },
  ]);
}

/** Calm, started in the headset and left unfinished. */
export function calmInterrupted(
  id = 'c9000000-0000-4000-8000-000000000003',
  t0 = Date.UTC(2026, 0, 15, 21, 5),
) {
  return logged(
    id,
    [
      {
        type: 'started',
        at: t0,
        sceneId: 'calm',
        level: 1,
        params: { sunElevation: 12, waves: 0.25, breeze: 0.3, ambience: 0.6 },
        seed: 1,
        before: { sudsNow: 15, sudsExpected: 20 },
        promptMinutes: 5,
      },
      { type: 'xr-enter', at: t0 + 2 * sec },
      {
        type: 'pacer',
        at: t0 + 30 * sec,
        visible: true,
        pattern: { id: 'custom', inhale: 4.5, holdIn: 0, exhale: 5.5, holdOut: 0 },
      },
      { type: 'suds', at: t0 + 90 * sec, suds: 10, prompted: false },
      { type: 'pause', at: t0 + 100 * sec, reason: 'hidden' },
    ],
    { noticeDismissed: true },
  );
}

/** Newest first, as readAllSessions gives them. */
export const threeSessions = () => [calmInterrupted(), audienceStoppedEarly(), heightsCompleted()];
