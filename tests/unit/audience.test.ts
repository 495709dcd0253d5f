import { describe, expect, it } from 'vitest';
import { poseOf, startled } from '../../scenes/audience/behaviour';
import { assignAttitudes, capacity, crowd, faceOf, seats } from '../../scenes/audience/crowd';
import {
  distractionSchedule,
  planQuestion,
  planWalkOut,
  topicFor,
  WALK_OUT_WINDOW,
  walkerAt,
} from '../../scenes/audience/events';
import { type AudienceParams, audienceLevels } from '../../scenes/audience/levels';
import { eyeMeasures, lookedAt, newEyeTally, tallyEyes } from '../../scenes/audience/measures';
import { rhythm } from '../../scenes/common/noise';
import { say } from '../../scenes/types';
import { english } from './intl';

const level = (n: number): AudienceParams => {
  const found = audienceLevels[n - 1];
  if (!found) throw new Error(`no level ${n}`);
  return found.params;
};

const count = (list: string[], what: string) => list.filter((a) => a === what).length;

describe('audience level table', () => {
  it('grows the audience and the distractions as the level rises, in a room big enough', () => {
    for (let n = 2; n <= 10; n++) {
      expect(level(n).audienceSize).toBeGreaterThan(level(n - 1).audienceSize);
      expect(level(n).distractionsPerMinute).toBeGreaterThanOrEqual(
        level(n - 1).distractionsPerMinute,
      );
      expect(capacity(level(n).room)).toBeGreaterThanOrEqual(level(n).audienceSize);
    }
    expect(level(10).audienceSize).toBe(100);
    expect(level(9).walkOut).toBe(true);
    expect(level(10).challengingQuestion).toBe(true);
  });
});

describe('attitude assignment', () => {
  it('matches the level’s percentages exactly and adds up to the audience', () => {
    const a8 = assignAttitudes(level(8), 1); // 50: 40 % bored, 10 % hostile
    expect(a8).toHaveLength(50);
    expect(count(a8, 'bored')).toBe(20);
    expect(count(a8, 'hostile')).toBe(5);
    expect(count(a8, 'neutral')).toBe(25);
    const a9 = assignAttitudes(level(9), 1); // 70: 30 % bored, 25 % hostile → 21, 17.5
    expect(a9).toHaveLength(70);
    expect(count(a9, 'bored')).toBe(21);
    expect([17, 18]).toContain(count(a9, 'hostile'));
    const a4 = assignAttitudes(level(4), 1); // 6, 70 % interested → 4.2
    expect(count(a4, 'interested')).toBe(4);
  });

  it('is the same for a seed and different for another', () => {
    expect(assignAttitudes(level(10), 5)).toEqual(assignAttitudes(level(10), 5));
    expect(assignAttitudes(level(10), 5)).not.toEqual(assignAttitudes(level(10), 6));
  });

  it('scales shares down together when they ask for more than everyone', () => {
    const a = assignAttitudes({ audienceSize: 10, interested: 100, bored: 100, hostile: 0 }, 1);
    expect(count(a, 'interested')).toBe(5);
    expect(count(a, 'bored')).toBe(5);
  });

  it('seats a small audience in the front rows, near the middle', () => {
    const three = seats('seminar', 3);
    expect(three.every((s) => s.row === 0)).toBe(true);
    expect(Math.max(...three.map((s) => Math.abs(s.x)))).toBeLessThan(1.5);
    expect(crowd(level(10), 1)).toHaveLength(100);
  });
});

describe('behaviour', () => {
  const members = crowd({ ...level(8), audienceSize: 50 }, 3);
  const speaker = { x: 0, y: 1.6, z: 0 };
  const of = (attitude: string) => members.find((m) => m.attitude === attitude);

  it('has interested and neutral members look at the speaker, and follow them as they move', () => {
    const neutral = of('neutral');
    if (!neutral) throw new Error('no neutral member');
    const left = poseOf({ ...neutral, attitude: 'interested' }, 0.01, { x: -2, y: 1.6, z: 0 });
    const right = poseOf({ ...neutral, attitude: 'interested' }, 0.01, { x: 2, y: 1.6, z: 0 });
    expect(left.headYaw).toBeLessThan(right.headYaw);
    expect(left.armsCrossed).toBe(false);
  });

  it('slumps the bored over a lit phone and crosses the hostile’s arms', () => {
    const bored = of('bored');
    const hostile = of('hostile');
    if (!bored || !hostile) throw new Error('missing attitudes');
    const phoneTime = Array.from({ length: 100 }, (_, i) => poseOf(bored, i * 0.5, speaker)).filter(
      (p) => p.phone,
    ).length;
    expect(phoneTime).toBeGreaterThan(50);
    expect(poseOf(bored, 1, speaker).lean).toBeLessThan(0);
    expect(poseOf(hostile, 1, speaker).armsCrossed).toBe(true);
    expect(poseOf(hostile, 1, speaker).lean).toBeLessThan(0);
  });

  it('makes the bored look up and around more when the speaker falls silent', () => {
    const bored = of('bored');
    if (!bored) throw new Error('no bored member');
    const upTime = (restless: number) =>
      Array.from({ length: 400 }, (_, i) => poseOf(bored, i * 0.25, speaker, restless)).filter(
        (p) => !p.phone,
      ).length;
    expect(upTime(1)).toBeGreaterThan(upTime(0));
  });

  it('has the neighbours of a distraction look round at it for a moment, and no one else', () => {
    const source = members[0];
    if (!source) throw new Error('nobody');
    const near = members.filter(
      (m) => m !== source && Math.hypot(m.seat.x - source.seat.x, m.seat.z - source.seat.z) < 1.5,
    );
    const far = members.filter(
      (m) => Math.hypot(m.seat.x - source.seat.x, m.seat.z - source.seat.z) > 3,
    );
    expect(near.length).toBeGreaterThan(0);
    expect(far.length).toBeGreaterThan(0);
    for (const m of near) {
      expect(startled(m, source, 0.2)).toBe(true);
      expect(startled(m, source, 5)).toBe(false);
    }
    for (const m of far) expect(startled(m, source, 0.2)).toBe(false);
    expect(startled(source, source, 0.2)).toBe(false);
  });

  it('rhythm windows rise and fall within their duration only', () => {
    expect(rhythm(0.5, 10, 1, 0)).toBeCloseTo(1, 6);
    expect(rhythm(5, 10, 1, 0)).toBe(0);
  });
});

describe('events in the room', () => {
  it('schedules distractions at about the level’s rate, the same for a seed', () => {
    const ten = distractionSchedule(1, 6, 100, 600);
    expect(ten.length).toBeGreaterThan(40);
    expect(ten.length).toBeLessThan(85);
    expect(distractionSchedule(1, 6, 100, 600)).toEqual(ten);
    expect(distractionSchedule(1, 0, 100, 600)).toEqual([]);
    expect(new Set(ten.map((d) => d.kind)).size).toBe(4);
  });

  it('has a bored or hostile member walk out within the window, then leave by the door', () => {
    const members = crowd(level(9), 2);
    const plan = planWalkOut(level(9).walkOut, members, 2);
    expect(plan).not.toBeNull();
    if (!plan) return;
    expect(['bored', 'hostile']).toContain(members[plan.member]?.attitude);
    expect(plan.startsAt).toBeGreaterThanOrEqual(WALK_OUT_WINDOW.from);
    expect(plan.startsAt).toBeLessThanOrEqual(WALK_OUT_WINDOW.to);
    const member = members[plan.member];
    if (!member) return;
    expect(walkerAt(plan, member, 'lecture', plan.startsAt - 1).phase).toBe('seated');
    expect(walkerAt(plan, member, 'lecture', plan.startsAt + 1).phase).toBe('standing');
    expect(walkerAt(plan, member, 'lecture', plan.startsAt + 5).phase).toBe('walking');
    expect(walkerAt(plan, member, 'lecture', plan.startsAt + 120).phase).toBe('gone');
    expect(planWalkOut(level(8).walkOut, crowd(level(8), 2), 2)).toBeNull();
  });

  it('has a hostile member raise a challenging question at level 10 only', () => {
    const members = crowd(level(10), 4);
    const hand = planQuestion(level(10).challengingQuestion, members, 4);
    expect(members[hand?.member ?? -1]?.attitude).toBe('hostile');
    if (!hand) throw new Error('no raised hand');
    expect(english.formatMessage(hand.question)).toMatch(/\?$/);
    expect(planQuestion(level(9).challengingQuestion, crowd(level(9), 4), 4)).toBeNull();
    expect(topicFor(1)).toBe(topicFor(1));
    expect(english.formatMessage(topicFor(1))).toMatch(/\.$/);
  });
});

describe('eye contact', () => {
  const members = crowd(level(5), 1);
  const head = { x: 0, y: 1.6, z: 0 };
  const toward = (i: number) => {
    const m = members[i];
    if (!m) throw new Error('no member');
    const face = faceOf(m);
    const v = { x: face.x - head.x, y: face.y - head.y, z: face.z - head.z };
    const l = Math.hypot(v.x, v.y, v.z);
    return { x: v.x / l, y: v.y / l, z: v.z / l };
  };

  it('knows which member the gaze rests on, and none when looking away', () => {
    expect(lookedAt(head, toward(3), members)).toBe(3);
    expect(lookedAt(head, { x: 0, y: 0, z: 1 }, members)).toBe(-1);
  });

  it('counts members looked at for a second or more, and the shares of time', () => {
    let t = newEyeTally(members.length);
    for (let i = 0; i < 12; i++) t = tallyEyes(t, 0.1, head, toward(0), members);
    for (let i = 0; i < 5; i++) t = tallyEyes(t, 0.1, head, toward(1), members); // half a second: not counted
    for (let i = 0; i < 12; i++) t = tallyEyes(t, 0.1, head, toward(2), members);
    for (let i = 0; i < 11; i++)
      t = tallyEyes(t, 0.1, head, { x: 0, y: -0.894, z: -0.447 }, members); // at the notes
    const m = eyeMeasures(t);
    expect(m.membersLookedAt).toBe(2);
    expect(m.audienceShare).toBeCloseTo(72.5, 1);
    expect(m.notesShare).toBeGreaterThan(20);
  });
});

describe('the speaker’s own notes and voice', () => {
  it('checks notes as text within their length, and keeps them through a level change', async () => {
    const { levelWithOwnWords, paramProblems } = await import('../../scenes/types');
    const { audienceParamSpecs } = await import('../../scenes/audience/levels');
    const notes = 'Start with the harbour at dawn.';
    expect(paramProblems(audienceParamSpecs, { ...level(5), notes })).toEqual([]);
    expect(
      paramProblems(audienceParamSpecs, { ...level(5), notes: 'x'.repeat(601) }).map((p) =>
        say(english, p),
      ),
    ).toEqual(['Your own notes for the talk (optional): 601 characters is over the 600 allowed']);
    const raised = levelWithOwnWords(audienceParamSpecs, level(9), { ...level(5), notes });
    expect(raised.notes).toBe(notes);
    expect(raised.audienceSize).toBe(70);
  });

  it('counts speaking time, grows restless through long silences and settles with speech', async () => {
    const { newVoiceTally, tallyVoice, RESTLESS_AFTER } = await import(
      '../../scenes/audience/measures'
    );
    let v = newVoiceTally();
    for (let i = 0; i < 40; i++) v = tallyVoice(v, 0.1, 0.1); // 4 s of speech
    expect(v.speakingSeconds).toBeCloseTo(4, 6);
    expect(v.restless).toBe(0);
    for (let i = 0; i < (RESTLESS_AFTER + 5) * 10; i++) v = tallyVoice(v, 0.1, 0.001); // a long silence
    expect(v.restless).toBeGreaterThan(0.9);
    for (let i = 0; i < 100; i++) v = tallyVoice(v, 0.1, 0.1); // ten seconds of steady speech
    expect(v.restless).toBe(0);
  });
});
