// The valibot pieces every stored record is built from. Each check says in words what is wrong
// with a value, so an import names the problem as the person would put it. Pure.
import * as v from 'valibot';
import { LEVEL_COUNT } from '../../scenes/types';
import { percentProblem, sudsProblem } from './session/suds';
import { ssqProblem } from './ssq';

/** A value as a message shows it: text quoted (and cut short), structures by their kind. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Latest time a JavaScript Date can hold. */
const MAX_TIME = 8.64e15;

export const num = () =>
  v.pipe(
    v.number(),
    v.check(
      (n: number) => Number.isFinite(n),
      (i) => `${show(i.input)} is not a usable number`,
    ),
  );

export const text = (max: number) =>
  v.pipe(
    v.string(),
    v.check(
      (s) => s.length <= max,
      (i) => `text of ${(i.input as string).length} characters, longer than ${max}`,
    ),
  );

/** An id or a scene's name. */
export const name = () =>
  v.pipe(
    v.string(),
    v.check(
      (s) => s.length >= 1 && s.length <= 200,
      (i) => `${show(i.input)} is not a name of 1 to 200 characters`,
    ),
  );

/** Milliseconds since the epoch. */
export const time = () =>
  v.pipe(
    v.number(),
    v.check(
      (t) => Number.isFinite(t) && t >= 0 && t <= MAX_TIME,
      (i) => `${show(i.input)} is not a time (milliseconds since 1970)`,
    ),
  );

export const suds = () =>
  v.pipe(
    v.number(),
    v.check(
      (n) => sudsProblem(n) === null,
      (i) => sudsProblem(i.input) ?? '',
    ),
  );

export const percent = () =>
  v.pipe(
    v.number(),
    v.check(
      (n) => percentProblem(n) === null,
      (i) => percentProblem(i.input) ?? '',
    ),
  );

export const wholeFrom = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.check(
      (n) => Number.isInteger(n) && n >= min && n <= max,
      (i) => `${show(i.input)} is not a whole number from ${min} to ${max}`,
    ),
  );

export const level = () =>
  v.pipe(
    v.number(),
    v.check(
      (n) => Number.isInteger(n) && n >= 1 && n <= LEVEL_COUNT,
      (i) => `${show(i.input)} is not a level: levels go from 1 to ${LEVEL_COUNT}`,
    ),
  );

/** A name → value object: no list, and no key that could reach an object's prototype. */
export const table = <T extends v.GenericSchema>(value: T) =>
  v.pipe(
    v.custom<Record<string, unknown>>(
      (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
      (i) => `expected an object of names and values, found ${show(i.input)}`,
    ),
    v.check(
      (x) => !Object.keys(x).some((k) => RESERVED_KEYS.has(k)),
      (i) =>
        `${show(Object.keys(i.input).find((k) => RESERVED_KEYS.has(k)))} cannot be a name here`,
    ),
    v.record(v.string(), value),
  );

export const paramValue = () => v.union([v.string(), num(), v.boolean()]);

/** A scene's parameter values (ParamValues). */
export const params = () => v.pipe(table(paramValue()), v.readonly());

/** valibot's objects take lists too (their indexes as keys); a list is never one of ours. */
export const plain = <T extends v.GenericSchema>(schema: T, what = 'an object') =>
  v.pipe(
    v.custom<unknown>(
      (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
      (i) => `expected ${what}, found ${show(i.input)}`,
    ),
    schema,
  );

/** The cybersickness check: 16 answers, 0 (none) to 3 (severe). */
export const ssq = () =>
  v.pipe(
    v.array(v.unknown()),
    v.check(
      (a) => ssqProblem(a) === null,
      (i) => ssqProblem(i.input) ?? '',
    ),
    v.transform((a) => a as number[]),
  );

/** True when A and B are the same type; for compile-time checks that a schema and a type agree. */
export type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
