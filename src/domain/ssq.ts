// The Simulator Sickness Questionnaire (Kennedy et al., 1993): 16 symptoms rated 0-3, scored on
// three overlapping subscales. Pure.

export type SsqAnswers = readonly number[];

export type Subscale = 'nausea' | 'oculomotor' | 'disorientation';

export interface SsqItem {
  /** The symptom, as the questionnaire names it. */
  label: string;
  subscales: readonly Subscale[];
}

export const SSQ_ITEMS: readonly SsqItem[] = [
  { label: 'General discomfort', subscales: ['nausea', 'oculomotor'] },
  { label: 'Fatigue', subscales: ['oculomotor'] },
  { label: 'Headache', subscales: ['oculomotor'] },
  { label: 'Eyestrain', subscales: ['oculomotor'] },
  { label: 'Difficulty focusing', subscales: ['oculomotor', 'disorientation'] },
  { label: 'Increased salivation', subscales: ['nausea'] },
  { label: 'Sweating', subscales: ['nausea'] },
  { label: 'Nausea', subscales: ['nausea', 'disorientation'] },
  { label: 'Difficulty concentrating', subscales: ['nausea', 'oculomotor'] },
  { label: 'Fullness of head', subscales: ['disorientation'] },
  { label: 'Blurred vision', subscales: ['oculomotor', 'disorientation'] },
  { label: 'Dizziness with eyes open', subscales: ['disorientation'] },
  { label: 'Dizziness with eyes closed', subscales: ['disorientation'] },
  { label: 'Vertigo', subscales: ['disorientation'] },
  { label: 'Stomach awareness', subscales: ['nausea'] },
  { label: 'Burping', subscales: ['nausea'] },
];

export const SSQ_SEVERITY = ['None', 'Slight', 'Moderate', 'Severe'] as const;

export const SSQ_WEIGHTS: Readonly<Record<Subscale, number>> = {
  nausea: 9.54,
  oculomotor: 7.58,
  disorientation: 13.92,
};
export const SSQ_TOTAL_WEIGHT = 3.74;
/** A rise of the total by this much from before to after suggests a rest. */
export const SSQ_REST_RISE = 20;

export interface SsqScore {
  nausea: number;
  oculomotor: number;
  disorientation: number;
  total: number;
}

/** What is wrong with a set of answers, in words; null when it can be scored. */
export function ssqProblem(answers: unknown): string | null {
  if (!Array.isArray(answers)) return 'the cybersickness answers are not a list';
  if (answers.length !== SSQ_ITEMS.length)
    return `the cybersickness check has ${SSQ_ITEMS.length} answers, not ${answers.length}`;
  const bad = answers.findIndex((a) => !Number.isInteger(a) || a < 0 || a > 3);
  if (bad >= 0)
    return `${SSQ_ITEMS[bad]?.label}: ${String(answers[bad])} is not one of 0 (none) to 3 (severe)`;
  return null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Weighted subscale scores and the total, rounded to 0.1. Throws on answers ssqProblem refuses. */
export function scoreSsq(answers: SsqAnswers): SsqScore {
  const problem = ssqProblem(answers);
  if (problem) throw new RangeError(problem);
  const raw: Record<Subscale, number> = { nausea: 0, oculomotor: 0, disorientation: 0 };
  SSQ_ITEMS.forEach((item, i) => {
    for (const s of item.subscales) raw[s] += answers[i] ?? 0;
  });
  return {
    nausea: round1(raw.nausea * SSQ_WEIGHTS.nausea),
    oculomotor: round1(raw.oculomotor * SSQ_WEIGHTS.oculomotor),
    disorientation: round1(raw.disorientation * SSQ_WEIGHTS.disorientation),
    total: round1((raw.nausea + raw.oculomotor + raw.disorientation) * SSQ_TOTAL_WEIGHT),
  };
}

export interface SsqChange {
  before: SsqScore;
  after: SsqScore;
  rise: number;
  /** The total rose by SSQ_REST_RISE or more: a rest is suggested before going on. */
  restSuggested: boolean;
}

export function ssqChange(before: SsqAnswers | undefined, after: SsqAnswers | undefined) {
  if (!before || !after) return null;
  const b = scoreSsq(before);
  const a = scoreSsq(after);
  const rise = round1(a.total - b.total);
  return { before: b, after: a, rise, restSuggested: rise >= SSQ_REST_RISE } satisfies SsqChange;
}
