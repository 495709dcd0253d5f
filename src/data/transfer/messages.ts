// Import problems in words: a field's path and a valibot issue as a person would read them, as
// phrases, said in the person's language where the page shows them. Pure.
import type * as v from 'valibot';
import { checkWords, show } from '../../domain/fields';
import { defineMessages, type Phrase, type PhraseValue, phrase } from '../../domain/phrase';
import { isoTime } from './csv';

export { show };

const m = defineMessages({
  at: {
    id: 'import.at',
    defaultMessage: '{where}: {problem}',
    description:
      'A problem in an imported file, after where it is, e.g. "sessions[3].events[2].suds"',
  },
  unknownField: { id: 'import.unknownField', defaultMessage: 'unknown field' },
  missing: { id: 'import.missing', defaultMessage: 'missing' },
  expectedChoice: {
    id: 'import.expectedChoice',
    defaultMessage: 'expected {choices}, found {value}',
  },
  orList: {
    id: 'import.orList',
    defaultMessage: '{items} or {last}',
    description:
      'Values a field may take, e.g. "1, 2 or 3"; {items} are the first ones, with commas',
  },
  notAnEventType: { id: 'import.notAnEventType', defaultMessage: '{value} is not an event type' },
  expectedEventType: {
    id: 'import.expectedEventType',
    defaultMessage: 'expected an event type, found {value}',
  },
  expected: {
    id: 'import.expected',
    defaultMessage:
      'expected {kind, select, text {text} number {a number} boolean {true or false} list {a list} object {an object} union {text, a number, or true or false} other {{expected}}}, found {value}',
    description: 'A value of the wrong kind in an imported file; {expected} is a technical name',
  },
  imported: {
    id: 'import.imported',
    defaultMessage:
      'Imported {added, plural, one {# session} other {# sessions}}{alreadyHere, plural, =0 {} one {; # was already here} other {; # were already here}}{stepsAdded, plural, =0 {} one {, and # ladder step} other {, and # ladder steps}}.',
    description: 'What an import of an export file added, and what it found already on the device',
  },
});

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

/** A problem led by where it is in the file: `sessions[3].events[12].suds: …`. */
export const at = (where: string, problem: PhraseValue): Phrase => phrase(m.at, { where, problem });

/** "missing": a field the file leaves out. */
export const missing = (): Phrase => phrase(m.missing);

/** valibot's kinds of value, as the message's choices name them. */
const KINDS: Record<string, string> = {
  string: 'text',
  number: 'number',
  boolean: 'boolean',
  array: 'list',
  strict_object: 'object',
  union: 'union',
};

export function issueText(issue: v.BaseIssue<unknown>): Phrase | string {
  // Checks, `custom` and `never` carry their own words.
  if (issue.kind === 'validation' || issue.type === 'custom' || issue.type === 'never')
    return checkWords(issue.message);
  if (issue.type === 'strict_object' && issue.expected === 'never') return phrase(m.unknownField);
  if (issue.input === undefined) return missing();
  if (issue.type === 'picklist' || issue.type === 'literal')
    return expectedOneOf(choices(issue.expected), show(issue.input));
  if (issue.type === 'variant' && issue.expected !== 'Object')
    return typeof issue.input === 'string'
      ? phrase(m.notAnEventType, { value: show(issue.input) })
      : phrase(m.expectedEventType, { value: show(issue.input) });
  return phrase(m.expected, {
    kind: KINDS[issue.type] ?? 'other',
    expected: issue.expected ?? '',
    value: show(issue.input),
  });
}

/** "expected "a", "b" or "c", found "d"": the values a field may take, and the one it has. */
export function expectedOneOf(all: readonly string[], found: PhraseValue): Phrase {
  return phrase(m.expectedChoice, { choices: oneOf(all), value: found });
}

/** `"a", "b" or "c"`: a choice between values as written in the file. */
function oneOf(all: readonly string[]): PhraseValue {
  if (all.length < 2) return all[0] ?? '';
  return phrase(m.orList, { items: all.slice(0, -1).join(', '), last: all.at(-1) ?? '' });
}

/** valibot's `("a" | "b" | "c")` as the values it lists. */
function choices(expected: string | null): string[] {
  return (expected ?? '').replace(/^\((.*)\)$/, '$1').split(' | ');
}

export const q = (s: string) => show(s);

/** "2026-01-12 18:00 UTC": the same for everyone who reads the message, at any year. */
export const minuteUtc = (at: number) =>
  `${isoTime(at)
    .replace('T', ' ')
    .replace(/:\d{2}\.\d{3}Z$/, '')} UTC`;

/** What an import added, and what it found already here. */
export function importedText(result: {
  added: number;
  alreadyHere: number;
  stepsAdded: number;
}): Phrase {
  const { added, alreadyHere, stepsAdded } = result;
  return phrase(m.imported, { added, alreadyHere, stepsAdded });
}
