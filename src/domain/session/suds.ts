// Subjective Units of Distress: 0-100 in steps of 5, with the anchor words shown beside every
// rating control. Pure.

export const SUDS_MIN = 0;
export const SUDS_MAX = 100;
export const SUDS_STEP = 5;

export interface SudsAnchor {
  from: number;
  to: number;
  words: string;
}

export const sudsAnchors: readonly SudsAnchor[] = [
  { from: 0, to: 9, words: 'Calm' },
  { from: 10, to: 39, words: 'Mild, coping' },
  { from: 40, to: 59, words: 'Moderate' },
  { from: 60, to: 89, words: 'Severe, thoughts of leaving' },
  { from: 90, to: 100, words: 'Extreme' },
];

export function sudsWords(suds: number): string {
  return sudsAnchors.find((a) => suds >= a.from && suds <= a.to)?.words ?? '';
}

/** Why a value is not a SUDS rating, or null when it is one. */
export function sudsProblem(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return 'A rating must be a number from 0 to 100.';
  if (value < SUDS_MIN) return `${value} is below 0: ratings go from 0 to 100.`;
  if (value > SUDS_MAX) return `${value} is above 100: ratings go from 0 to 100.`;
  if (value % SUDS_STEP !== 0) return `${value} is not a step of 5: ratings go 0, 5, 10, … 100.`;
  return null;
}

/** Why a value is not a percentage, or null when it is one. */
export function percentProblem(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'Enter a number from 0 to 100.';
  if (value < 0 || value > 100 || !Number.isInteger(value))
    return `${value} is not a whole percentage from 0 to 100.`;
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
