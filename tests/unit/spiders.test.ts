import { describe, expect, it } from 'vitest';
import { createRandom } from '../../scenes/common/random';
import { spidersScene } from '../../scenes/spiders';
import { castSpiders } from '../../scenes/spiders/cast';
import {
  type Body,
  footLift,
  knee,
  LEGS,
  legLengths,
  newGait,
  restFoot,
  setOf,
  stepGait,
} from '../../scenes/spiders/gait';
import {
  HAND_BACK,
  jarFloor,
  jarPlace,
  jarSize,
  onSurface,
  RESTING_HAND,
  SEATED_EYE,
  type Surface,
  TABLE,
  TABLE_TOP,
  toPerson,
  type Vec,
} from '../../scenes/spiders/layout';
import { type SpidersParams, spidersLevels, spidersParamSpecs } from '../../scenes/spiders/levels';
import {
  addSpidersFrame,
  looksAt,
  newSpidersTally,
  STAY_SECONDS,
  spidersMeasures,
} from '../../scenes/spiders/measures';
import {
  type Around,
  distanceOf,
  newDrop,
  stepDrop,
  stepWalker,
} from '../../scenes/spiders/walker';
import { paramProblems } from '../../scenes/types';

const level = (n: number): SpidersParams => {
  const found = spidersLevels[n - 1];
  if (!found) throw new Error(`no level ${n}`);
  return found.params;
};
const HEAD: Vec = { x: 0, y: SEATED_EYE, z: 0 };
const DT = 1 / 30;
const noHands: Around = { head: HEAD, hands: [] };

/** The back of a hand lying on the table, palm down, fingers away from the person. */
function handOnTable(x: number, z: number): Surface {
  return {
    name: 'hand',
    origin: { x, y: TABLE.top + HAND_BACK.lift, z },
    u: { x: 1, y: 0, z: 0 },
    w: { x: 0, y: 0, z: -1 },
    normal: { x: 0, y: 1, z: 0 },
    minU: HAND_BACK.minU,
    maxU: HAND_BACK.maxU,
    minW: HAND_BACK.minW,
    maxW: HAND_BACK.maxW,
  };
}

describe('spiders level table', () => {
  it('has ten levels, each within the parameters', () => {
    expect(spidersLevels).toHaveLength(10);
    for (const l of spidersLevels) expect(paramProblems(spidersParamSpecs, l.params)).toEqual([]);
  });

  it('climbs from a drawing, through the jar, to spiders on the hand and from above', () => {
    expect(level(1).look).toBe('drawing');
    expect([2, 3, 4].map((n) => level(n).jar)).toEqual(['closed', 'closed', 'open']);
    expect(level(5).jar).toBe('none');
    expect(level(6).approach).toBe('towards');
    expect(level(7).spiders).toBe(2);
    expect(level(8).distance).toBe(0.3);
    expect(level(8).size).toBeGreaterThanOrEqual(10);
    expect(level(9).approach).toBe('hand');
    expect(level(10).drop).toBe(true);
    expect(level(10).spiders).toBeGreaterThanOrEqual(3);
    for (let n = 2; n <= 10; n++) {
      expect(level(n).distance).toBeLessThanOrEqual(level(n - 1).distance);
      expect(level(n).look).toBe('real');
    }
  });

  it('puts the jar on the shelf for a far level and on the table, no nearer than allowed, for a near one', () => {
    const shelf = jarPlace(level(2).distance, level(2).size / 100);
    expect(toPerson(shelf, HEAD)).toBeGreaterThanOrEqual(level(2).distance);
    expect(shelf.y).toBeGreaterThan(TABLE.top + 0.2);
    const span = level(3).size / 100;
    const floor = jarFloor(level(3).distance, span);
    expect(floor.origin.y).toBeCloseTo(TABLE.top, 1);
    // Anywhere on the jar's floor is at least the level's distance from the person.
    for (let a = 0; a < Math.PI * 2; a += 0.3) {
      const r = floor.radius ?? 0;
      const d = distanceOf(floor, Math.cos(a) * r, Math.sin(a) * r, HEAD);
      expect(d).toBeGreaterThanOrEqual(level(3).distance);
    }
    expect(floor.radius ?? 0).toBeLessThan(jarSize(span).radius);
  });
});

describe('where the desktop view first looks', () => {
  const gaze = (n: number) => spidersScene.gaze?.(level(n)) ?? Number.NaN;

  it('level at the poster and the shelf across the room, down at the table once the spiders are on it', () => {
    expect(gaze(1)).toBe(0);
    expect(Math.abs(gaze(2))).toBeLessThan(0.1);
    for (const n of [3, 5, 8, 10]) {
      expect(gaze(n)).toBeLessThan(-0.3);
      // Not so far down that the table's far side, or the thread, is out of view (70° high).
      expect(gaze(n)).toBeGreaterThan(-0.6);
    }
  });
});

describe('the gait', () => {
  const walk = (seconds: number, turnRate: number, speed: number) => {
    const span = 0.08;
    const body: Body = { u: 0, w: 0, heading: 0 };
    const gait = newGait(body, span);
    const checks = { moved: 0, planted: Number.POSITIVE_INFINITY, bothSwing: 0, farthest: 0 };
    const before = new Float64Array(LEGS * 2);
    const wasPlanted: boolean[] = [];
    for (let t = 0; t < seconds; t += DT) {
      before.set(gait.feet);
      for (let leg = 0; leg < LEGS; leg++) wasPlanted[leg] = (gait.swing[leg] ?? -1) < 0;
      const vu = Math.cos(body.heading) * speed;
      const vw = Math.sin(body.heading) * speed;
      body.u += vu * DT;
      body.w += vw * DT;
      body.heading += turnRate * DT;
      stepGait(gait, body, vu, vw, DT);
      let planted = 0;
      const swinging = new Set<number>();
      for (let leg = 0; leg < LEGS; leg++) {
        const down = (gait.swing[leg] ?? -1) < 0;
        if (down) planted++;
        else swinging.add(setOf(leg));
        // A foot that stood before and stands now has not moved at all.
        if (down && wasPlanted[leg]) {
          expect(gait.feet[2 * leg]).toBe(before[2 * leg]);
          expect(gait.feet[2 * leg + 1]).toBe(before[2 * leg + 1]);
        }
        if (!down || !wasPlanted[leg]) checks.moved++;
        const rest = restFoot(body, leg, span, 0, 0, new Float64Array(2));
        const off = Math.hypot(
          (gait.feet[2 * leg] ?? 0) - (rest[0] ?? 0),
          (gait.feet[2 * leg + 1] ?? 0) - (rest[1] ?? 0),
        );
        checks.farthest = Math.max(checks.farthest, off / span);
        if (down) expect(footLift(gait, leg)).toBe(0);
      }
      checks.planted = Math.min(checks.planted, planted);
      if (swinging.size > 1) checks.bothSwing++;
    }
    return checks;
  };

  it('keeps standing feet exactly where they were put down while the body walks on', () => {
    const c = walk(6, 0, 0.1);
    expect(c.moved).toBeGreaterThan(0);
    // Four feet always stand: one set of four swings at a time.
    expect(c.planted).toBe(4);
    expect(c.bothSwing).toBe(0);
    // The feet follow the body: never left far behind.
    expect(c.farthest).toBeLessThan(0.35);
  });

  it('steps the feet round when the spider turns on the spot, and at a run', () => {
    const turning = walk(4, 2, 0);
    expect(turning.moved).toBeGreaterThan(0);
    expect(turning.planted).toBe(4);
    const running = walk(3, 0.5, 0.5);
    expect(running.planted).toBe(4);
    // At a run (six spans a second, a swing lasting two frames at 30 a second) the standing feet
    // trail further before their set lifts, but stay within the legs' reach.
    expect(running.farthest).toBeLessThan(0.7);
  });

  it('settles every foot back under a body that stopped', () => {
    const span = 0.05;
    const body: Body = { u: 0, w: 0, heading: 0 };
    const gait = newGait(body, span);
    body.u = 0.02;
    for (let t = 0; t < 2; t += DT) stepGait(gait, body, 0, 0, DT);
    for (let leg = 0; leg < LEGS; leg++) {
      const rest = restFoot(body, leg, span, 0, 0, new Float64Array(2));
      expect(Math.abs((gait.feet[2 * leg] ?? 0) - (rest[0] ?? 0))).toBeLessThan(0.04 * span);
    }
  });

  it('bends each knee up, away from the surface, with both parts of the leg their length', () => {
    const { femur, tibia } = legLengths(0.1);
    const hip = { x: 0, y: 0.01, z: 0 };
    const foot = { x: 0.04, y: 0, z: 0 };
    const k = knee(hip, foot, { x: 0, y: 1, z: 0 }, femur, tibia, { x: 0, y: 0, z: 0 });
    expect(k.y).toBeGreaterThan(hip.y);
    expect(Math.hypot(k.x - hip.x, k.y - hip.y, k.z - hip.z)).toBeCloseTo(femur, 6);
    expect(Math.hypot(k.x - foot.x, k.y - foot.y, k.z - foot.z)).toBeCloseTo(tibia, 6);
  });
});

describe('where the spiders go', () => {
  const run = (p: SpidersParams, seed: number, seconds: number, around: Around = noHands) => {
    const cast = castSpiders(p, seed, around.head);
    let nearest = Number.POSITIVE_INFINITY;
    const surfaces = new Set<string>();
    for (let t = 0; t < seconds; t += DT) {
      for (const s of cast.spiders) {
        stepWalker(s.walker, s.rules, around, DT);
        stepGait(s.gait, s.walker.body, s.walker.vu, s.walker.vw, DT);
        surfaces.add(s.walker.surface.name);
        if (s.walker.surface.name !== 'hand')
          nearest = Math.min(
            nearest,
            distanceOf(s.walker.surface, s.walker.body.u, s.walker.body.w, around.head),
          );
        expect(onSurface(s.walker.surface, s.walker.body.u, s.walker.body.w)).toBe(true);
      }
    }
    return { cast, nearest, surfaces };
  };

  it('never comes nearer than the level allows, at every level, however unpredictable', () => {
    for (let n = 2; n <= 10; n++)
      for (const seed of [1, 2, 3]) {
        const p = { ...level(n), unpredictable: 100, speed: 100 };
        const { nearest } = run(p, seed, 40);
        expect(nearest, `level ${n} seed ${seed}`).toBeGreaterThanOrEqual(p.distance);
      }
  });

  it('comes towards the person until the level stops it', () => {
    const p = level(8);
    const { nearest } = run(p, 7, 60);
    expect(nearest).toBeGreaterThanOrEqual(p.distance);
    expect(nearest).toBeLessThan(p.distance + 0.12);
  });

  it('keeps away when asked to, staying further than it started', () => {
    const p: SpidersParams = { ...level(6), approach: 'away' };
    const cast = castSpiders(p, 3, HEAD);
    const spider = cast.spiders[0];
    if (!spider) throw new Error('no spider');
    const start = distanceOf(
      spider.walker.surface,
      spider.walker.body.u,
      spider.walker.body.w,
      HEAD,
    );
    const { nearest } = run(p, 3, 30);
    expect(nearest).toBeGreaterThanOrEqual(Math.min(start, p.distance + 0.1) - 0.01);
  });

  it('never steps nearer a person who leans in past the distance: it turns away', () => {
    const p = { ...level(8), unpredictable: 50 };
    const head = { ...HEAD };
    const around: Around = { head, hands: [] };
    const cast = castSpiders(p, 11, head);
    for (let t = 0; t < 40; t += DT) {
      // The person leans in over the table and back, again and again.
      head.z = -0.35 - 0.3 * Math.sin(t * 0.4) ** 2;
      for (const s of cast.spiders) {
        const w = s.walker;
        const before = distanceOf(w.surface, w.body.u, w.body.w, head);
        stepWalker(w, s.rules, around, DT);
        const after = distanceOf(w.surface, w.body.u, w.body.w, head);
        if (after < p.distance) expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }
    }
  });

  it('keeps a jar spider inside the jar, closed or open', () => {
    for (const n of [2, 3, 4]) {
      const { cast, surfaces } = run({ ...level(n), speed: 100 }, 5, 20);
      expect([...surfaces]).toEqual(['jar']);
      expect(cast.spiders).toHaveLength(1);
    }
  });

  it('walks onto a hand resting on the table, at the level that says so, and stays on it', () => {
    const hand = handOnTable(RESTING_HAND.x, RESTING_HAND.z);
    const around: Around = { head: HEAD, hands: [hand] };
    const p = level(9);
    const cast = castSpiders(p, 4, HEAD);
    const spider = cast.spiders[0];
    if (!spider) throw new Error('no spider');
    let boardedAt = -1;
    for (let t = 0; t < 120 && boardedAt < 0; t += DT) {
      stepWalker(spider.walker, spider.rules, around, DT);
      if (spider.walker.surface === hand) boardedAt = t;
    }
    expect(boardedAt).toBeGreaterThan(0);
    for (let t = 0; t < 20; t += DT) {
      stepWalker(spider.walker, spider.rules, around, DT);
      expect(spider.walker.surface).toBe(hand);
      const { u, w } = spider.walker.body;
      expect(u).toBeGreaterThanOrEqual(HAND_BACK.minU - 1e-9);
      expect(w).toBeLessThanOrEqual(HAND_BACK.maxW + 1e-9);
    }
    // The hand gone (tracking lost): back on the table, not in the air.
    stepWalker(spider.walker, spider.rules, noHands, DT);
    expect(spider.walker.surface).toBe(TABLE_TOP);
  });

  it('without a hand near the table, the hand level still keeps its distance', () => {
    const p = level(9);
    const away = handOnTable(0, -0.5);
    away.origin.y = 1.5; // held up in the air, well above the table
    const { nearest, surfaces } = run(p, 4, 60, { head: HEAD, hands: [away] });
    expect(surfaces.has('hand')).toBe(false);
    expect(nearest).toBeGreaterThanOrEqual(p.distance);
  });

  it('is the same for the same seed and different for another', () => {
    const at = (seed: number) => {
      const { cast } = run(level(7), seed, 10);
      return cast.spiders.map((s) => [s.walker.body.u, s.walker.body.w]);
    };
    expect(at(21)).toEqual(at(21));
    expect(at(21)).not.toEqual(at(22));
  });

  it('has no spider but the drawing at level 1, and one on a thread at level 10', () => {
    expect(castSpiders(level(1), 1, HEAD).spiders).toEqual([]);
    const cast = castSpiders(level(10), 1, HEAD);
    expect(cast.spiders).toHaveLength(level(10).spiders - 1);
    expect(cast.dropper).not.toBeNull();
  });
});

describe('the spider on a thread', () => {
  it('drops to just below the eyes, hangs a while and climbs back, again and again', () => {
    const p = level(10);
    const cast = castSpiders(p, 9, HEAD);
    const d = cast.dropper;
    if (!d) throw new Error('no dropper');
    const phases: string[] = [];
    let lowest = Number.POSITIVE_INFINITY;
    for (let t = 0; t < 90; t += DT) {
      stepDrop(d.drop, d.length, DT);
      if (phases.at(-1) !== d.drop.phase) phases.push(d.drop.phase);
      const y = d.anchor.y - d.drop.down;
      lowest = Math.min(lowest, y);
      expect(toPerson({ x: d.anchor.x, y, z: d.anchor.z }, HEAD)).toBeGreaterThanOrEqual(
        p.distance,
      );
    }
    expect(phases.slice(0, 5)).toEqual(['waiting', 'descending', 'hanging', 'climbing', 'waiting']);
    expect(lowest).toBeLessThan(SEATED_EYE);
    expect(lowest).toBeGreaterThan(TABLE.top);
  });

  it('starts from a fresh drop each time it is made', () => {
    const a = newDrop(createRandom(1));
    expect(a.phase).toBe('waiting');
  });
});

describe('what the spiders scene measures', () => {
  const feed = (
    tally: ReturnType<typeof newSpidersTally>,
    seconds: number,
    nearest: number,
    extra = {},
  ) => {
    for (let t = 0; t < seconds; t += DT)
      addSpidersFrame(tally, { nearest, looking: false, hand: null, onHand: false, ...extra }, DT);
  };

  it('counts the nearest distance held for a few seconds, not a moment passing by', () => {
    const tally = newSpidersTally();
    feed(tally, 5, 1);
    feed(tally, 1, 0.2);
    feed(tally, 5, 1);
    expect(spidersMeasures(tally).closestStayed).toBe(1);
    feed(tally, STAY_SECONDS + 0.5, 0.35);
    expect(spidersMeasures(tally).closestStayed).toBe(0.35);
  });

  it('gives the share of time looking, and hand figures only once a hand is tracked', () => {
    const tally = newSpidersTally();
    feed(tally, 3, 1, { looking: true });
    feed(tally, 1, 1);
    expect(spidersMeasures(tally).lookingShare).toBeCloseTo(75, 0);
    expect(spidersMeasures(tally).closestHand).toBeUndefined();
    feed(tally, 2, 1, { hand: 0.05, onHand: true });
    feed(tally, 1, 1, { hand: 0.4 });
    expect(spidersMeasures(tally).closestHand).toBe(0.05);
    expect(spidersMeasures(tally).handSeconds).toBeCloseTo(2, 0);
  });

  it('looks at a spider within the angle and not beside it', () => {
    const look = { x: 0, y: -0.6, z: -0.8 };
    expect(looksAt(HEAD, look, { x: 0, y: HEAD.y - 0.45, z: -0.6 })).toBe(true);
    expect(looksAt(HEAD, look, { x: 0.5, y: HEAD.y - 0.45, z: -0.6 })).toBe(false);
  });
});
