// A realistic long log for measuring the review: one session a day for two years, about 30
// ratings each, with level changes, the pacer and some headset time, as a Foothold JSON export.

const MINUTE = 60_000;

/**
 * @param {{ sessions?: number, ratingsPerSession?: number, longer?: number, start?: number }} [options]
 *   longer: how many of the first sessions have one rating more (two years: 730 × 30 + 100 = 22,000)
 * @returns {{ format: string, formatVersion: number, appVersion: string, exportedAt: string, sessions: object[] }}
 */
export function seedLog({
  sessions = 730,
  ratingsPerSession = 30,
  longer = sessions === 730 ? 100 : 0,
  start = Date.UTC(2024, 0, 1, 17),
} = {}) {
  const out = [];
  for (let i = 0; i < sessions; i++) {
    // The shape the app's ids have: the import takes no other.
    const id = `5eed0000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const sceneId = i % 3 === 0 ? 'audience' : 'heights';
    const level = 1 + Math.min(9, Math.floor(i / 80));
    const startedAt = start + i * 24 * 60 * MINUTE;
    const xr = i % 4 === 0;
    const events = [];
    let at = startedAt;
    const push = (event) => {
      events.push({ ...event, at, sessionId: id, seq: events.length, mode: xr ? 'xr' : 'desktop' });
    };
    push({
      type: 'started',
      sceneId,
      level,
      params: {},
      seed: 1,
      before: {
        sudsNow: 20 + (i % 4) * 5,
        sudsExpected: 70,
        fearedOutcome: 'I freeze',
        likelihood: 60,
      },
      promptMinutes: 1,
    });
    const count = ratingsPerSession + (i < longer ? 1 : 0);
    for (let r = 0; r < count; r++) {
      at += MINUTE;
      if (r === 10)
        push({
          type: 'pacer',
          visible: true,
          pattern: { id: 'resonance', inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
        });
      if (r === 14) push({ type: 'pacer', visible: false });
      if (r === ratingsPerSession / 2 && level < 10)
        push({ type: 'intensity', level: level + 1, params: {}, custom: false });
      // Rises to a peak a third of the way in, then settles: the shape habituation gives.
      const peak = Math.max(40, 80 - Math.floor(i / 20) * 5);
      const rise =
        r < ratingsPerSession / 3
          ? r / (ratingsPerSession / 3)
          : 1 - (r - ratingsPerSession / 3) / ratingsPerSession;
      const suds = Math.round((peak * Math.max(0.2, rise)) / 5) * 5;
      push({ type: 'suds', suds, prompted: r % 2 === 0 });
    }
    at += MINUTE;
    push({ type: 'stop', early: false, via: 'finish-button' });
    at += MINUTE;
    push({
      type: 'end',
      after: { sudsEnd: 15, outcomeHappened: false, likelihoodNow: 30, learned: 'It passed.' },
    });
    out.push({ id, sceneId, startedAt, status: 'completed', endedAt: at, events });
  }
  return {
    format: 'foothold-log',
    formatVersion: 2,
    appVersion: '0.1.0',
    exportedAt: new Date(start + sessions * 24 * 60 * MINUTE).toISOString(),
    sessions: out,
  };
}
