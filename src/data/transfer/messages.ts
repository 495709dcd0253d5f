// Import problems in words: a field's path and a valibot issue as a person would read them.
import type * as v from 'valibot';
import { show } from '../../domain/fields';
import { isoTime } from './csv';

export { show };

export function pathText(keys: readonly unknown[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  strict_object: 'an object',
  union: 'text, a number, or true or false',
};

export function issueText(issue: v.BaseIssue<unknown>): string {
  // Checks, `custom` and `never` carry their own words.
  if (issue.kind === 'validation' || issue.type === 'custom' || issue.type === 'never')
    return issue.message;
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field';
  if (issue.input === undefined) return 'missing';
  if (issue.type === 'picklist' || issue.type === 'literal')
    return `expected ${choices(issue.expected)}, found ${show(issue.input)}`;
  if (issue.type === 'variant' && issue.expected !== 'Object')
    return typeof issue.input === 'string'
      ? `${show(issue.input)} is not an event type`
      : `expected an event type, found ${show(issue.input)}`;
  return `expected ${EXPECTED[issue.type] ?? issue.expected}, found ${show(issue.input)}`;
}

/** valibot's `("a" | "b" | "c")` as words: `"a", "b" or "c"`. */
function choices(expected: string | null): string {
  const all = (expected ?? '').replace(/^\((.*)\)$/, '$1').split(' | ');
  return all.length > 1 ? `${all.slice(0, -1).join(', ')} or ${all.at(-1)}` : (all[0] ?? '');
}

export const q = (s: string) => show(s);

/** "2026-01-12 18:00 UTC": the same for everyone who reads the message, at any year. */
export const minuteUtc = (at: number) =>
  `${isoTime(at)
    .replace('T', ' ')
    .replace(/:\d{2}\.\d{3}Z$/, '')} UTC`;

/** "1 session", "2 sessions". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an import added, and what it found already here. */
export function importedText(result: { added: number; alreadyHere: number; stepsAdded: number }) {
  const { added, alreadyHere, stepsAdded } = result;
  const here = alreadyHere === 1 ? 'was' : 'were';
  return `Imported ${count(added, 'session', 'sessions')}${alreadyHere > 0 ? `; ${alreadyHere} ${here} already here` : ''}${stepsAdded > 0 ? `, and ${count(stepsAdded, 'ladder step', 'ladder steps')}` : ''}.`;
}
