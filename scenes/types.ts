// The scene contract. A scene is a plug-in: metadata and level tables that load without three.js,
// plus a lazily loaded component that renders from (params, seed) and reports its measures.
import type { ComponentType } from 'react';

export interface NumberParam {
  kind: 'number';
  name: string;
  label: string;
  unit?: string;
  min: number;
  max: number;
  step: number;
  default: number;
}

export interface ChoiceParam {
  kind: 'choice';
  name: string;
  label: string;
  choices: readonly { value: string; label: string }[];
  default: string;
}

export interface BooleanParam {
  kind: 'boolean';
  name: string;
  label: string;
  default: boolean;
}

/** Words the person writes themselves (notes for a talk); asked before the session starts. */
export interface TextParam {
  kind: 'text';
  name: string;
  label: string;
  maxLength: number;
  default: string;
}

export type ParamSpec = NumberParam | ChoiceParam | BooleanParam | TextParam;
export type ParamValue = number | string | boolean;
export type ParamValues = Readonly<Record<string, ParamValue>>;

export interface SceneLevel<P extends ParamValues = ParamValues> {
  /** What the person sees in a list of steps, e.g. "20 m, bar rail". */
  name: string;
  params: P;
}

/** Every scene grades exposure in exactly ten levels. */
export type TenLevels<P extends ParamValues = ParamValues> = readonly [
  SceneLevel<P>,
  SceneLevel<P>,
  SceneLevel<P>,
  SceneLevel<P>,
  SceneLevel<P>,
  SceneLevel<P>,
  SceneLevel<P>,
  SceneLevel<P>,
  SceneLevel<P>,
  SceneLevel<P>,
];

export interface MeasureSpec {
  name: string;
  label: string;
  unit?: string;
  /** A yes/no outcome, reported as 1 or 0. */
  yesNo?: boolean;
}

/** The one way a scene tells the session what it observed (time looking down, eye contact...). */
export interface MeasureSink {
  report(name: string, value: number): void;
}

/** Sound a scene may make. The session owns the context, so pausing or leaving silences every scene alike. */
export interface SceneAudio {
  context: AudioContext;
  /** Connect scene sounds here; the session sets its gain from the person's volume setting. */
  destination: AudioNode;
}

export interface SceneProps<P extends ParamValues = ParamValues> {
  params: P;
  seed: number;
  measures: MeasureSink;
  /** Null where audio is unavailable or muted; a scene must render the same without it. */
  audio: SceneAudio | null;
  /** How fast the scene's own timeline runs (1 in use; tests raise it to see minutes in seconds). */
  timeScale?: number;
}

/** A rectangle of floor, in metres: x across, z forward (the person starts at 0, 0 facing -z). */
export interface FloorRect {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

/** Where a person may stand: desktop steps stay inside it; in a headset, leaving it dims the view. */
export interface StandingArea {
  rects: readonly FloorRect[];
}

export interface SceneDefinition<P extends ParamValues = ParamValues> {
  id: string;
  title: string;
  description: string;
  /** The fear a ladder of this scene's steps works on; a scene without one (calm) has no ladder. */
  fear?: string;
  params: readonly ParamSpec[];
  levels: TenLevels<P>;
  measures: readonly MeasureSpec[];
  /** Scenes with an edge say where the floor is; without it the person stands at the origin. */
  standing?: (params: P) => StandingArea;
  /** A heavy view (many buildings, a large crowd): the headset is asked for 72 or 90 Hz, not its highest rate. */
  heavy?: (params: P) => boolean;
  /**
   * Slight changes for a varied session of the same step (inhibitory learning): what the scene
   * may change without changing how hard the step is. The session also gets a new seed.
   */
  vary?: (params: P, random: () => number) => Partial<P>;
  load: () => Promise<{ default: ComponentType<SceneProps<P>> }>;
}

// ---------------------------------------------------------------------------------------------
// Checks and lookups over a scene's parameter specs and level tables, part of the contract so the
// pure layers can use them. No React, no three.

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

/** A parameter's value as a person reads it: "10 m", a choice's label, "yes" or "no". */
export function paramValueText(spec: ParamSpec, value: ParamValue): string {
  switch (spec.kind) {
    case 'number':
      return spec.unit ? `${value} ${spec.unit}` : String(value);
    case 'choice':
      return spec.choices.find((c) => c.value === value)?.label ?? String(value);
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'text':
      return String(value);
  }
}

/**
 * What a level is, read from the scene's level table: the first level's name, then for every
 * other level what changes from the level below it ("Height above the street: 3 m → 10 m").
 */
export function levelChanges(scene: SceneDefinition, level: number): string {
  const here = levelOf(scene, level);
  if (level === 1) return `The gentlest level: ${here.name}.`;
  const below = levelOf(scene, level - 1);
  const changes = scene.params
    .filter((spec) => spec.kind !== 'text' && below.params[spec.name] !== here.params[spec.name])
    .map((spec) => {
      const from = below.params[spec.name];
      const to = here.params[spec.name];
      if (from === undefined || to === undefined) return spec.label;
      return `${spec.label}: ${paramValueText(spec, from)} → ${paramValueText(spec, to)}`;
    });
  return changes.length === 0
    ? `As level ${level - 1}: ${here.name}.`
    : `From level ${level - 1}: ${changes.join('; ')}.`;
}
