// The personal exposure ladder: each fear (scene) has its own ordered list of steps, each step a
// level or the person's own parameters, in their words, with the distress they expect. Pure.

import type * as v from 'valibot';
import type { SceneDefinition } from '../../../scenes/types';
import { LEVEL_COUNT, levelOf, paramProblems } from '../../../scenes/types';
import { sudsProblem } from '../session/suds';
import type { Suggestion } from './progress';
import type { ladderStepSchema } from './schema';

/** A step of a scene's ladder, as stored (its schema is in schema.ts). */
export type LadderStep = v.InferOutput<typeof ladderStepSchema>;

export const STEP_NAME_MAX = 80;

export type StepDraft = Pick<
  LadderStep,
  'sceneId' | 'name' | 'level' | 'params' | 'custom' | 'expectedSuds'
>;

/** What is wrong with a step, in words; null when it may be saved. */
export function stepProblem(scene: SceneDefinition, draft: StepDraft): string | null {
  const name = draft.name.trim();
  if (name.length === 0) return 'Give the step a name in your own words.';
  if (name.length > STEP_NAME_MAX)
    return `The name is ${name.length} characters; keep it to ${STEP_NAME_MAX}.`;
  if (!Number.isInteger(draft.level) || draft.level < 1 || draft.level > LEVEL_COUNT)
    return `Level ${draft.level} is not a level from 1 to ${LEVEL_COUNT}.`;
  const params = paramProblems(scene.params, draft.params);
  if (params.length > 0) return params.join('; ');
  if (!draft.custom && changedFromLevel(scene, draft).length > 0)
    return `The values are not level ${draft.level}'s; mark the step as your own values.`;
  if (draft.expectedSuds !== null) {
    const suds = sudsProblem(draft.expectedSuds);
    if (suds) return `Expected distress: ${suds}`;
  }
  return null;
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
    name: level.name,
    level: i + 1,
    params: level.params,
    custom: false,
    expectedSuds: null,
    position: i,
    createdAt: now,
  }));
}

/** One scene's steps, bottom first. */
export function ladderOf(steps: readonly LadderStep[], sceneId: string): LadderStep[] {
  return steps
    .filter((s) => s.sceneId === sceneId)
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
export function stepPlace(step: Pick<LadderStep, 'level' | 'custom'>): string {
  return step.custom ? `Own settings, from level ${step.level}` : `Level ${step.level}`;
}

/** Parameters that differ from the step's level, for showing what a custom step changes. */
export function changedFromLevel(
  scene: SceneDefinition,
  step: Pick<LadderStep, 'level' | 'params'>,
): string[] {
  const base = levelOf(scene, step.level).params;
  return scene.params
    .filter((spec) => spec.kind !== 'text' && step.params[spec.name] !== base[spec.name])
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
