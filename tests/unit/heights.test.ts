import { describe, expect, it } from 'vitest';
import { stepWithin } from '../../scenes/common/standing';
import { heightsScene } from '../../scenes/heights';
import { windLevels } from '../../scenes/heights/audio';
import {
  edgeZ,
  overGlass,
  PLANK_HALF_WIDTH,
  railingSegments,
  standingArea,
} from '../../scenes/heights/floor';
import { carPosition, cityBuildings, cityCars } from '../../scenes/heights/layout';
import { type HeightsParams, heightsLevels, railingProtection } from '../../scenes/heights/levels';
import {
  heightsMeasures,
  LOOK_DOWN_PITCH,
  newTally,
  TASK_PITCH,
  tally,
} from '../../scenes/heights/measures';

const params = (level: number): HeightsParams => {
  const found = heightsLevels[level - 1];
  if (!found) throw new Error(`no level ${level}`);
  return found.params;
};

describe('heights level table', () => {
  it('keeps the design’s table as the defaults', () => {
    expect(heightsLevels.map((l) => l.params.elevation)).toEqual([
      3, 10, 20, 35, 50, 80, 120, 160, 200, 300,
    ]);
    expect(heightsLevels.map((l) => l.params.railing)).toEqual([
      'glass',
      'glass',
      'bar',
      'bar',
      'low',
      'low',
      'none',
      'none',
      'none',
      'none',
    ]);
    expect(params(4).floor).toBe('grating');
    expect(params(6).floor).toBe('glass-edge');
    expect(params(8).floor).toBe('glass');
    expect([params(9).plankLength, params(10).plankLength]).toEqual([2, 4]);
  });

  it('never gets easier as the level rises: height, plank and wind only grow, the railing only shrinks', () => {
    for (let level = 2; level <= 10; level++) {
      const before = params(level - 1);
      const now = params(level);
      expect(now.elevation, `elevation at ${level}`).toBeGreaterThanOrEqual(before.elevation);
      expect(now.plankLength).toBeGreaterThanOrEqual(before.plankLength);
      expect(now.wind).toBeGreaterThanOrEqual(before.wind);
      expect(railingProtection[now.railing]).toBeLessThanOrEqual(railingProtection[before.railing]);
    }
  });

  it('declares the measures it reports and a floor to stand on', () => {
    expect(heightsScene.measures.map((m) => m.name)).toEqual(
      expect.arrayContaining(['lookDownShare', 'closestToEdge', 'secondsBeyondEdge']),
    );
    expect(heightsScene.standing).toBeDefined();
  });
});

describe('where a person can stand', () => {
  it('stops a desktop step before the edge, however many steps are taken', () => {
    const p = params(7); // no railing, edge 1 m ahead
    const area = standingArea(p);
    let at = { x: 0, z: 0 };
    for (let i = 0; i < 40; i++) at = stepWithin(area, at, 0, -0.25, 0.12);
    expect(at.z).toBeGreaterThan(edgeZ(p));
    expect(at.z).toBeLessThan(edgeZ(p) + 0.2);
  });

  it('lets a step go out along the plank, but never past its end or off its side', () => {
    const p = params(10); // plank 4 m out
    const area = standingArea(p);
    let at = { x: 0, z: 0 };
    for (let i = 0; i < 60; i++) at = stepWithin(area, at, 0, -0.25, 0.12);
    expect(at.z).toBeLessThan(edgeZ(p) - 3.5);
    expect(at.z).toBeGreaterThan(edgeZ(p) - p.plankLength);
    const sideways = stepWithin(area, at, 0.5, 0, 0.12);
    expect(Math.abs(sideways.x)).toBeLessThanOrEqual(PLANK_HALF_WIDTH);
  });

  it('keeps a person behind a railing, and a plank gets a gap in it', () => {
    const railed = { ...params(5), plankLength: 0 };
    expect(standingArea(railed).rects[0]?.minZ).toBeGreaterThan(edgeZ(railed));
    expect(railingSegments(railed)).toHaveLength(3);
    expect(railingSegments({ ...railed, plankLength: 2 })).toHaveLength(4);
    for (const level of [7, 8, 9, 10]) expect(railingSegments(params(level))).toEqual([]);
  });

  it('knows where the floor is glass over the drop', () => {
    expect(overGlass(params(8), edgeZ(params(8)) + 0.1)).toBe(true);
    expect(overGlass(params(8), 1)).toBe(false); // the roof terrace behind the tower's face
    expect(overGlass(params(6), edgeZ(params(6)) + 0.2)).toBe(true);
    expect(overGlass(params(5), edgeZ(params(5)) + 0.2)).toBe(false);
  });
});

describe('heights measures', () => {
  it('counts the share of time looking down, the closest approach and time past the edge', () => {
    const p = params(9); // plank 2 m out, edge at -1
    let t = newTally();
    for (let i = 0; i < 40; i++) t = tally(t, p, 0.1, 0, 0); // 4 s at the start, level gaze
    for (let i = 0; i < 10; i++) t = tally(t, p, 0.1, -0.5, LOOK_DOWN_PITCH - 0.1); // 1 s near the edge, looking down
    for (let i = 0; i < 30; i++) t = tally(t, p, 0.1, -2.5, 0); // 3 s out on the plank
    const m = heightsMeasures(t);
    expect(m.lookDownShare).toBeCloseTo(12.5, 1); // 1 s of 8 s
    expect(m.closestToEdge).toBeCloseTo(-1.5, 2);
    expect(m.secondsBeyondEdge).toBeCloseTo(3, 1);
  });

  it('does not count a stalled frame as time', () => {
    const t = tally(newTally(), params(5), 30, 0, -1.2);
    expect(t.seconds).toBeLessThanOrEqual(0.25);
  });

  it('completes the look-down task after 10 unbroken seconds of looking straight down', () => {
    const p = { ...params(6), lookDownTask: true };
    let t = newTally();
    for (let i = 0; i < 80; i++) t = tally(t, p, 0.1, 0, TASK_PITCH - 0.1);
    t = tally(t, p, 0.1, 0, 0); // looked up: the streak starts again
    expect(t.taskStreak).toBe(0);
    for (let i = 0; i < 99; i++) t = tally(t, p, 0.1, 0, TASK_PITCH - 0.1);
    expect(t.taskDone).toBe(false);
    for (let i = 0; i < 3; i++) t = tally(t, p, 0.1, 0, TASK_PITCH - 0.1);
    expect(t.taskDone).toBe(true);
    expect(heightsMeasures(t).lookDownTaskDone).toBe(1);
    // Without the task switched on, looking down completes nothing.
    let off = newTally();
    for (let i = 0; i < 200; i++) off = tally(off, params(6), 0.1, 0, -1.5);
    expect(off.taskDone).toBe(false);
  });
});

describe('the city and the wind', () => {
  it('lays out the same city for the same seed', () => {
    expect(Array.from(cityBuildings(3).data)).toEqual(Array.from(cityBuildings(3).data));
    expect(cityBuildings(3).count).toBeGreaterThan(300);
    expect(Array.from(cityBuildings(3).data.subarray(0, 12))).not.toEqual(
      Array.from(cityBuildings(4).data.subarray(0, 12)),
    );
  });

  it('keeps the avenue below the edge clear of buildings', () => {
    const b = cityBuildings(1);
    for (let i = 0; i < b.count; i++) {
      const z = b.data[i * 6 + 1] as number;
      const depth = b.data[i * 6 + 3] as number;
      const x = b.data[i * 6] as number;
      if (Math.abs(x) < 100) expect(z + depth / 2 <= -40 || z - depth / 2 >= 0).toBe(true);
    }
  });

  it('drives cars along their lanes and wraps them around', () => {
    const cars = cityCars(1);
    const a = carPosition(cars.data, 0, 0);
    const b = carPosition(cars.data, 0, 1);
    expect(Math.hypot(b.x - a.x, b.z - a.z)).toBeGreaterThan(5);
    const far = carPosition(cars.data, 0, 10_000);
    expect(Math.abs(far.x)).toBeLessThan(1300);
  });

  it('makes the wind louder as it rises, and silent when still', () => {
    expect(windLevels(0, 300)).toEqual({ roar: 0, whistle: 0 });
    const levels = heightsLevels.map((l) => windLevels(l.params.wind, l.params.elevation).roar);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]).toBeGreaterThanOrEqual(levels[i - 1] as number);
    expect(windLevels(0.8, 300).roar).toBeGreaterThan(windLevels(0.2, 300).roar);
  });
});

describe('when the floor moves from under a person', () => {
  it('sets them back just inside the new edge, not back at the start', async () => {
    const { nearestStanding } = await import('../../scenes/common/standing');
    const area = standingArea(params(8)); // edge 0.5 m ahead, no railing
    expect(nearestStanding(area, 0.5, -0.9, 0.12)).toEqual({ x: 0.5, z: -0.38 });
    expect(nearestStanding(area, 0, 0, 0.12)).toEqual({ x: 0, z: 0 });
  });
});
