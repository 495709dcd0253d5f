// Checks and lookups over a scene's parameter specs and level tables. Pure: no React, no three.
import type { ParamSpec, ParamValue, ParamValues, SceneDefinition } from '../types';

export const LEVEL_COUNT = 10;

/** Problems with a set of values against the specs, in words a person can act on; empty when valid. */
export function paramProblems(specs: readonly ParamSpec[], values: ParamValues): string[] {
  const problems: string[] = [];
  for (const spec of specs) {
    const value = values[spec.name];
    if (value === undefined) {
      problems.push(`${spec.label}: missing`);
      continue;
    }
    problems.push(...valueProblems(spec, value).map((p) => `${spec.label}: ${p}`));
  }
  for (const name of Object.keys(values)) {
    if (!specs.some((spec) => spec.name === name))
      problems.push(`${name}: not a parameter of this scene`);
  }
  return problems;
}

function valueProblems(spec: ParamSpec, value: ParamValue): string[] {
  switch (spec.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return [`${String(value)} is not a number`];
      const unit = spec.unit ? ` ${spec.unit}` : '';
      if (value < spec.min) return [`${value}${unit} is below ${spec.min}${unit}`];
      if (value > spec.max) return [`${value}${unit} is above ${spec.max}${unit}`];
      const steps = (value - spec.min) / spec.step;
      if (Math.abs(steps - Math.round(steps)) > 1e-6)
        return [`${value} is not in steps of ${spec.step}`];
      return [];
    }
    case 'choice':
      return spec.choices.some((c) => c.value === value)
        ? []
        : [`"${String(value)}" is not one of ${spec.choices.map((c) => c.value).join(', ')}`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${String(value)} is not yes or no`];
    case 'text':
      if (typeof value !== 'string') return [`${String(value)} is not text`];
      return value.length > spec.maxLength
        ? [`${value.length} characters is over the ${spec.maxLength} allowed`]
        : [];
  }
}

/** The default value of every parameter. */
export function defaultParams(specs: readonly ParamSpec[]): Record<string, ParamValue> {
  return Object.fromEntries(specs.map((spec) => [spec.name, spec.default]));
}

/** Levels are numbered 1 to 10 as the person sees them. */
export function isLevelNumber(level: number): boolean {
  return Number.isInteger(level) && level >= 1 && level <= LEVEL_COUNT;
}

export function levelOf<P extends ParamValues>(scene: SceneDefinition<P>, level: number) {
  if (!isLevelNumber(level))
    throw new RangeError(`Level ${level} is not between 1 and ${LEVEL_COUNT}`);
  // Safe: the level is checked against the fixed length of the tuple above.
  return scene.levels[level - 1] as SceneDefinition<P>['levels'][number];
}

/**
 * A level's values with the person's own words (text parameters such as notes) carried over from
 * the current values: changing the level must not wipe what they wrote.
 */
export function levelWithOwnWords(
  specs: readonly ParamSpec[],
  levelParams: ParamValues,
  current: ParamValues,
): Record<string, ParamValue> {
  const result: Record<string, ParamValue> = { ...levelParams };
  for (const spec of specs) {
    const value = current[spec.name];
    if (spec.kind === 'text' && typeof value === 'string') result[spec.name] = value;
  }
  return result;
}
