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
