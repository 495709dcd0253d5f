import { describe, expect, it } from 'vitest';
import { say } from '../../src/domain/phrase';
import { percentProblem, sudsAnchors, sudsProblem, sudsWords } from '../../src/domain/session/suds';
import { english, intlFor } from './intl';

const problem = (p: ReturnType<typeof sudsProblem>, intl = english) => (p ? say(intl, p) : null);

describe('the SUDS words', () => {
  it('explains a value that is not a rating, as before', () => {
    expect(problem(sudsProblem(45))).toBeNull();
    expect(problem(sudsProblem('x'))).toBe('A rating must be a number from 0 to 100.');
    expect(problem(sudsProblem(-5))).toBe('-5 is below 0: ratings go from 0 to 100.');
    expect(problem(sudsProblem(105))).toBe('105 is above 100: ratings go from 0 to 100.');
    expect(problem(sudsProblem(33))).toBe('33 is not a step of 5: ratings go 0, 5, 10, … 100.');
    expect(problem(percentProblem(50))).toBeNull();
    expect(problem(percentProblem(Number.NaN))).toBe('Enter a number from 0 to 100.');
    expect(problem(percentProblem(12.5))).toBe('12.5 is not a whole percentage from 0 to 100.');
  });

  it("writes the number as the page's language does", () => {
    expect(problem(sudsProblem(12.5), intlFor('de'))).toMatch(/^12,5 /);
    expect(problem(sudsProblem(12.5), intlFor('es'))).toMatch(/^12,5 /);
  });

  it('gives every rating its anchor words', () => {
    expect(sudsAnchors.map((a) => english.formatMessage(a.words))).toEqual([
      'Calm',
      'Mild, coping',
      'Moderate',
      'Severe, thoughts of leaving',
      'Extreme',
    ]);
    expect(english.formatMessage(sudsWords(0))).toBe('Calm');
    expect(english.formatMessage(sudsWords(45))).toBe('Moderate');
    expect(english.formatMessage(sudsWords(100))).toBe('Extreme');
    for (const locale of ['es', 'de'] as const) {
      const intl = intlFor(locale);
      expect(intl.formatMessage(sudsWords(60))).not.toBe('Severe, thoughts of leaving');
    }
  });
});
