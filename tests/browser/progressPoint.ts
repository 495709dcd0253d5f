// A progress chart's point for one session, the same numbers each time: the charts' tests vary
// only when the sessions were.
import type { ProgressPoint } from '../../src/domain/review/progress';

export const progressPoint = (startedAt: number): ProgressPoint => ({
  startedAt,
  peak: 60,
  end: 20,
  dropPercent: 66.7,
  level: 2,
  highestSoFar: 2,
  likelihood: null,
});
