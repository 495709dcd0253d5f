// The Simulator Sickness Questionnaire (Kennedy et al., 1993): 16 symptoms rated 0-3, scored on
// three overlapping subscales. Pure.

import { defineMessages, type Phrase, phrase, type Text } from './phrase';

export type SsqAnswers = readonly number[];

export type Subscale = 'nausea' | 'oculomotor' | 'disorientation';

export interface SsqItem {
  /** The symptom, as the questionnaire names it. */
  label: Text;
  subscales: readonly Subscale[];
}

const m = defineMessages({
  generalDiscomfort: { id: 'ssq.item.generalDiscomfort', defaultMessage: 'General discomfort' },
  fatigue: { id: 'ssq.item.fatigue', defaultMessage: 'Fatigue' },
  headache: { id: 'ssq.item.headache', defaultMessage: 'Headache' },
  eyestrain: { id: 'ssq.item.eyestrain', defaultMessage: 'Eyestrain' },
  difficultyFocusing: {
    id: 'ssq.item.difficultyFocusing',
    defaultMessage: 'Difficulty focusing',
    description: 'Symptom: the eyes find it hard to see sharply',
  },
  increasedSalivation: {
    id: 'ssq.item.increasedSalivation',
    defaultMessage: 'Increased salivation',
  },
  sweating: { id: 'ssq.item.sweating', defaultMessage: 'Sweating' },
  nausea: { id: 'ssq.item.nausea', defaultMessage: 'Nausea' },
  difficultyConcentrating: {
    id: 'ssq.item.difficultyConcentrating',
    defaultMessage: 'Difficulty concentrating',
  },
  fullnessOfHead: {
    id: 'ssq.item.fullnessOfHead',
    defaultMessage: 'Fullness of head',
    description: 'Symptom: a feeling of pressure or heaviness in the head',
  },
  blurredVision: { id: 'ssq.item.blurredVision', defaultMessage: 'Blurred vision' },
  dizzyEyesOpen: { id: 'ssq.item.dizzyEyesOpen', defaultMessage: 'Dizziness with eyes open' },
  dizzyEyesClosed: { id: 'ssq.item.dizzyEyesClosed', defaultMessage: 'Dizziness with eyes closed' },
  vertigo: {
    id: 'ssq.item.vertigo',
    defaultMessage: 'Vertigo',
    description: 'Symptom: the feeling that oneself or the room is spinning; loss of balance',
  },
  stomachAwareness: {
    id: 'ssq.item.stomachAwareness',
    defaultMessage: 'Stomach awareness',
    description: 'Symptom: an uneasy feeling in the stomach, short of nausea',
  },
  burping: { id: 'ssq.item.burping', defaultMessage: 'Burping' },
  none: {
    id: 'ssq.severity.none',
    defaultMessage: 'None',
    description: 'How much a symptom affects the person: not at all',
  },
  slight: { id: 'ssq.severity.slight', defaultMessage: 'Slight' },
  moderate: { id: 'ssq.severity.moderate', defaultMessage: 'Moderate' },
  severe: { id: 'ssq.severity.severe', defaultMessage: 'Severe' },
  notAList: {
    id: 'ssq.problem.notAList',
    defaultMessage: 'the cybersickness answers are not a list',
    description: 'Follows a label and a colon, hence the small first letter',
  },
  count: {
    id: 'ssq.problem.count',
    defaultMessage: 'the cybersickness check has {expected, number} answers, not {count, number}',
    description: 'Follows a label and a colon, hence the small first letter',
  },
  notAScore: {
    id: 'ssq.problem.notAScore',
    defaultMessage: '{symptom}: {value} is not one of 0 (none) to 3 (severe)',
  },
});

export const SSQ_ITEMS: readonly SsqItem[] = [
  { label: m.generalDiscomfort, subscales: ['nausea', 'oculomotor'] },
  { label: m.fatigue, subscales: ['oculomotor'] },
  { label: m.headache, subscales: ['oculomotor'] },
  { label: m.eyestrain, subscales: ['oculomotor'] },
  { label: m.difficultyFocusing, subscales: ['oculomotor', 'disorientation'] },
  { label: m.increasedSalivation, subscales: ['nausea'] },
  { label: m.sweating, subscales: ['nausea'] },
  { label: m.nausea, subscales: ['nausea', 'disorientation'] },
  { label: m.difficultyConcentrating, subscales: ['nausea', 'oculomotor'] },
  { label: m.fullnessOfHead, subscales: ['disorientation'] },
  { label: m.blurredVision, subscales: ['oculomotor', 'disorientation'] },
  { label: m.dizzyEyesOpen, subscales: ['disorientation'] },
  { label: m.dizzyEyesClosed, subscales: ['disorientation'] },
  { label: m.vertigo, subscales: ['disorientation'] },
  { label: m.stomachAwareness, subscales: ['nausea'] },
  { label: m.burping, subscales: ['nausea'] },
];

/** The answers' anchors, scored 0 to 3 in this order. */
export const SSQ_SEVERITY: readonly Text[] = [m.none, m.slight, m.moderate, m.severe];

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

const isScore = (a: unknown) => Number.isInteger(a) && (a as number) >= 0 && (a as number) <= 3;

/** What is wrong with a set of answers, in words; null when it can be scored. */
export function ssqProblem(answers: unknown): Phrase | null {
  if (!Array.isArray(answers)) return phrase(m.notAList);
  if (answers.length !== SSQ_ITEMS.length)
    return phrase(m.count, { expected: SSQ_ITEMS.length, count: answers.length });
  const bad = answers.findIndex((a) => !isScore(a));
  const item = SSQ_ITEMS[bad];
  if (item)
    return phrase(m.notAScore, { symptom: phrase(item.label), value: String(answers[bad]) });
  return null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Weighted subscale scores and the total, rounded to 0.1. Throws on answers ssqProblem refuses. */
export function scoreSsq(answers: SsqAnswers): SsqScore {
  if (ssqProblem(answers)) {
    // Answers are checked where they are given and read; this one is a bug, for a developer.
    const bad = answers.findIndex((a) => !isScore(a));
    const item = SSQ_ITEMS[bad];
    const what = item
      ? `${String(item.label.defaultMessage ?? item.label.id)}: ${String(answers[bad])}`
      : `${answers.length} answers`;
    throw new RangeError(`SSQ answers that cannot be scored: ${what}`);
  }
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
