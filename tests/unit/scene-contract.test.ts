import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findScene, restPlace, scenes } from '../../scenes/registry';
import type { ParamSpec } from '../../scenes/types';
import {
  defaultParams,
  isLevelNumber,
  LEVEL_COUNT,
  levelChanges,
  levelOf,
  paramProblems,
} from '../../scenes/types';
import { scenePicture } from '../../src/views/app/scenePictures';

describe('every registered scene keeps the scene contract', () => {
  it('registers at least the calm scene, with unique ids', () => {
    const ids = scenes.map((s) => s.id);
    expect(ids).toContain('calm');
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const scene of scenes) {
    describe(scene.id, () => {
      it('has a title, a one-line description and a lazy component', () => {
        expect(scene.title.trim()).not.toBe('');
        expect(scene.description.trim()).not.toBe('');
        expect(scene.description).not.toMatch(/\n/);
        expect(typeof scene.load).toBe('function');
      });

      it('declares parameters whose defaults are inside their own ranges', () => {
        expect(scene.params.length).toBeGreaterThan(0);
        expect(paramProblems(scene.params, defaultParams(scene.params))).toEqual([]);
        for (const spec of scene.params) {
          if (spec.kind === 'number') expect(spec.min).toBeLessThan(spec.max);
        }
      });

      it(`has exactly ${LEVEL_COUNT} levels with distinct names`, () => {
        expect(scene.levels).toHaveLength(LEVEL_COUNT);
        expect(new Set(scene.levels.map((l) => l.name)).size).toBe(LEVEL_COUNT);
      });

      it('says, for every level above the first, what changes from the level below', () => {
        expect(levelChanges(scene, 1)).toBe(`The gentlest level: ${scene.levels[0].name}.`);
        for (let level = 2; level <= LEVEL_COUNT; level++)
          expect(levelChanges(scene, level), `level ${level}`).toMatch(
            new RegExp(`^From level ${level - 1}: .+ → .+\\.$`),
          );
      });

      it('has a picture of its first level in public/, for its card on the home page', () => {
        const picture = scenePicture(scene);
        expect(existsSync(new URL(`../../public/${picture.src}`, import.meta.url))).toBe(true);
        expect(picture.alt).toContain(scene.levels[0].name);
      });

      it('sets every parameter of every level inside its range', () => {
        for (const [i, level] of scene.levels.entries()) {
          expect(paramProblems(scene.params, level.params), `level ${i + 1}`).toEqual([]);
        }
      });
    });
  }

  it('finds scenes by id and levels by their number from 1', () => {
    const calm = findScene('calm');
    expect(calm).toBeDefined();
    expect(findScene('nowhere')).toBeUndefined();
    if (!calm) return;
    expect(levelOf(calm, 1)).toBe(calm.levels[0]);
    expect(levelOf(calm, 10)).toBe(calm.levels[9]);
    expect(() => levelOf(calm, 0)).toThrow(RangeError);
    expect(() => levelOf(calm, 11)).toThrow(RangeError);
  });
});

describe('the level picker reads the level table', () => {
  it('names what changes, with units and choice labels', () => {
    const heights = findScene('heights');
    if (!heights) throw new Error('no heights scene');
    expect(levelChanges(heights, 2)).toBe(
      'From level 1: Height above the street: 3 m → 10 m; Distance to the edge: 1.5 m → 1 m.',
    );
    expect(levelChanges(heights, 3)).toContain('Railing: Full glass, 1.1 m → Open bar rail, 1.1 m');
    const audience = findScene('audience');
    if (!audience) throw new Error('no audience scene');
    expect(levelChanges(audience, 9)).toContain('Someone walks out: no → yes');
  });
});

describe('parameter checks say what is wrong', () => {
  const specs: ParamSpec[] = [
    {
      kind: 'number',
      name: 'height',
      label: 'Height',
      unit: 'm',
      min: 0,
      max: 300,
      step: 5,
      default: 10,
    },
    {
      kind: 'choice',
      name: 'railing',
      label: 'Railing',
      choices: [
        { value: 'glass', label: 'Glass' },
        { value: 'none', label: 'None' },
      ],
      default: 'glass',
    },
    { kind: 'boolean', name: 'lookDown', label: 'Look-down task', default: false },
  ];

  it('accepts valid values', () => {
    expect(paramProblems(specs, { height: 300, railing: 'none', lookDown: true })).toEqual([]);
  });

  it('names the parameter, the value and the limit', () => {
    expect(paramProblems(specs, { height: 310, railing: 'glass', lookDown: false })).toEqual([
      'Height: 310 m is above 300 m',
    ]);
    expect(paramProblems(specs, { height: -5, railing: 'glass', lookDown: false })).toEqual([
      'Height: -5 m is below 0 m',
    ]);
    expect(paramProblems(specs, { height: 12, railing: 'glass', lookDown: false })).toEqual([
      'Height: 12 is not in steps of 5',
    ]);
    expect(paramProblems(specs, { height: 10, railing: 'rope', lookDown: false })).toEqual([
      'Railing: "rope" is not one of glass, none',
    ]);
    expect(paramProblems(specs, { height: 10, railing: 'glass' })).toEqual([
      'Look-down task: missing',
    ]);
    expect(
      paramProblems(specs, { height: 10, railing: 'glass', lookDown: false, wind: 1 }),
    ).toEqual(['wind: not a parameter of this scene']);
  });
});

describe('the rest place', () => {
  it('is a registered scene with no ladder, at one of its ten levels', () => {
    expect(scenes).toContain(restPlace.scene);
    expect(restPlace.scene.fear).toBeUndefined();
    expect(isLevelNumber(restPlace.level)).toBe(true);
  });
});
