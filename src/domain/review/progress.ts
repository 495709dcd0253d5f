// Progress across sessions, per scene: how peak and end distress, the drop within sessions,
// expectancy and the highest level reached moved over the weeks, and a line in plain words (a
// phrase, said in the page's language where it is shown). Pure.
import { defineMessages, type Phrase, phrase } from '../phrase';
import type { SessionDigest } from './digest';

export interface ProgressPoint {
  startedAt: number;
  peak: number;
  end: number;
  dropPercent: number | null;
  /** The highest level of this session, and the highest reached so far. */
  level: number;
  highestSoFar: number;
  likelihood: { before: number; after: number } | null;
}

export interface SceneProgress {
  sceneId: string;
  points: ProgressPoint[];
  line: Phrase;
}

const m = defineMessages({
  none: { id: 'review.progressNone', defaultMessage: 'No sessions yet.' },
  soFar: {
    id: 'review.progressSoFar',
    defaultMessage:
      '{count, plural, one {# session} other {# sessions}} so far; at level {level} your peak distress was {peak}.',
  },
  fell: {
    id: 'review.progressFell',
    defaultMessage:
      'Your peak distress at level {level} fell from {from} to {to} over {count, plural, one {# session} other {# sessions}}.',
  },
  rose: {
    id: 'review.progressRose',
    defaultMessage:
      'Your peak distress at level {level} rose from {from} to {to} over {count, plural, one {# session} other {# sessions}}.',
  },
  stayed: {
    id: 'review.progressStayed',
    defaultMessage:
      'Your peak distress at level {level} stayed at {from} over {count, plural, one {# session} other {# sessions}}.',
  },
});

/** "Your peak distress at level 5 fell from 70 to 35 over 6 sessions." */
export function progressLine(points: readonly ProgressPoint[]): Phrase {
  if (points.length === 0) return phrase(m.none);
  // The level practised most (the higher one on a tie) is where change is most telling.
  const counts = new Map<number, number>();
  for (const p of points) counts.set(p.level, (counts.get(p.level) ?? 0) + 1);
  const [level, count] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  const at = points.filter((p) => p.level === level);
  const first = at[0];
  const last = at.at(-1);
  if (!first || !last || count < 2) {
    return phrase(m.soFar, { count: points.length, level, peak: first?.peak ?? '-' });
  }
  const values = { level, from: first.peak, to: last.peak, count };
  if (last.peak < first.peak) return phrase(m.fell, values);
  if (last.peak > first.peak) return phrase(m.rose, values);
  return phrase(m.stayed, values);
}

/** Progress for each scene with sessions, oldest session first within a scene. */
export function progressByScene(digests: readonly SessionDigest[]): SceneProgress[] {
  const byScene = new Map<string, SessionDigest[]>();
  for (const d of digests) {
    const list = byScene.get(d.sceneId);
    if (list) list.push(d);
    else byScene.set(d.sceneId, [d]);
  }
  return [...byScene].map(([sceneId, list]) => {
    let highest = 0;
    const points = [...list]
      .sort((a, b) => a.startedAt - b.startedAt)
      .map((d) => {
        highest = Math.max(highest, d.levels.max);
        return {
          startedAt: d.startedAt,
          peak: d.peak,
          end: d.end,
          dropPercent: d.dropPercent,
          level: d.levels.max,
          highestSoFar: highest,
          likelihood: d.likelihood,
        };
      });
    return { sceneId, points, line: progressLine(points) };
  });
}
