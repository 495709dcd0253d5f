// The personal exposure ladder: each fear (scene) has its own ordered list of steps, each step a
// level or the person's own parameters, in their words, with the distress they expect. Pure.

import type * as v from 'valibot';
import type { SceneDefinition, SceneLevel } from '../../../scenes/types';
import { isOwnParam, LEVEL_COUNT, levelOf, paramProblems } from '../../../scenes/types';
import { defineMessages, type Phrase, phrase } from '../phrase';
import { sudsProblem } from '../session/suds';
import type { Suggestion } from './progress';
import type { ladderStepSchema } from './schema';

/** A step of a scene's ladder, as stored (its schema is in schema.ts). */
export type LadderStep = v.InferOutput<typeof ladderStepSchema>;

export const STEP_NAME_MAX = 80;

const m = defineMessages({
  noName: { id: 'ladder.noName', defaultMessage: 'Give the step a name in your own words.' },
  longName: {
    id: 'ladder.longName',
    defaultMessage: 'The name is {length} characters; keep it to {max}.',
  },
  notALevel: {
    id: 'ladder.notALevel',
    defaultMessage: 'Level {level} is not a level from {min} to {max}.',
  },
  problems: {
    id: 'ladder.problems',
    defaultMessage: '{first}; {rest}',
    description: 'Two or more problems with a step, one after the other',
  },
  notTheLevel: {
    id: 'ladder.notTheLevel',
    defaultMessage: "The values are not level {level}'s; mark the step as your own values.",
  },
  expected: { id: 'ladder.expectedProblem', defaultMessage: 'Expected distress: {problem}' },
  place: {
    id: 'ladder.place',
    defaultMessage: '{kind, select, own {Own settings, from level {level}} other {Level {level}}}',
    description: "Where a step sits among the scene's levels: a level, or the person's own values",
  },
  placeInline: {
    id: 'ladder.placeInline',
    defaultMessage: '{kind, select, own {own settings, from level {level}} other {level {level}}}',
    description:
      'The same as ladder.place, inside a sentence (after a comma), e.g. "step 2 of 5, Heights, level 3"',
  },
});

export type StepDraft = Pick<
  LadderStep,
  'sceneId' | 'name' | 'level' | 'params' | 'custom' | 'expectedSuds'
>;

/** Problems one after the other ("a; b; c"), as one phrase. */
function oneAfterAnother([first, ...rest]: readonly [Phrase, ...Phrase[]]): Phrase {
  const [next, ...more] = rest;
  return next ? phrase(m.problems, { first, rest: oneAfterAnother([next, ...more]) }) : first;
}

/** What is wrong with a step, in words; null when it may be saved. */
export function stepProblem(scene: SceneDefinition, draft: StepDraft): Phrase | null {
  const name = draft.name.trim();
  if (name.length === 0) return phrase(m.noName);
  if (name.length > STEP_NAME_MAX)
    return phrase(m.longName, { length: name.length, max: STEP_NAME_MAX });
  if (!Number.isInteger(draft.level) || draft.level < 1 || draft.level > LEVEL_COUNT)
    return phrase(m.notALevel, { level: draft.level, min: 1, max: LEVEL_COUNT });
  const [first, ...more] = paramProblems(scene.params, draft.params);
  if (first) return oneAfterAnother([first, ...more]);
  if (!draft.custom && changedFromLevel(scene, draft).length > 0)
    return phrase(m.notTheLevel, { level: draft.level });
  if (draft.expectedSuds !== null) {
    const suds = sudsProblem(draft.expectedSuds);
    if (suds) return phrase(m.expected, { problem: suds });
  }
  return null;
}

/**
 * The name a step of the starting ladder is stored with: its level's name in English, the words
 * of the level table, so that it can be recognised as the app's and not the person's.
 */
export function defaultStepName(level: SceneLevel): string {
  const { defaultMessage } = level.name;
  return typeof defaultMessage === 'string' ? defaultMessage : String(level.name.id);
}

/**
 * A step's name as the person reads it. A name the app gave (a level's, from the starting ladder)
 * is said in the page's language, as the level is; a name the person wrote is theirs, as stored.
 * Once they edit it, it is theirs too.
 */
export function stepName(scene: SceneDefinition | undefined, name: string): Phrase | string {
  const level = scene?.levels.find((l) => defaultStepName(l) === name);
  return level ? phrase(level.name) : name;
}

/** The ladder offered when a scene has none: one step per level, expected SUDS left to the person. */
export function startingLadder(
  scene: SceneDefinition,
  now: number,
  newId: () => string,
): LadderStep[] {
  return scene.levels.map((level, i) => ({
    id: newId(),
    sceneId: scene.id,
    name: defaultStepName(level),
    level: i + 1,
    params: level.params,
    custom: false,
    expectedSuds: null,
    position: i,
    createdAt: now,
  }));
}

/** The ladder a step stands on: its own (a place on the heights ladder), or its scene's. */
export function ladderIdOf(step: Pick<LadderStep, 'sceneId' | 'ladder'>): string {
  return step.ladder ?? step.sceneId;
}

/** One ladder's steps (a scene's, or one of the person's own), bottom first. */
export function ladderOf(steps: readonly LadderStep[], ladderId: string): LadderStep[] {
  return steps
    .filter((s) => ladderIdOf(s) === ladderId)
    .sort((a, b) => a.position - b.position || a.createdAt - b.createdAt);
}

/** The ladder with one step moved to `toIndex`, every position renumbered from 0. */
export function moveStep(ladder: readonly LadderStep[], id: string, toIndex: number): LadderStep[] {
  const from = ladder.findIndex((s) => s.id === id);
  if (from < 0) return [...ladder];
  const to = Math.max(0, Math.min(ladder.length - 1, toIndex));
  const order = [...ladder];
  const [moved] = order.splice(from, 1);
  if (moved) order.splice(to, 0, moved);
  return order.map((s, position) => ({ ...s, position }));
}

/** Where a step sits among the levels, e.g. "Level 4" or "Own settings, from level 4". */
export function stepPlace(step: Pick<LadderStep, 'level' | 'custom'>): Phrase {
  return phrase(m.place, { kind: step.custom ? 'own' : 'level', level: step.level });
}

/** The same, inside a sentence: "level 4", "own settings, from level 4". */
export function stepPlaceInline(step: Pick<LadderStep, 'level' | 'custom'>): Phrase {
  return phrase(m.placeInline, { kind: step.custom ? 'own' : 'level', level: step.level });
}

/** Parameters that differ from the step's level, for showing what a custom step changes. */
export function changedFromLevel(
  scene: SceneDefinition,
  step: Pick<LadderStep, 'level' | 'params'>,
): string[] {
  const base = levelOf(scene, step.level).params;
  return scene.params
    .filter((spec) => !isOwnParam(spec) && step.params[spec.name] !== base[spec.name])
    .map((spec) => spec.name);
}

/**
 * The step to practise next on a ladder: the lowest one the progress rule has not yet suggested
 * stepping up from. Null when the person has climbed them all (or the ladder is empty).
 */
export function nextStep(
  ladder: readonly LadderStep[],
  suggestionOf: (step: LadderStep) => Suggestion,
): LadderStep | null {
  return ladder.find((step) => suggestionOf(step).kind !== 'up') ?? null;
}
