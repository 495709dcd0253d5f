import { describe, expect, it } from 'vitest';
import { eyeHeight, legSwing, postures } from '../../scenes/common/people/body';
import { type Attitude, answers, attitudes } from '../../scenes/common/people/contact';
import { blinkClosure, ease, expressions, faceKeys, toward } from '../../scenes/common/people/face';
import {
  angleBetween,
  directionTo,
  EYE_LIMIT,
  isMutual,
  MEETS_ANGLE,
  NECK_LIMIT,
  splitGaze,
} from '../../scenes/common/people/gaze';
import {
  createPeople,
  expressionList,
  eyeDirection,
  eyesOf,
  mutualGaze,
  type People,
  stepPeople,
  type Viewer,
} from '../../scenes/common/people/people';
import { hairStyles, population } from '../../scenes/common/people/population';

const deg = Math.PI / 180;
const FRAME = 1 / 60;

/** One person seated 3 m in front of the viewer, facing them, wanting to look at them. */
function onePerson(seed = 1): People {
  const people = createPeople(population(1, seed), seed);
  people.z[0] = -3;
  people.posture[0] = postures.indexOf('seated');
  people.wantsViewer[0] = 1;
  return people;
}

function viewerAt(x: number, y: number, z: number): Viewer {
  return { eye: { x, y, z }, direction: { x: 0, y: 0, z: -1 } };
}

/** Points the viewer's head at the person's eyes, as a person looking back would. */
function lookAtPerson(viewer: Viewer, people: People, i = 0) {
  const eyes = eyesOf(people, i, { x: 0, y: 0, z: 0 });
  const d = { x: eyes.x - viewer.eye.x, y: eyes.y - viewer.eye.y, z: eyes.z - viewer.eye.z };
  const l = Math.hypot(d.x, d.y, d.z);
  viewer.direction = { x: d.x / l, y: d.y / l, z: d.z / l };
}

function run(
  people: People,
  viewer: Viewer,
  seconds: number,
  from = 0,
  attitude?: Attitude,
  each?: (t: number) => void,
) {
  let t = from;
  const frames = Math.round(seconds / FRAME);
  for (let f = 0; f < frames; f++) {
    t += FRAME;
    if (each) each(t);
    stepPeople(people, viewer, t, FRAME, attitude ? [attitude] : undefined);
  }
  return t;
}

const offViewer = (people: People, viewer: Viewer) =>
  angleBetween(
    eyesOf(people, 0, { x: 0, y: 0, z: 0 }),
    eyeDirection(people, 0, { x: 0, y: 0, z: 0 }),
    viewer.eye,
  );

describe('splitting a look between the neck and the eyes', () => {
  it('turns the head part of the way and the eyes the rest, for a small look', () => {
    const split = splitGaze(10 * deg, -5 * deg, {
      headYaw: 0,
      headPitch: 0,
      eyeYaw: 0,
      eyePitch: 0,
    });
    expect(split.headYaw).toBeGreaterThan(0);
    expect(split.eyeYaw).toBeGreaterThan(0);
    expect(split.headYaw + split.eyeYaw).toBeCloseTo(10 * deg, 6);
    expect(split.headPitch + split.eyePitch).toBeCloseTo(-5 * deg, 6);
  });

  it('never turns the eyes or the neck past their range, however far the look', () => {
    for (const yaw of [-170, -100, -60, 0, 60, 100, 170]) {
      for (const pitch of [-89, -40, 0, 40, 89]) {
        const s = splitGaze(yaw * deg, pitch * deg, {
          headYaw: 0,
          headPitch: 0,
          eyeYaw: 0,
          eyePitch: 0,
        });
        expect(Math.abs(s.headYaw)).toBeLessThanOrEqual(NECK_LIMIT.yaw + 1e-9);
        expect(Math.abs(s.eyeYaw)).toBeLessThanOrEqual(EYE_LIMIT.yaw + 1e-9);
        expect(s.headPitch).toBeLessThanOrEqual(NECK_LIMIT.up + 1e-9);
        expect(s.headPitch).toBeGreaterThanOrEqual(-NECK_LIMIT.down - 1e-9);
        expect(s.eyePitch).toBeLessThanOrEqual(EYE_LIMIT.up + 1e-9);
        expect(s.eyePitch).toBeGreaterThanOrEqual(-EYE_LIMIT.down - 1e-9);
      }
    }
  });

  it('reaches a look of 90° to the side with the neck and eyes together', () => {
    const s = splitGaze(90 * deg, 0, { headYaw: 0, headPitch: 0, eyeYaw: 0, eyePitch: 0 });
    expect(s.headYaw + s.eyeYaw).toBeCloseTo(90 * deg, 6);
    expect(s.eyeYaw).toBeLessThanOrEqual(EYE_LIMIT.yaw);
  });

  it('measures a direction from the body, wrapped, so a look over the shoulder is short', () => {
    const look = directionTo(
      { x: 0, y: 1, z: 0 },
      Math.PI - 0.1,
      { x: 0, y: 1, z: 5 },
      {
        yaw: 0,
        pitch: 0,
      },
    );
    expect(Math.abs(look.yaw)).toBeCloseTo(Math.PI - 0.1, 6);
    const behind = directionTo(
      { x: 0, y: 1, z: 0 },
      0,
      { x: -0.1, y: 1, z: -5 },
      { yaw: 0, pitch: 0 },
    );
    expect(Math.abs(behind.yaw)).toBeLessThanOrEqual(Math.PI);
  });
});

describe('mutual gaze', () => {
  const eyes = { x: 0, y: 1.2, z: -3 };
  const viewer = { x: 0, y: 1.6, z: 0 };
  const toViewer = { x: 0, y: 0.4, z: 3 };
  const toEyes = { x: 0, y: -0.4, z: -3 };

  it('needs both: the person looks at the viewer and the viewer at the person', () => {
    expect(isMutual(eyes, toViewer, viewer, toEyes)).toBe(true);
    expect(isMutual(eyes, { x: 1, y: 0, z: 1 }, viewer, toEyes)).toBe(false);
    expect(isMutual(eyes, toViewer, viewer, { x: 0, y: 0, z: 1 })).toBe(false);
    expect(isMutual(eyes, { x: 0, y: 0.4, z: 3 - 0.2 }, viewer, { x: 0.5, y: -0.4, z: -3 })).toBe(
      false,
    );
  });
});

describe('eyes that find the viewer', () => {
  it('turn to the viewer’s eyes within a second, and follow the viewer who moves', () => {
    const people = onePerson();
    const viewer = viewerAt(1, 1.6, 0);
    run(people, viewer, 1);
    expect(offViewer(people, viewer)).toBeLessThan(MEETS_ANGLE);
    viewer.eye = { x: -2, y: 1.7, z: 0.5 };
    const t = run(people, viewer, 1, 1);
    expect(offViewer(people, viewer)).toBeLessThan(MEETS_ANGLE);
    // Standing up is followed too.
    viewer.eye = { x: -2, y: 2.6, z: 0.5 };
    run(people, viewer, 1, t);
    expect(offViewer(people, viewer)).toBeLessThan(MEETS_ANGLE);
  });

  it('cannot meet a viewer behind them, and stay within the eyes’ and neck’s range trying', () => {
    const people = onePerson();
    const viewer = viewerAt(0.3, 1.6, -6);
    let worstEye = 0;
    let worstNeck = 0;
    run(people, viewer, 3, 0, undefined, () => {
      worstEye = Math.max(worstEye, Math.abs(people.eyeYaw[0] ?? 0));
      worstNeck = Math.max(worstNeck, Math.abs(people.headYaw[0] ?? 0));
    });
    expect(offViewer(people, viewer)).toBeGreaterThan(60 * deg);
    expect(worstEye).toBeLessThanOrEqual(EYE_LIMIT.yaw + 1e-3);
    expect(worstNeck).toBeLessThanOrEqual(NECK_LIMIT.yaw + 1e-3);
  });

  it('move on their own: fixations jump now and then when looking elsewhere', () => {
    const people = onePerson();
    people.wantsViewer[0] = 0;
    const viewer = viewerAt(0, 1.6, 0);
    const seen = new Set<string>();
    run(people, viewer, 10, 0, undefined, () => seen.add((people.eyeYaw[0] ?? 0).toFixed(2)));
    // Ten seconds of saccades land in many different places.
    expect(seen.size).toBeGreaterThan(5);
  });
});

describe('blinks', () => {
  it('come at a natural rate (about 8 to 30 a minute) and each is over in a fraction of a second', () => {
    const people = createPeople(population(20, 4), 4);
    for (let i = 0; i < people.count; i++) people.z[i] = -3 - i;
    const viewer = viewerAt(0, 1.6, 0);
    const starts = Array.from({ length: people.count }, () => 0);
    const shut = Array.from({ length: people.count }, () => 0);
    const wasShut = Array.from({ length: people.count }, () => false);
    let longest = 0;
    run(people, viewer, 60, 0, undefined, () => {
      for (let i = 0; i < people.count; i++) {
        const closed = (people.blink[i] ?? 0) > 0.5;
        if (closed && !wasShut[i]) starts[i] = (starts[i] ?? 0) + 1;
        shut[i] = closed ? (shut[i] ?? 0) + FRAME : 0;
        longest = Math.max(longest, shut[i] ?? 0);
        wasShut[i] = closed;
      }
    });
    for (const perMinute of starts) {
      expect(perMinute).toBeGreaterThanOrEqual(8);
      expect(perMinute).toBeLessThanOrEqual(30);
    }
    expect(longest).toBeLessThan(0.25);
    expect(blinkClosure(0.07)).toBeCloseTo(1, 6);
    expect(blinkClosure(1)).toBe(0);
  });
});

describe('each attitude answers eye contact in its own way', () => {
  /** The viewer keeps looking at the person's face; what does the person do, frame by frame? */
  function meet(attitude: Attitude, seconds: number) {
    const people = onePerson(7);
    people.expression[0] = expressionList.indexOf(
      attitude === 'hostile' ? 'hostile' : attitude === 'bored' ? 'bored' : 'neutral',
    );
    const viewer = viewerAt(0, 1.6, 0);
    const trace: {
      t: number;
      mutual: boolean;
      smile: number;
      frown: number;
      yaw: number;
      pitch: number;
    }[] = [];
    run(people, viewer, seconds, 0, attitude, (t) => {
      lookAtPerson(viewer, people);
      trace.push({
        t,
        mutual: people.mutual[0] === 1,
        smile: people.face[faceKeys.indexOf('smile')] ?? 0,
        frown: people.face[faceKeys.indexOf('frown')] ?? 0,
        yaw: people.headYaw[0] ?? 0,
        pitch: people.headPitch[0] ?? 0,
      });
    });
    const first = trace.findIndex((f) => f.mutual);
    const lostAt = trace.findIndex((f, k) => k > first && !f.mutual);
    return {
      people,
      trace,
      first,
      held: lostAt < 0 ? seconds : (trace[lostAt]?.t ?? 0) - (trace[first]?.t ?? 0),
    };
  }

  it('the interested hold it, smile and nod', () => {
    const { trace, first, held } = meet('interested', 6);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(held).toBeGreaterThan(4);
    expect(trace.at(-1)?.smile).toBeGreaterThan(0.6);
    const pitches = trace.slice(first).map((f) => f.pitch);
    // A nod: the head dips and comes back up.
    expect(Math.max(...pitches) - Math.min(...pitches)).toBeGreaterThan(0.1);
  });

  it('the neutral hold it briefly, then look away, and come back', () => {
    const { trace, first, held } = meet('neutral', 10);
    expect(held).toBeGreaterThan(1);
    expect(held).toBeLessThan(3);
    expect(trace.filter((f) => f.mutual).length * FRAME).toBeGreaterThan(held + 0.5);
    expect(Math.max(...trace.map((f) => f.smile))).toBeLessThan(0.2);
    expect(first).toBeGreaterThanOrEqual(0);
  });

  it('the bored look away at once', () => {
    const { first, held } = meet('bored', 4);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(held).toBeLessThan(1);
  });

  it('the hostile hold the stare, frowning, then look away with a shake of the head', () => {
    const { trace, first, held } = meet('hostile', 7);
    // Longer than anyone else holds it: three seconds and more.
    expect(held).toBeGreaterThanOrEqual(3);
    const holding = trace.slice(first, first + Math.round(held / FRAME));
    expect(holding.at(-1)?.frown).toBeGreaterThan(0.8);
    // The shake: the head's yaw swings both ways within the first second away.
    const away = trace.slice(
      first + Math.round(held / FRAME),
      first + Math.round((held + 1) / FRAME),
    );
    const swings = away.map((f) => f.yaw).map((y, k, all) => Math.sign(y - (all[k - 1] ?? y)));
    expect(
      swings.filter((s, k) => s !== 0 && s !== swings[k - 1] && swings[k - 1] !== 0).length,
    ).toBeGreaterThan(2);
  });

  it('every attitude has an answer', () => {
    for (const a of attitudes) expect(answers[a]).toBeDefined();
  });

  it('counts seconds of mutual gaze, and with how many people', () => {
    const { people } = meet('interested', 3);
    const measure = mutualGaze(people);
    expect(measure.people).toBe(1);
    expect(measure.seconds).toBeGreaterThan(1.5);
    expect(measure.seconds).toBeLessThanOrEqual(3);
    const alone = onePerson();
    run(alone, viewerAt(0, 1.6, 0), 2);
    expect(mutualGaze(alone)).toEqual({ seconds: 0, people: 0 });
  });
});

describe('faces', () => {
  it('each expression is a different face, and easing reaches it smoothly', () => {
    const seen = new Set(expressionList.map((e) => JSON.stringify(expressions[e])));
    expect(seen.size).toBe(expressionList.length);
    const face = { ...expressions.neutral };
    const steps: number[] = [];
    for (let k = 0; k < 60; k++) steps.push(ease(face, expressions.smiling, FRAME).smile);
    expect(steps.every((v, k) => k === 0 || v >= (steps[k - 1] ?? 0))).toBe(true);
    expect(steps[0]).toBeLessThan(0.2);
    expect(face.smile).toBeGreaterThan(0.95);
    expect(toward({ ...expressions.neutral }, 'hostile', 1)).toEqual(expressions.hostile);
  });

  it('a talking mouth opens and closes', () => {
    const people = onePerson();
    people.talking[0] = 1;
    const open: number[] = [];
    run(people, viewerAt(0, 1.6, 0), 3, 0, undefined, () =>
      open.push(people.face[faceKeys.indexOf('open')] ?? 0),
    );
    expect(Math.max(...open)).toBeGreaterThan(0.4);
    expect(Math.min(...open.slice(30))).toBeLessThan(0.1);
  });
});

describe('a population', () => {
  const crowd = population(100, 11);

  it('is the same for a seed and another for another seed', () => {
    expect(population(100, 11)).toEqual(crowd);
    expect(population(100, 12)).not.toEqual(crowd);
  });

  it('has the variety of a real crowd: ages, skin tones, hair, heights and builds', () => {
    expect(new Set(crowd.map((p) => p.age))).toEqual(new Set(['young', 'adult', 'older']));
    expect(new Set(crowd.map((p) => p.skin)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(crowd.map((p) => p.hairStyle))).toEqual(new Set(hairStyles));
    expect(new Set(crowd.map((p) => p.top)).size).toBeGreaterThanOrEqual(8);
    const heights = crowd.map((p) => p.height);
    expect(Math.max(...heights) - Math.min(...heights)).toBeGreaterThan(0.25);
    const builds = crowd.map((p) => p.build);
    expect(Math.max(...builds) - Math.min(...builds)).toBeGreaterThan(0.3);
    // The older have grey hair more often than not (head coverings aside).
    const older = crowd.filter((p) => p.age === 'older' && p.hairStyle !== 'covered');
    const greyish = older.filter((p) => Number.parseInt(p.hair.slice(1, 3), 16) > 0x80);
    expect(greyish.length).toBeGreaterThan(older.length / 2);
  });

  it('stands taller than it sits, and walks one leg after the other', () => {
    const person = crowd[0];
    if (!person) throw new Error('nobody');
    expect(eyeHeight(person.height, 'standing')).toBeGreaterThan(
      eyeHeight(person.height, 'seated') + 0.4,
    );
    expect(eyeHeight(1.75, 'standing')).toBeCloseTo(1.63, 1);
    expect(legSwing(0.25).thigh).toBeCloseTo(-legSwing(0.75).thigh, 6);
  });
});
