// Subjective Units of Distress: 0-100 in steps of 5, with the anchor words shown beside every
// rating control. Pure.
import { defineMessages, type Phrase, phrase, type Text } from '../phrase';

const m = defineMessages({
  calm: {
    id: 'suds.calm',
    defaultMessage: 'Calm',
    description: 'The words beside distress ratings 0 to 9 (of 100)',
  },
  mild: {
    id: 'suds.mild',
    defaultMessage: 'Mild, coping',
    description: 'The words beside distress ratings 10 to 39 (of 100)',
  },
  moderate: {
    id: 'suds.moderate',
    defaultMessage: 'Moderate',
    description: 'The words beside distress ratings 40 to 59 (of 100)',
  },
  severe: {
    id: 'suds.severe',
    defaultMessage: 'Severe, thoughts of leaving',
    description: 'The words beside distress ratings 60 to 89 (of 100): wanting to escape',
  },
  extreme: {
    id: 'suds.extreme',
    defaultMessage: 'Extreme',
    description: 'The words beside distress ratings 90 to 100 (of 100)',
  },
  notANumber: { id: 'suds.notANumber', defaultMessage: 'A rating must be a number from 0 to 100.' },
  below: {
    id: 'suds.below',
    defaultMessage: '{value, number} is below 0: ratings go from 0 to 100.',
  },
  above: {
    id: 'suds.above',
    defaultMessage: '{value, number} is above 100: ratings go from 0 to 100.',
  },
  notAStep: {
    id: 'suds.notAStep',
    defaultMessage: '{value, number} is not a step of 5: ratings go 0, 5, 10, … 100.',
  },
  percentNotANumber: {
    id: 'suds.percentNotANumber',
    defaultMessage: 'Enter a number from 0 to 100.',
  },
  notAPercentage: {
    id: 'suds.notAPercentage',
    defaultMessage: '{value, number} is not a whole percentage from 0 to 100.',
  },
});

export const SUDS_MIN = 0;
export const SUDS_MAX = 100;
export const SUDS_STEP = 5;

export interface SudsAnchor {
  from: number;
  to: number;
  words: Text;
}

export const sudsAnchors: readonly SudsAnchor[] = [
  { from: 0, to: 9, words: m.calm },
  { from: 10, to: 39, words: m.mild },
  { from: 40, to: 59, words: m.moderate },
  { from: 60, to: 89, words: m.severe },
  { from: 90, to: 100, words: m.extreme },
];

/** The anchor words of a rating; a number no rating is (not a step of 5) takes the range below it. */
export function sudsWords(suds: number): Text {
  return sudsAnchors.filter((a) => suds >= a.from).at(-1)?.words ?? m.calm;
}

/** Why a value is not a SUDS rating, or null when it is one. */
export function sudsProblem(value: unknown): Phrase | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return phrase(m.notANumber);
  if (value < SUDS_MIN) return phrase(m.below, { value });
  if (value > SUDS_MAX) return phrase(m.above, { value });
  if (value % SUDS_STEP !== 0) return phrase(m.notAStep, { value });
  return null;
}

/** Why a value is not a percentage, or null when it is one. */
export function percentProblem(value: unknown): Phrase | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return phrase(m.percentNotANumber);
  if (value < 0 || value > 100 || !Number.isInteger(value))
    return phrase(m.notAPercentage, { value });
  return null;
}

/**
 * The desktop keyboard scheme: digit keys 0-9 rate 0-90; with Shift, 5 more (Shift+4 is 45) and
 * Shift+0 is 100. Keys are read by their position (KeyboardEvent.code), so layouts do not matter.
 */
export function sudsFromKey(code: string, shift: boolean): number | null {
  const match = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (!match) return null;
  const digit = Number(match[1]);
  if (!shift) return digit * 10;
  return digit === 0 ? 100 : digit * 10 + 5;
}
