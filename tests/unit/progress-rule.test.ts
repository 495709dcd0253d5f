// The progress rule of the design and the cybersickness scoring, on cases worked out by hand.
import { describe, expect, it } from 'vitest';
import { type StepSession, suggestNext } from '../../src/domain/ladder/progress';
import { say } from '../../src/domain/phrase';
import type { SessionStatus } from '../../src/domain/session/events';
import { SSQ_ITEMS, scoreSsq, ssqChange, ssqProblem } from '../../src/domain/ssq';
import { english, intlFor } from './intl';

let clock = 0;
/** A session at the step: peak → end, how it ended, and optionally the likelihood before → after. */
function s(
  peak: number,
  end: number,
  status: SessionStatus = 'completed',
  likelihood?: [number, number],
  eased = false,
): StepSession {
  clock += 86_400_000;
  return {
    startedAt: clock,
    status,
    peak,
    end,
    eased,
    ...(likelihood ? { likelihoodBefore: likelihood[0], likelihoodAfter: likelihood[1] } : {}),
  };
}

describe('the progress rule', () => {
  const cases: [string, StepSession[], 'start' | 'up' | 'repeat' | 'down'][] = [
    ['no session yet', [], 'start'],
    ['only an interrupted session', [s(70, 70, 'interrupted')], 'start'],
    ['one session ending at half its peak', [s(60, 30)], 'repeat'],
    ['one session ending above half', [s(60, 35)], 'repeat'],
    ['the last two each ended at exactly half their peak', [s(60, 30), s(50, 25)], 'up'],
    ['the last two ended well below half', [s(80, 10), s(70, 0)], 'up'],
    ['no distress at all in the last two', [s(0, 0), s(0, 0)], 'up'],
    ['one of the last two ended 5 above half', [s(60, 30), s(50, 30)], 'repeat'],
    ['both of the last two ended above half', [s(60, 35), s(50, 30)], 'repeat'],
    ['an older session above half does not count', [s(80, 60), s(60, 30), s(50, 20)], 'up'],
    ['the latest above half undoes an earlier pair', [s(60, 30), s(50, 20), s(70, 50)], 'repeat'],
    [
      'an interrupted session between two good ones is skipped',
      [s(60, 30), s(90, 90, 'interrupted'), s(50, 20)],
      'up',
    ],
    [
      'two early stops that ended at half their peak: relief after escaping does not count',
      [s(80, 40, 'stopped-early'), s(70, 30, 'stopped-early')],
      'repeat',
    ],
    [
      'one of the last two was eased below the step’s level',
      [s(60, 30), s(60, 20, 'completed', undefined, true)],
      'repeat',
    ],
    [
      'expectancy fell by 40, but in a session stopped early',
      [s(60, 50, 'stopped-early', [80, 40])],
      'repeat',
    ],
    ['expectancy fell by exactly 30 in the last session', [s(60, 50, 'completed', [80, 50])], 'up'],
    ['expectancy fell by 25 only', [s(60, 50, 'completed', [80, 55])], 'repeat'],
    [
      'expectancy fell in an earlier session, not the last',
      [s(60, 50, 'completed', [80, 40]), s(60, 50, 'completed', [50, 45])],
      'repeat',
    ],
    [
      'two early stops with peaks of exactly 90 and 100',
      [s(90, 80, 'stopped-early'), s(100, 90, 'stopped-early')],
      'down',
    ],
    [
      'two early stops, but one peaked at 85',
      [s(85, 80, 'stopped-early'), s(100, 90, 'stopped-early')],
      'repeat',
    ],
    [
      'two peaks of 95, but one finished as planned',
      [s(95, 80), s(95, 90, 'stopped-early')],
      'repeat',
    ],
    [
      'two early stops at 90 that ended at half: a step down',
      [s(90, 45, 'stopped-early'), s(90, 40, 'stopped-early')],
      'down',
    ],
    [
      'a step down outweighs a fall in expectancy',
      [s(95, 90, 'stopped-early'), s(95, 90, 'stopped-early', [90, 40])],
      'down',
    ],
    [
      'an older pair of early stops is not the last two',
      [s(95, 90, 'stopped-early'), s(95, 90, 'stopped-early'), s(60, 40)],
      'repeat',
    ],
  ];
  it.each(cases)('%s', (_, sessions, kind) => {
    expect(suggestNext(sessions).kind).toBe(kind);
  });

  it('reads the sessions in the order they happened, whatever order they come in', () => {
    // Listed newest first: the session above half is the oldest of the three.
    const [a, b, c] = [s(70, 50), s(60, 30), s(50, 25)];
    expect(suggestNext([c, b, a]).kind).toBe('up');
    expect(
      suggestNext([a, c, b].map((x, i) => ({ ...x, startedAt: [3, 1, 2][i] ?? 0 }))).kind,
    ).toBe('repeat');
  });

  it('gives its reason in words, with the figures it used', () => {
    const said = (sessions: StepSession[]) => {
      const { kind, title, reason } = suggestNext(sessions);
      return { kind, title: say(english, title), reason: say(english, reason) };
    };
    const reason = (sessions: StepSession[]) => said(sessions).reason;
    expect(said([s(60, 30), s(50, 20)])).toEqual({
      kind: 'up',
      title: 'Ready for the next step',
      reason:
        'Your last two sessions at this step each ended at half their peak or lower (peak 60, end 30; peak 50, end 20).',
    });
    expect(said([])).toEqual({
      kind: 'start',
      title: 'Not practised yet',
      reason: 'You have not finished a session at this step yet.',
    });
    expect(reason([s(60, 50, 'completed', [80, 40])])).toBe(
      'In your last session, how likely your feared outcome felt fell by 40 points (from 80 % to 40 %).',
    );
    expect(said([s(95, 90, 'stopped-early'), s(90, 85, 'stopped-early')])).toEqual({
      kind: 'down',
      title: 'Try a step down',
      reason:
        'Your last two sessions at this step were stopped early with distress at 90 or higher (peak 95, end 90; peak 90, end 85). A smaller step first may help.',
    });
    expect(reason([s(60, 30), s(70, 30, 'stopped-early')])).toBe(
      "Only sessions you finish at this step's level count towards the next step; one of your last two here was stopped early.",
    );
    expect(reason([s(60, 30, 'completed', undefined, true)])).toBe(
      "Only sessions you finish at this step's level count towards the next step; your first one here was eased to a lower level.",
    );
    expect(reason([s(60, 30, 'stopped-early'), s(60, 20, 'completed', undefined, true)])).toBe(
      "Only sessions you finish at this step's level count towards the next step; your last two here were stopped early or eased to a lower level.",
    );
    expect(reason([s(60, 30), s(50, 30)])).toBe(
      'One of your last two sessions here ended above half its peak (peak 50, end 30); two in a row at half or lower suggest the next step.',
    );
    expect(said([s(60, 40), s(50, 30)])).toEqual({
      kind: 'repeat',
      title: 'Repeat this step',
      reason:
        'Your last two sessions here ended above half their peak (peak 60, end 40; peak 50, end 30). Practising the step again is how it becomes manageable.',
    });
    expect(reason([s(60, 30)])).toBe(
      'Your first session here ended at half its peak or lower (peak 60, end 30); one more like it and the next step is suggested.',
    );
    expect(reason([s(60, 40)])).toBe(
      'Your first session here ended above half its peak (peak 60, end 40). Practising the step again is how it becomes manageable.',
    );
  });

  it('gives its reason in the language of the page', () => {
    const { title, reason } = suggestNext([s(60, 30), s(50, 20)]);
    for (const locale of ['es', 'de'] as const) {
      const intl = intlFor(locale);
      expect(say(intl, title)).not.toBe(say(english, title));
      // The figures stay in the sentence, in the order they happened.
      expect(say(intl, reason)).toMatch(/60\D+30\D+50\D+20/);
    }
  });
});

/** Answers with the named symptoms rated, every other one 0. */
function answers(rated: Record<string, number>): number[] {
  return SSQ_ITEMS.map((item) => rated[english.formatMessage(item.label)] ?? 0);
}

describe('the Simulator Sickness Questionnaire', () => {
  it('scores each of the 16 symptoms on the subscales of Kennedy et al. (1993)', () => {
    // N: nausea, O: oculomotor, D: disorientation; the questionnaire's own table.
    const table: [string, string][] = [
      ['General discomfort', 'NO'],
      ['Fatigue', 'O'],
      ['Headache', 'O'],
      ['Eyestrain', 'O'],
      ['Difficulty focusing', 'OD'],
      ['Increased salivation', 'N'],
      ['Sweating', 'N'],
      ['Nausea', 'ND'],
      ['Difficulty concentrating', 'NO'],
      ['Fullness of head', 'D'],
      ['Blurred vision', 'OD'],
      ['Dizziness with eyes open', 'D'],
      ['Dizziness with eyes closed', 'D'],
      ['Vertigo', 'D'],
      ['Stomach awareness', 'N'],
      ['Burping', 'N'],
    ];
    const letter = { nausea: 'N', oculomotor: 'O', disorientation: 'D' } as const;
    expect(
      SSQ_ITEMS.map((i) => [
        english.formatMessage(i.label),
        i.subscales.map((x) => letter[x]).join(''),
      ]),
    ).toEqual(table);
    // And each symptom alone weighs on exactly its subscales.
    for (const [label, scales] of table) {
      const score = scoreSsq(answers({ [label]: 1 }));
      expect(score.nausea > 0, label).toBe(scales.includes('N'));
      expect(score.oculomotor > 0, label).toBe(scales.includes('O'));
      expect(score.disorientation > 0, label).toBe(scales.includes('D'));
    }
  });

  // Worked by hand: raw sums per subscale × 9.54 / 7.58 / 13.92; total = (N + O + D raw) × 3.74.
  it.each([
    ['no symptoms', answers({}), { nausea: 0, oculomotor: 0, disorientation: 0, total: 0 }],
    [
      'every symptom slight (raw 7, 7, 7)',
      SSQ_ITEMS.map(() => 1),
      { nausea: 66.8, oculomotor: 53.1, disorientation: 97.4, total: 78.5 },
    ],
    [
      'every symptom severe (the maximum)',
      SSQ_ITEMS.map(() => 3),
      { nausea: 200.3, oculomotor: 159.2, disorientation: 292.3, total: 235.6 },
    ],
    [
      'moderate nausea only: counts on nausea and disorientation (raw 2, 0, 2)',
      answers({ Nausea: 2 }),
      { nausea: 19.1, oculomotor: 0, disorientation: 27.8, total: 15 },
    ],
    [
      'general discomfort 1, headache 2, blurred vision 3, vertigo 1 (raw 1, 6, 4)',
      answers({ 'General discomfort': 1, Headache: 2, 'Blurred vision': 3, Vertigo: 1 }),
      { nausea: 9.5, oculomotor: 45.5, disorientation: 55.7, total: 41.1 },
    ],
  ])('%s', (_, given, expected) => {
    expect(scoreSsq(given)).toEqual(expected);
  });

  it('suggests a rest when the total rises by 20 or more', () => {
    // Raw sums rising by 6 is 22.4; by 5 is 18.7.
    const before = answers({});
    expect(ssqChange(before, answers({ Fatigue: 3, Headache: 3 }))).toMatchObject({
      rise: 22.4,
      restSuggested: true,
    });
    expect(ssqChange(before, answers({ Fatigue: 3, Headache: 2 }))).toMatchObject({
      rise: 18.7,
      restSuggested: false,
    });
    expect(ssqChange(answers({ Fatigue: 3 }), answers({}))?.rise).toBe(-11.2);
    expect(ssqChange(undefined, before)).toBeNull();
  });

  it('refuses answers it cannot score, naming the symptom', () => {
    const problem = (answers: unknown) => {
      const p = ssqProblem(answers);
      return p && say(english, p);
    };
    expect(ssqProblem(answers({}))).toBeNull();
    expect(problem(answers({ Nausea: 4 }))).toBe('Nausea: 4 is not one of 0 (none) to 3 (severe)');
    expect(problem([0, 1])).toBe('the cybersickness check has 16 answers, not 2');
    expect(problem('0000')).toBe('the cybersickness answers are not a list');
    expect(() => scoreSsq(answers({ Burping: 1.5 }))).toThrow('Burping: 1.5');
  });
});
