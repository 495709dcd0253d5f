// The valibot pieces every stored record is built from. Each check says in words what is wrong
// with a value, so an import names the problem as the person would put it. Pure.
import * as v from 'valibot';
import { LEVEL_COUNT } from '../../scenes/types';
import { defineMessages, isPhrase, type Phrase, phrase } from './phrase';
import { percentProblem, sudsProblem } from './session/suds';
import { ssqProblem } from './ssq';

const m = defineMessages({
  nothing: {
    id: 'fields.nothing',
    defaultMessage: 'nothing',
    description:
      'What a file holds where a value is missing, as in "expected a number, found nothing"',
  },
  aList: {
    id: 'fields.aList',
    defaultMessage: 'a list',
    description: 'A value a file holds, as in "expected a number, found a list"',
  },
  anObject: {
    id: 'fields.anObject',
    defaultMessage: 'an object',
    description:
      'A value a file holds (names and values in braces), as in "expected a number, found an object"',
  },
  notAHash: {
    id: 'fields.notAHash',
    defaultMessage: '{value} is not a content hash (64 hexadecimal digits)',
  },
  notUsableNumber: {
    id: 'fields.notUsableNumber',
    defaultMessage: '{value} is not a usable number',
  },
  textTooLong: {
    id: 'fields.textTooLong',
    defaultMessage: 'text of {length, number} characters, longer than {max, number}',
  },
  notAName: {
    id: 'fields.notAName',
    defaultMessage: '{value} is not a name of {min, number} to {max, number} characters',
  },
  notATime: {
    id: 'fields.notATime',
    defaultMessage: '{value} is not a time (milliseconds since 1970)',
  },
  notAWholeNumber: {
    id: 'fields.notAWholeNumber',
    defaultMessage: '{value} is not a whole number from {min, number} to {max, number}',
  },
  notALevel: {
    id: 'fields.notALevel',
    defaultMessage: '{value} is not a level: levels go from 1 to {max, number}',
  },
  notATable: {
    id: 'fields.notATable',
    defaultMessage: 'expected an object of names and values, found {value}',
  },
  reservedName: { id: 'fields.reservedName', defaultMessage: '{name} cannot be a name here' },
  notPlain: {
    id: 'fields.notPlain',
    defaultMessage:
      'expected {what, select, event {an event (an object)} step {a step (an object)} other {an object}}, found {value}',
    description: 'An object: names and values in braces in the file',
  },
});

/** A value as a message shows it: text quoted (and cut short), structures by their kind. */
export function show(value: unknown): Phrase | string {
  if (typeof value === 'string') {
    const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return phrase(m.nothing);
  if (Array.isArray(value)) return phrase(m.aList);
  return phrase(m.anObject);
}

/**
 * A check's words as valibot carries them, which is as text: the phrase written as JSON (plain
 * data), read back by `checkWords`, so the words are said in the person's language where shown.
 */
export function says(words: Phrase | string): string {
  return JSON.stringify(words);
}

/** The words of a check's message: its phrase, or the message itself if it is not one of ours. */
export function checkWords(message: string): Phrase | string {
  try {
    const words: unknown = JSON.parse(message);
    if (isPhrase(words) || typeof words === 'string') return words;
  } catch {
    // Not written by `says`: valibot's own words, shown as they are.
  }
  return message;
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Latest time a JavaScript Date can hold. */
const MAX_TIME = 8.64e15;

export const num = () =>
  v.pipe(
    v.number(),
    v.check(
      (n: number) => Number.isFinite(n),
      (i) => says(phrase(m.notUsableNumber, { value: show(i.input) })),
    ),
  );

export const text = (max: number) =>
  v.pipe(
    v.string(),
    v.check(
      (s) => s.length <= max,
      (i) => says(phrase(m.textTooLong, { length: (i.input as string).length, max })),
    ),
  );

/** An id or a scene's name. */
export const name = () =>
  v.pipe(
    v.string(),
    v.check(
      (s) => s.length >= 1 && s.length <= 200,
      (i) => says(phrase(m.notAName, { value: show(i.input), min: 1, max: 200 })),
    ),
  );

/** Milliseconds since the epoch. */
export const time = () =>
  v.pipe(
    v.number(),
    v.check(
      (t) => Number.isFinite(t) && t >= 0 && t <= MAX_TIME,
      (i) => says(phrase(m.notATime, { value: show(i.input) })),
    ),
  );

export const suds = () =>
  v.pipe(
    v.number(),
    v.check(
      (n) => sudsProblem(n) === null,
      (i) => says(sudsProblem(i.input) ?? ''),
    ),
  );

export const percent = () =>
  v.pipe(
    v.number(),
    v.check(
      (n) => percentProblem(n) === null,
      (i) => says(percentProblem(i.input) ?? ''),
    ),
  );

export const wholeFrom = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.check(
      (n) => Number.isInteger(n) && n >= min && n <= max,
      (i) => says(phrase(m.notAWholeNumber, { value: show(i.input), min, max })),
    ),
  );

export const level = () =>
  v.pipe(
    v.number(),
    v.check(
      (n) => Number.isInteger(n) && n >= 1 && n <= LEVEL_COUNT,
      (i) => says(phrase(m.notALevel, { value: show(i.input), max: LEVEL_COUNT })),
    ),
  );

/** A name → value object: no list, and no key that could reach an object's prototype. */
export const table = <T extends v.GenericSchema>(value: T) =>
  v.pipe(
    v.custom<Record<string, unknown>>(
      (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
      (i) => says(phrase(m.notATable, { value: show(i.input) })),
    ),
    v.check(
      (x) => !Object.keys(x).some((k) => RESERVED_KEYS.has(k)),
      (i) =>
        says(
          phrase(m.reservedName, {
            name: show(Object.keys(i.input).find((k) => RESERVED_KEYS.has(k))),
          }),
        ),
    ),
    v.record(v.string(), value),
  );

/** A SHA-256 of a file's bytes, as 64 lowercase hexadecimal digits. */
export const contentHash = () =>
  v.pipe(
    v.string(),
    v.check(
      (s) => /^[0-9a-f]{64}$/.test(s),
      (i) => says(phrase(m.notAHash, { value: show(i.input) })),
    ),
  );

export const paramValue = () => v.union([v.string(), num(), v.boolean()]);

/** A scene's parameter values (ParamValues). */
export const params = () => v.pipe(table(paramValue()), v.readonly());

/** What a `plain` object is, as its message names it. */
export type PlainKind = 'object' | 'event' | 'step';

/** valibot's objects take lists too (their indexes as keys); a list is never one of ours. */
export const plain = <T extends v.GenericSchema>(schema: T, what: PlainKind = 'object') =>
  v.pipe(
    v.custom<unknown>(
      (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
      (i) => says(phrase(m.notPlain, { what, value: show(i.input) })),
    ),
    schema,
  );

/** The cybersickness check: 16 answers, 0 (none) to 3 (severe). */
export const ssq = () =>
  v.pipe(
    v.array(v.unknown()),
    v.check(
      (a) => ssqProblem(a) === null,
      (i) => says(ssqProblem(i.input) ?? ''),
    ),
    v.transform((a) => a as number[]),
  );

/** True when A and B are the same type; for compile-time checks that a schema and a type agree. */
export type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
