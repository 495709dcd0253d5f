// The scene contract. A scene is a plug-in: metadata and level tables that load without three.js,
// plus a lazily loaded component that renders from (params, seed) and reports its measures.
import type {
  IntlShape,
  MessageDescriptor,
  MessageValues,
  TypedMessageDescriptor,
} from '@formatjs/intl';
import type { ComponentType } from 'react';

/**
 * Words a person reads: a message of the catalogue (src/views/i18n/lang), with its English in
 * `defaultMessage`, declared with `defineMessages` so the extractor finds it. The app says it in
 * the person's language where it is shown.
 */
export type Text = MessageDescriptor;

/**
 * Declares a file's messages; the FormatJS extractor finds them by this name. Plain, any values
 * may be passed (the catalogue check, tests/tools/i18n.mjs, holds every language's placeholders
 * to English's); with the values named, `defineMessages<{ key: { n: number } }>(…)`, the type
 * check holds each call to them too.
 */
export function defineMessages<const D extends Record<string, Text>>(messages: D): D;
export function defineMessages<V extends Record<string, MessageValues>>(
  messages: {
    [K in keyof V]: Text;
  },
): { readonly [K in keyof V]: TypedMessageDescriptor<V[K]> };
export function defineMessages(messages: Record<string, Text>) {
  return messages;
}

/**
 * What pure code needs of a formatter: the page's (react-intl's useIntl) and a test's
 * (@formatjs/intl's createIntl) both fit.
 */
export type Words = Pick<
  IntlShape,
  | 'locale'
  | 'formatMessage'
  | 'formatList'
  | 'formatNumber'
  | 'formatDate'
  | 'formatTime'
  | 'formatPlural'
  | 'formatDisplayName'
>;

/** A value of a phrase: a list of phrases is said as a list ("a, b and c" in English). */
export type PhraseValue = string | number | Date | Phrase | readonly Phrase[];

/** Words made now and shown later (a problem, an error): a message and its values. */
export interface Phrase {
  message: Text;
  values?: Readonly<Record<string, PhraseValue>>;
}

export function phrase(message: Text, values?: Phrase['values']): Phrase {
  return values ? { message, values } : { message };
}

export function isPhrase(value: unknown): value is Phrase {
  return (
    typeof value === 'object' &&
    value !== null &&
    'message' in value &&
    typeof (value as Phrase).message === 'object'
  );
}

export interface NumberParam {
  kind: 'number';
  name: string;
  label: Text;
  /** How a value is written with its unit, e.g. "{value} m"; without one the number alone. */
  unit?: Text;
  min: number;
  max: number;
  step: number;
  default: number;
}

export interface ChoiceParam {
  kind: 'choice';
  name: string;
  label: Text;
  choices: readonly { value: string; label: Text }[];
  default: string;
}

export interface BooleanParam {
  kind: 'boolean';
  name: string;
  label: Text;
  default: boolean;
  /**
   * The person's own choice, not part of how hard a level is (listen to my microphone): asked
   * before the session starts and kept when the level changes.
   */
  own?: boolean;
}

/** Words the person writes themselves (notes for a talk); asked before the session starts. */
export interface TextParam {
  kind: 'text';
  name: string;
  label: Text;
  maxLength: number;
  default: string;
}

export type ParamSpec = NumberParam | ChoiceParam | BooleanParam | TextParam;

/** A parameter that is the person's own (their words, their choices), never a level's difficulty. */
export type OwnParam = TextParam | (BooleanParam & { own: true });

export function isOwnParam(spec: ParamSpec): spec is OwnParam {
  return spec.kind === 'text' || (spec.kind === 'boolean' && spec.own === true);
}
export type ParamValue = number | string | boolean;
export type ParamValues = Readonly<Record<string, ParamValue>>;

/** A scene's named parameters, without the index signature ParamValues needs: for level tables. */
export type Named<T> = { [K in keyof T as string extends K ? never : K]: T[K] };

export interface SceneLevel<P extends ParamValues = ParamValues> {
  /** What the person sees in a list of steps, e.g. "20 m, bar rail". */
  name: Text;
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
  label: Text;
  /** How a value is written with its unit, e.g. "{value} s". */
  unit?: Text;
  /** A yes/no outcome, reported as 1 or 0. */
  yesNo?: boolean;
}

/** The one way a scene tells the session what it observed (time looking down, eye contact...). */
export interface MeasureSink {
  report(name: string, value: number): void;
}

/**
 * Something the person tells the scene with a button or a key ("I answered"). The session offers
 * it in the session bar, on the headset's panel and on the key; it is not logged.
 */
export interface SceneAction {
  name: string;
  label: Text;
  /** The desktop key, as KeyboardEvent.code ('KeyN', 'Enter'). */
  key: string;
  /** The key as printed on the button, e.g. "N". */
  keyLabel: string;
}

/** Where a scene hears its actions: `on` returns the way to stop listening. */
export interface SceneActions {
  on(name: string, handler: () => void): () => void;
}

/** The person's voice level, when the scene listens (level only: nothing is recorded or sent). */
export interface VoiceLevel {
  /** Root-mean-square level of the last moment of sound, 0-1. */
  level(): number;
}

/** Sound a scene may make. The session owns the context, so pausing or leaving silences every scene alike. */
export interface SceneAudio {
  context: AudioContext;
  /** Connect scene sounds here; the session sets its gain from the person's volume setting. */
  destination: AudioNode;
}

/** The person's own photo or video, for a scene that shows one (`ownContent`). */
export interface SceneContent {
  /** The file as an object URL, made by the session and revoked when the scene goes. */
  url: string;
  kind: 'image' | 'video';
  /**
   * 'around': a 360° equirectangular picture, all around the person; 'ahead': an ordinary one,
   * on a screen in front of them.
   */
  wrap: 'around' | 'ahead';
  /** Its size in pixels, as read when it was added. */
  width: number;
  height: number;
}

export interface SceneProps<P extends ParamValues = ParamValues> {
  params: P;
  seed: number;
  measures: MeasureSink;
  /** Null where audio is unavailable or muted; a scene must render the same without it. */
  audio: SceneAudio | null;
  /** How fast the scene's own timeline runs (1 in use; tests raise it to see minutes in seconds). */
  timeScale?: number;
  /** The person's actions of the scene's `actions`; absent where the scene declares none. */
  actions?: SceneActions;
  /**
   * The microphone's level while the scene `listens`; null until permission is given, when it is
   * refused, or where there is no microphone (the scene works the same without it).
   */
  voice?: VoiceLevel | null;
  /** The person's own file, for a scene with `ownContent`; absent for every other scene. */
  content?: SceneContent;
  /**
   * The session is paused (the person's pause, or the headset taken off): a scene whose story
   * runs on its own clock outside the frame loop (a video) holds it until this is false again.
   */
  paused?: boolean;
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
  title: Text;
  description: Text;
  /** The fear a ladder of this scene's steps works on; a scene without one (calm) has no ladder. */
  fear?: Text;
  params: readonly ParamSpec[];
  levels: TenLevels<P>;
  measures: readonly MeasureSpec[];
  /** Scenes with an edge say where the floor is; without it the person stands at the origin. */
  standing?: (params: P) => StandingArea;
  /**
   * Where the desktop view first looks, as a pitch in radians (down is negative), for a scene
   * whose subject is below the eyes (a table in front). Later changes of level keep the person's
   * own look. Without it the view starts level.
   */
  gaze?: (params: P) => number;
  /** A heavy view (many buildings, a large crowd): the headset is asked for 72 or 90 Hz, not its highest rate. */
  heavy?: (params: P) => boolean;
  /**
   * Slight changes for a varied session of the same step (inhibitory learning): what the scene
   * may change without changing how hard the step is. The session also gets a new seed.
   */
  vary?: (params: P, random: () => number) => Partial<P>;
  /** What the person can tell the scene by button or key while it runs. */
  actions?: readonly SceneAction[];
  /**
   * Whether the scene listens to the person's voice level with these parameters. The session
   * asks for the microphone only then, and closes it when the scene stops listening.
   */
  listens?: (params: P) => boolean;
  /**
   * The scene shows the person's own file (SceneProps.content): it is opened only from one of
   * their places, never offered as a scene of its own, and its fear is the ladder's it is on.
   */
  ownContent?: true;
  load: () => Promise<{ default: ComponentType<SceneProps<P>> }>;
}

// ---------------------------------------------------------------------------------------------
// Checks and lookups over a scene's parameter specs and level tables, part of the contract so the
// pure layers can use them. No React, no three.

export const LEVEL_COUNT = 10;

const m = defineMessages({
  problem: { id: 'param.problem', defaultMessage: '{label}: {problem}' },
  missing: { id: 'param.missing', defaultMessage: 'missing' },
  notAParameter: {
    id: 'param.notAParameter',
    defaultMessage: '{name}: not a parameter of this scene',
  },
  notANumber: { id: 'param.notANumber', defaultMessage: '{value} is not a number' },
  below: { id: 'param.below', defaultMessage: '{value} is below {min}' },
  above: { id: 'param.above', defaultMessage: '{value} is above {max}' },
  notInSteps: { id: 'param.notInSteps', defaultMessage: '{value} is not in steps of {step}' },
  notAChoice: { id: 'param.notAChoice', defaultMessage: '"{value}" is not one of {choices}' },
  notYesNo: { id: 'param.notYesNo', defaultMessage: '{value} is not yes or no' },
  notText: { id: 'param.notText', defaultMessage: '{value} is not text' },
  tooLong: {
    id: 'param.tooLong',
    defaultMessage: '{length} characters is over the {max} allowed',
  },
  yes: { id: 'param.yes', defaultMessage: 'yes' },
  no: { id: 'param.no', defaultMessage: 'no' },
  gentlest: { id: 'level.gentlest', defaultMessage: 'The gentlest level: {name}.' },
  change: { id: 'level.change', defaultMessage: '{label}: {from} → {to}' },
  same: { id: 'level.same', defaultMessage: 'As level {below}: {name}.' },
  changes: { id: 'level.changes', defaultMessage: 'From level {below}: {changes}.' },
});

/** Problems with a set of values against the specs, in words a person can act on; empty when valid. */
export function paramProblems(specs: readonly ParamSpec[], values: ParamValues): Phrase[] {
  const problems: Phrase[] = [];
  for (const spec of specs) {
    const value = values[spec.name];
    const label = phrase(spec.label);
    if (value === undefined) {
      problems.push(phrase(m.problem, { label, problem: phrase(m.missing) }));
      continue;
    }
    problems.push(
      ...valueProblems(spec, value).map((problem) => phrase(m.problem, { label, problem })),
    );
  }
  for (const name of Object.keys(values)) {
    if (!specs.some((spec) => spec.name === name)) problems.push(phrase(m.notAParameter, { name }));
  }
  return problems;
}

/** A number with the spec's unit, as a phrase ("10 m"). */
function withUnit(spec: NumberParam, value: number): PhraseValue {
  return spec.unit ? phrase(spec.unit, { value }) : value;
}

function valueProblems(spec: ParamSpec, value: ParamValue): Phrase[] {
  switch (spec.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return [phrase(m.notANumber, { value: String(value) })];
      if (value < spec.min)
        return [phrase(m.below, { value: withUnit(spec, value), min: withUnit(spec, spec.min) })];
      if (value > spec.max)
        return [phrase(m.above, { value: withUnit(spec, value), max: withUnit(spec, spec.max) })];
      const steps = (value - spec.min) / spec.step;
      if (Math.abs(steps - Math.round(steps)) > 1e-6)
        return [phrase(m.notInSteps, { value, step: spec.step })];
      return [];
    }
    case 'choice':
      return spec.choices.some((c) => c.value === value)
        ? []
        : [
            phrase(m.notAChoice, {
              value: String(value),
              choices: spec.choices.map((c) => c.value).join(', '),
            }),
          ];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [phrase(m.notYesNo, { value: String(value) })];
    case 'text':
      if (typeof value !== 'string') return [phrase(m.notText, { value: String(value) })];
      return value.length > spec.maxLength
        ? [phrase(m.tooLong, { length: value.length, max: spec.maxLength })]
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
 * A level's values with the person's own (their notes, the microphone) carried over from the
 * current values: changing the level must not wipe what they wrote or chose.
 */
export function levelWithOwnWords(
  specs: readonly ParamSpec[],
  levelParams: ParamValues,
  current: ParamValues,
): Record<string, ParamValue> {
  const result: Record<string, ParamValue> = { ...levelParams };
  for (const spec of specs) {
    const value = current[spec.name];
    if (isOwnParam(spec) && typeof value === typeof spec.default)
      result[spec.name] = value as ParamValue;
  }
  return result;
}

/** A parameter's value as a person reads it: "10 m", a choice's label, "yes" or "no". */
export function paramValueText(spec: ParamSpec, value: ParamValue): Phrase | string {
  switch (spec.kind) {
    case 'number':
      return spec.unit && typeof value === 'number' ? phrase(spec.unit, { value }) : String(value);
    case 'choice': {
      const choice = spec.choices.find((c) => c.value === value);
      return choice ? phrase(choice.label) : String(value);
    }
    case 'boolean':
      return phrase(value ? m.yes : m.no);
    case 'text':
      return String(value);
  }
}

/** A phrase or plain text (a person's own words, a number) said in the page's language. */
export function say(intl: Words, words: Phrase | string): string {
  if (typeof words === 'string') return words;
  if (!words.values) return intl.formatMessage(words.message);
  const values: Record<string, string | number | Date> = {};
  for (const [key, value] of Object.entries(words.values)) {
    if (Array.isArray(value)) values[key] = intl.formatList(value.map((p) => say(intl, p)));
    else values[key] = isPhrase(value) ? say(intl, value) : (value as string | number | Date);
  }
  return intl.formatMessage(words.message, values);
}

/**
 * What a level is, read from the scene's level table: the first level's name, then for every
 * other level what changes from the level below it ("Height above the street: 3 m → 10 m").
 */
export function levelChanges(scene: SceneDefinition, level: number): Phrase {
  const here = levelOf(scene, level);
  const name = phrase(here.name);
  if (level === 1) return phrase(m.gentlest, { name });
  const below = levelOf(scene, level - 1);
  const changes = scene.params
    .filter((spec) => !isOwnParam(spec) && below.params[spec.name] !== here.params[spec.name])
    .map((spec): Phrase => {
      const from = below.params[spec.name];
      const to = here.params[spec.name];
      if (from === undefined || to === undefined) return phrase(spec.label);
      return phrase(m.change, {
        label: phrase(spec.label),
        from: paramValueText(spec, from),
        to: paramValueText(spec, to),
      });
    });
  if (changes.length === 0) return phrase(m.same, { below: level - 1, name });
  return phrase(m.changes, { below: level - 1, changes });
}
