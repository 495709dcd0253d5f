import { describe, expect, it } from 'vitest';
import {
  type BreathPattern,
  breathsPerMinute,
  customProblem,
  DEFAULT_PATTERN,
  PRESETS,
  pacerPhase,
  patternDescription,
  patternName,
  patternProblem,
  ringScale,
} from '../../src/domain/pacer/patterns';
import { toneSegments } from '../../src/domain/pacer/tone';
import { say } from '../../src/domain/phrase';
import { pressedNow, XR_BUTTONS } from '../../src/domain/xr/buttons';
import {
  FOLLOW,
  follow,
  PLACEMENT,
  placement,
  startFollow,
  turnBetween,
} from '../../src/domain/xr/follow';
import {
  defaultPacerSettings,
  sanitizePacerSettings,
  toneVolumeProblem,
} from '../../src/state/pacerSettings';
import { english } from './intl';

const custom: BreathPattern = { id: 'custom', inhale: 5, holdIn: 2, exhale: 6, holdOut: 1 };

describe('pacer phase', () => {
  it('defaults to resonance breathing: in 4 s, out 6 s, six a minute', () => {
    expect(DEFAULT_PATTERN).toEqual(PRESETS.resonance);
    expect(breathsPerMinute(PRESETS.resonance)).toBe(6);
  });

  it.each([
    // pattern, ms, part, word, seconds left, fill, breath
    [PRESETS.resonance, 0, 'in', 'In', 4, 0, 0],
    [PRESETS.resonance, 2000, 'in', 'In', 2, 0.5, 0],
    [PRESETS.resonance, 3999, 'in', 'In', 1, 1, 0],
    [PRESETS.resonance, 4000, 'out', 'Out', 6, 1, 0],
    [PRESETS.resonance, 7000, 'out', 'Out', 3, 0.5, 0],
    [PRESETS.resonance, 10_000, 'in', 'In', 4, 0, 1],
    [PRESETS.box, 5000, 'hold-in', 'Hold', 3, 1, 0],
    [PRESETS.box, 9000, 'out', 'Out', 3, 1 - (1 - Math.cos(Math.PI / 4)) / 2, 0],
    [PRESETS.box, 13_000, 'hold-out', 'Hold', 3, 0, 0],
    [PRESETS.box, 16_000, 'in', 'In', 4, 0, 1],
    [PRESETS['4-7-8'], 4000, 'hold-in', 'Hold', 7, 1, 0],
    [PRESETS['4-7-8'], 11_000, 'out', 'Out', 8, 1, 0],
    [PRESETS['4-7-8'], 18_999, 'out', 'Out', 1, 0, 0],
    [PRESETS['4-7-8'], 19_000, 'in', 'In', 4, 0, 1],
    [custom, 6000, 'hold-in', 'Hold', 1, 1, 0],
    [custom, 10_000, 'out', 'Out', 3, 0.5, 0],
    [custom, 13_500, 'hold-out', 'Hold', 1, 0, 0],
    [custom, 14_000 * 3 + 2500, 'in', 'In', 3, 0.5, 3],
  ] as const)('%o at %i ms is %s', (pattern, ms, part, word, left, fill, breath) => {
    const phase = pacerPhase(ms, pattern);
    expect(phase).toMatchObject({ part, secondsLeft: left, breath });
    expect(english.formatMessage(phase.word)).toBe(word);
    expect(phase.fill).toBeCloseTo(fill, 3);
  });

  it('shows the first in-breath when the clock has gone back', () => {
    expect(pacerPhase(-5000, PRESETS.box)).toMatchObject({ part: 'in', breath: 0, progress: 0 });
  });

  it.each([PRESETS.resonance, PRESETS.box, PRESETS['4-7-8'], custom, { ...custom, inhale: 4.5 }])(
    'does not drift over an hour: %o',
    (pattern) => {
      const cycle = Math.round(
        (pattern.inhale + pattern.holdIn + pattern.exhale + pattern.holdOut) * 1000,
      );
      // Find, a millisecond at a time, where the first breath after an hour begins.
      const hour = 3_600_000;
      let firstAfter = -1;
      let breath = pacerPhase(hour, pattern).breath;
      for (let ms = hour + 1; ms <= hour + cycle; ms++) {
        const next = pacerPhase(ms, pattern).breath;
        if (next !== breath) {
          firstAfter = ms;
          break;
        }
        breath = next;
      }
      const expected = Math.ceil((hour + 1) / cycle) * cycle;
      expect(Math.abs(firstAfter - expected)).toBeLessThan(10);
      expect(pacerPhase(firstAfter, pattern)).toMatchObject({ part: 'in', msInto: 0 });
    },
  );

  it('grows the ring with the breath and never shrinks it to nothing', () => {
    expect(ringScale(0)).toBeGreaterThan(0.3);
    expect(ringScale(1)).toBe(1);
    expect(ringScale(0.5)).toBeGreaterThan(ringScale(0.2));
  });
});

describe('breathing patterns', () => {
  it('names the patterns as the person knows them', () => {
    expect(say(english, patternName(PRESETS.resonance))).toBe('Resonance, 6 a minute');
    expect(say(english, patternName(PRESETS.box))).toBe('Box 4-4-4-4');
    expect(say(english, patternName(PRESETS['4-7-8']))).toBe('4-7-8');
    expect(say(english, patternName({ ...custom, inhale: 4.5 }))).toBe('Custom 4.5-2-6-1');
  });

  it('describes a pattern by its parts longer than zero and its rate', () => {
    expect(patternDescription(english, PRESETS.resonance)).toBe('In 4 s, Out 6 s · 6 a minute');
    expect(patternDescription(english, PRESETS.box)).toBe(
      'In 4 s, Hold after in 4 s, Out 4 s, Hold after out 4 s · 3.8 a minute',
    );
    expect(patternDescription(english, { ...custom, inhale: 4.5 })).toBe(
      'In 4.5 s, Hold after in 2 s, Out 6 s, Hold after out 1 s · 4.4 a minute',
    );
  });

  it('accepts custom timings at 4 to 10 breaths a minute and says why others cannot be used', () => {
    const problem = (t: Parameters<typeof customProblem>[0]) => {
      const p = customProblem(t);
      return p && say(english, p);
    };
    expect(problem(custom)).toBeNull();
    expect(problem({ inhale: 3, holdIn: 0, exhale: 3, holdOut: 0 })).toBeNull(); // 10 a minute
    expect(problem({ inhale: 2, holdIn: 0, exhale: 3, holdOut: 0 })).toBe(
      'That is 12 breaths a minute; choose timings that give 4 to 10 (one whole breath of 6 to 15 s).',
    );
    expect(problem({ inhale: 8, holdIn: 4, exhale: 8, holdOut: 0 })).toMatch(
      /^That is 3 breaths a minute/,
    );
    expect(problem({ inhale: 13, holdIn: 0, exhale: 1, holdOut: 0 })).toBe(
      'In: 13 s is above 12 s.',
    );
    expect(problem({ inhale: 4, holdIn: -1, exhale: 4, holdOut: 0 })).toBe(
      'Hold after in: -1 s is below 0 s.',
    );
    expect(problem({ inhale: 4.2, holdIn: 0, exhale: 4, holdOut: 0 })).toBe(
      'In: use whole or half seconds.',
    );
    expect(problem({ inhale: Number.NaN, holdIn: 0, exhale: 4, holdOut: 0 })).toBe(
      'In: enter a number of seconds.',
    );
  });

  it('refuses a preset with other timings or an unknown pattern', () => {
    const problem = (p: unknown) => {
      const found = patternProblem(p);
      return found && say(english, found);
    };
    expect(problem(PRESETS['4-7-8'])).toBeNull();
    expect(problem({ ...PRESETS.box, holdOut: 2 })).toBe(
      'The Box 4-4-4-4 pattern has other timings.',
    );
    expect(problem({ ...custom, id: 'fast' })).toBe('There is no breathing pattern called "fast".');
    expect(problem(undefined)).toBe('A breathing pattern is missing.');
  });

  it('says why a tone volume cannot be used', () => {
    expect(toneVolumeProblem(0.5)).toBeNull();
    const problem = (v: number) => {
      const p = toneVolumeProblem(v);
      return p && say(english, p);
    };
    expect(problem(1.5)).toBe('Choose a volume from 0 to 100 %.');
    expect(problem(Number.NaN)).toBe('Enter a number.');
  });

  it('keeps valid stored settings and drops damaged ones', () => {
    expect(sanitizePacerSettings(null)).toEqual(defaultPacerSettings);
    const kept = sanitizePacerSettings({
      pattern: custom,
      custom,
      tone: true,
      toneVolume: 0.8,
      haptics: false,
    });
    expect(kept).toEqual({
      pattern: custom,
      custom: { inhale: 5, holdIn: 2, exhale: 6, holdOut: 1 },
      tone: true,
      toneVolume: 0.8,
      haptics: false,
    });
    const damaged = sanitizePacerSettings({
      pattern: { id: 'box', inhale: 1, holdIn: 1, exhale: 1, holdOut: 1 },
      custom: { inhale: 50, holdIn: 0, exhale: 1, holdOut: 0 },
      tone: 'yes',
      toneVolume: 3,
    });
    expect(damaged).toEqual(defaultPacerSettings);
  });
});

describe('the headset pacer follows the head lazily', () => {
  const frame = 1 / 72;

  it('stays put through small turns and steps', () => {
    let f = startFollow(0, 0, 1.6, 0);
    for (let i = 0; i < 72 * 5; i++) f = follow(f, 0.4, 0.2, 1.6, 0.1, frame); // 23°, 22 cm
    expect(f).toEqual(startFollow(0, 0, 1.6, 0));
  });

  it('glides back into view within 2 s of a 90° turn, and settles facing the head', () => {
    let f = startFollow(0, 0, 1.6, 0);
    const head = Math.PI / 2;
    // In view: the pacer's direction within 35° of where the head faces (headsets see ±45° or more).
    const inView = () => Math.abs(turnBetween(f.yaw + PLACEMENT.left, head)) < (35 * Math.PI) / 180;
    expect(inView()).toBe(false);
    let seconds = 0;
    while (!inView() && seconds < 5) {
      f = follow(f, head, 0, 1.6, 0, frame);
      seconds += frame;
    }
    expect(seconds).toBeLessThan(2);
    // The glide is gradual: the first frame moves it only a little.
    expect(follow(startFollow(0, 0, 1.6, 0), head, 0, 1.6, 0, frame).yaw).toBeLessThan(0.01);
    for (let i = 0; i < 72 * 3; i++) f = follow(f, head, 0, 1.6, 0, frame);
    expect(f).toEqual(startFollow(head, 0, 1.6, 0));
  });

  it('turns the short way round and follows a step', () => {
    expect(turnBetween(3, -3)).toBeCloseTo(2 * Math.PI - 6, 9);
    let f = startFollow(0, 0, 1.6, 0);
    for (let i = 0; i < 72 * 3; i++) f = follow(f, 0, 1, 1.6, 0, frame);
    expect(f.x).toBe(1);
    expect(FOLLOW.startDistance).toBeLessThan(1);
  });

  it('sits below eye line, in front and to the left, at a comfortable distance', () => {
    const [x, y, z] = placement(startFollow(0, 0, 1.6, 0));
    expect(y).toBeLessThan(1.6 - 0.3);
    expect(z).toBeLessThan(-0.9);
    expect(x).toBeLessThan(-0.2);
    expect(Math.hypot(x, y - 1.6, z)).toBeCloseTo(PLACEMENT.distance, 9);
  });
});

describe('the pacer tone', () => {
  it('rises and swells on the in-breath, falls away on the out-breath, with no gaps', () => {
    const segments = toneSegments(PRESETS.resonance, 0, 20_000);
    expect(segments.map((s) => s.part)).toEqual(['in', 'out', 'in', 'out']);
    for (const [i, s] of segments.entries()) {
      if (i > 0) {
        // No click or jump: each part takes up the pitch and loudness where the last left them.
        expect([s.startMs, s.fromHz, s.fromGain]).toEqual([
          segments[i - 1]?.endMs,
          segments[i - 1]?.toHz,
          segments[i - 1]?.toGain,
        ]);
      }
      if (s.part === 'in') expect([s.toHz > s.fromHz, s.toGain > s.fromGain]).toEqual([true, true]);
      if (s.part === 'out') expect([s.toHz < s.fromHz, s.toGain]).toEqual([true, 0]);
    }
    expect(segments.at(-1)?.endMs).toBe(20_000);
  });

  it('holds softly, is silent in the hold after breathing out, and starts a part under way from its start', () => {
    const segments = toneSegments(PRESETS.box, 2500, 16_000);
    expect(segments[0]).toMatchObject({ part: 'in', startMs: 0, endMs: 4000 });
    const hold = segments.find((s) => s.part === 'hold-in');
    const out = segments.find((s) => s.part === 'out');
    expect(hold?.fromHz).toBe(hold?.toHz);
    expect(out?.fromGain).toBe(hold?.toGain);
    for (const [i, s] of segments.entries()) {
      if (i > 0)
        expect([s.fromHz, s.fromGain]).toEqual([segments[i - 1]?.toHz, segments[i - 1]?.toGain]);
    }
    expect(segments.find((s) => s.part === 'hold-out')).toMatchObject({ fromGain: 0, toGain: 0 });
  });
});

describe('headset buttons', () => {
  it('counts a press once, when the button goes down', () => {
    expect(pressedNow(false, true)).toBe(true);
    expect(pressedNow(true, true)).toBe(false);
    expect(pressedNow(true, false)).toBe(false);
    expect(XR_BUTTONS.find((b) => b.action === 'pacer')).toMatchObject({
      handedness: 'left',
      label: 'X',
    });
  });
});
