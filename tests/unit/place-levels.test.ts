import { describe, expect, it } from 'vitest';
import { placeScene } from '../../scenes/place';
import {
  aroundCap,
  blurPlan,
  fitWithin,
  SPHERE_SEGMENTS,
  screenFor,
} from '../../scenes/place/layout';
import { type PlaceParams, placeLevels, placeParamSpecs } from '../../scenes/place/levels';
import {
  addPlaceFrame,
  facesMiddle,
  newPlaceTally,
  placeMeasures,
} from '../../scenes/place/measures';
import { defaultParams, LEVEL_COUNT, paramProblems } from '../../scenes/types';

const params = placeLevels.map((l) => l.params as PlaceParams);
const column = <K extends keyof PlaceParams>(name: K) => params.map((p) => p[name]);
const rising = (values: readonly number[]) =>
  values.every((v, i) => i === 0 || v >= (values[i - 1] ?? v));
const falling = (values: readonly number[]) =>
  values.every((v, i) => i === 0 || v <= (values[i - 1] ?? v));

describe('the own place’s levels', () => {
  it('is a scene of the person’s own file, with no fear of its own and nothing varied', () => {
    expect(placeScene.id).toBe('place');
    expect(placeScene.ownContent).toBe(true);
    expect(placeScene.fear).toBeUndefined();
    expect(placeScene.measures.map((m) => m.name)).toEqual(['lookingShare', 'watchedSeconds']);
    expect(placeScene.vary?.(params[4] as PlaceParams, () => 0.5)).toEqual({});
  });

  it('has ten levels, each valid against the specs, and valid defaults', () => {
    expect(placeLevels).toHaveLength(LEVEL_COUNT);
    expect(paramProblems(placeParamSpecs, defaultParams(placeParamSpecs))).toEqual([]);
    for (const [i, level] of placeLevels.entries())
      expect(paramProblems(placeParamSpecs, level.params), `level ${i + 1}`).toEqual([]);
    expect(new Set(placeLevels.map((l) => l.name.id)).size).toBe(LEVEL_COUNT);
    for (const level of placeLevels) expect(level.name.id).toMatch(/^scene\.place\./);
  });

  it('grows harder level by level: larger, brighter, sharper, louder, faster, never easier', () => {
    expect(rising(column('view'))).toBe(true);
    expect(rising(column('brightness'))).toBe(true);
    expect(falling(column('blur'))).toBe(true);
    expect(rising(column('volume'))).toBe(true);
    expect(rising(column('speed'))).toBe(true);
    // Once it loops it keeps looping.
    const loops = column('loop');
    expect(loops.every((l, i) => i === 0 || !loops[i - 1] || l)).toBe(true);
    // And every level changes something from the one below.
    for (let i = 1; i < LEVEL_COUNT; i++)
      expect(params[i], `level ${i + 1}`).not.toEqual(params[i - 1]);
  });

  it('starts small, dim, soft, silent and slow, and ends as the place was taken', () => {
    expect(params[0]).toEqual({
      view: 20,
      brightness: 30,
      blur: 10,
      volume: 0,
      speed: 0.5,
      loop: false,
    });
    expect(params[9]).toEqual({
      view: 100,
      brightness: 100,
      blur: 0,
      volume: 100,
      speed: 1,
      loop: true,
    });
  });
});

describe('the own place’s layout', () => {
  it('sets a screen of the picture’s own shape, from small and far to most of the view', () => {
    const small = screenFor(20, 16 / 9);
    const whole = screenFor(100, 16 / 9);
    expect(small.width / small.height).toBeCloseTo(16 / 9, 6);
    expect(whole.width / whole.height).toBeCloseTo(16 / 9, 6);
    expect(small.distance).toBeGreaterThan(whole.distance);
    expect(small.across).toBeCloseTo(18, 3);
    expect(whole.across).toBeCloseTo(90, 3);
    // A portrait picture is held to a height the eyes take in, its shape kept.
    const portrait = screenFor(100, 9 / 16);
    expect(portrait.width / portrait.height).toBeCloseTo(9 / 16, 6);
    expect(portrait.up).toBeLessThanOrEqual(63 + 1e-6);
  });

  it('shows a 360° picture’s middle at the smallest view, and all of it at the whole view', () => {
    const smallest = aroundCap(20);
    expect(smallest.from).toBeCloseTo((20 * Math.PI) / 180, 6);
    expect(smallest.to).toBeGreaterThan(smallest.from);
    expect(aroundCap(100).from).toBeGreaterThanOrEqual(Math.PI);
    expect(SPHERE_SEGMENTS.around * SPHERE_SEGMENTS.up * 2).toBeLessThan(250_000);
  });

  it('softens by a small copy of the picture, sharp at 0 and more at each step', () => {
    const source = { width: 4096, height: 2048 };
    expect(blurPlan(0, source, 360, 180)).toBeNull();
    const one = blurPlan(1, source, 360, 180);
    const ten = blurPlan(10, source, 360, 180);
    if (!one || !ten) throw new Error('no plan');
    expect(ten.width).toBeLessThan(one.width);
    expect(ten.width).toBe(240);
    // Each texel of the copy averages about the source texels under it: 4096 / 240 ≈ 17 a side.
    expect(ten.tapsX * 2).toBeGreaterThanOrEqual(Math.min(16, 4096 / 240));
    expect(ten.sigmaX).toBeCloseTo(2, 1);
    // Never larger than the source, nor than a copy a headset holds easily.
    expect(one.width).toBe(2048);
    expect(one.height).toBeLessThanOrEqual(2048);
    const tiny = blurPlan(1, { width: 320, height: 160 }, 360, 180);
    expect(tiny?.width).toBe(320);
    expect(tiny?.sigmaX).toBeLessThan(2);
  });

  it('fits a picture larger than the GPU takes, its shape kept, and leaves one that fits', () => {
    expect(fitWithin(16384, 8192, 8192)).toEqual({ width: 8192, height: 4096 });
    expect(fitWithin(3000, 9000, 4096)).toEqual({ width: 1365, height: 4096 });
    expect(fitWithin(4096, 2048, 8192)).toEqual({ width: 4096, height: 2048 });
  });
});

describe('the own place’s measures', () => {
  it('counts time facing the middle and time watched, once the picture shows', () => {
    const tally = newPlaceTally();
    expect(placeMeasures(tally)).toEqual({});
    addPlaceFrame(tally, { shown: false, facing: true, watching: false }, 5);
    expect(placeMeasures(tally)).toEqual({});
    const ahead = { x: 0, y: 0, z: -1 };
    const right = { x: 1, y: 0, z: 0 };
    const slightly = { x: Math.sin(0.3), y: 0, z: -Math.cos(0.3) };
    expect(facesMiddle(ahead)).toBe(true);
    expect(facesMiddle(slightly)).toBe(true);
    expect(facesMiddle(right)).toBe(false);
    addPlaceFrame(tally, { shown: true, facing: facesMiddle(ahead), watching: true }, 3);
    addPlaceFrame(tally, { shown: true, facing: facesMiddle(right), watching: false }, 1);
    expect(placeMeasures(tally)).toEqual({ lookingShare: 75, watchedSeconds: 3 });
  });
});
