import { existsSync } from 'node:fs';
import { createIntl } from '@formatjs/intl';
import type { IntlShape as ReactIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { findScene, restPlace, scenes } from '../../scenes/registry';
import type { ParamSpec, ParamValues, Text } from '../../scenes/types';
import {
  defaultParams,
  isLevelNumber,
  LEVEL_COUNT,
  levelChanges,
  levelOf,
  paramProblems,
  say,
} from '../../scenes/types';
import { scenePicture } from '../../src/views/app/scenePictures';
import { english } from './intl';

const en = (text: Text) => english.formatMessage(text);
const changes = (...args: Parameters<typeof levelChanges>) => say(english, levelChanges(...args));
const problems = (specs: readonly ParamSpec[], values: ParamValues) =>
  paramProblems(specs, values).map((problem) => say(english, problem));
/** A message written here for the test, with its English as the catalogue would have it. */
const text = (id: string, defaultMessage: string): Text => ({ id, defaultMessage });

describe('every registered scene keeps the scene contract', () => {
  it('registers at least the calm scene, with unique ids', () => {
    const ids = scenes.map((s) => s.id);
    expect(ids).toContain('calm');
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const scene of scenes) {
    describe(scene.id, () => {
      it('has a title, a one-line description and a lazy component', () => {
        expect(en(scene.title).trim()).not.toBe('');
        expect(en(scene.description).trim()).not.toBe('');
        expect(en(scene.description)).not.toMatch(/\n/);
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
        expect(new Set(scene.levels.map((l) => en(l.name))).size).toBe(LEVEL_COUNT);
        expect(new Set(scene.levels.map((l) => l.name.id)).size).toBe(LEVEL_COUNT);
      });

      it('says, for every level above the first, what changes from the level below', () => {
        expect(changes(scene, 1)).toBe(`The gentlest level: ${en(scene.levels[0].name)}.`);
        for (let level = 2; level <= LEVEL_COUNT; level++)
          expect(changes(scene, level), `level ${level}`).toMatch(
            new RegExp(`^From level ${level - 1}: .+ → .+\\.$`),
          );
      });

      // A scene of the person's own file has no card: it opens only from their own places.
      if (!scene.ownContent)
        it('has a picture of its first level in public/, for its card on the home page', () => {
          // The card's own formatter type is react-intl's; the catalogue and formatting are the same.
          const picture = scenePicture(scene, english as unknown as ReactIntl);
          expect(existsSync(new URL(`../../public/${picture.src}`, import.meta.url))).toBe(true);
          expect(picture.alt).toContain(en(scene.levels[0].name));
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
    expect(changes(heights, 2)).toBe(
      'From level 1: Height above the street: 3 m → 10 m and Distance to the edge: 1.5 m → 1 m.',
    );
    expect(changes(heights, 3)).toContain('Railing: Full glass, 1.1 m → Open bar rail, 1.1 m');
    const audience = findScene('audience');
    if (!audience) throw new Error('no audience scene');
    expect(changes(audience, 9)).toContain('Someone walks out: no → yes');
  });

  it('writes the numbers with their units in the page’s language', () => {
    const heights = findScene('heights');
    if (!heights) throw new Error('no heights scene');
    // A page in German with only the unit translated: the number takes the page's format.
    const german = createIntl({
      locale: 'de',
      defaultLocale: 'en',
      messages: { 'scene.common.metres': '{value, number} m' },
      onError: () => {},
    });
    expect(say(german, levelChanges(heights, 2))).toContain('1,5 m → 1 m');
  });
});

describe('parameter checks say what is wrong', () => {
  const specs: ParamSpec[] = [
    {
      kind: 'number',
      name: 'height',
      label: text('test.height', 'Height'),
      unit: text('test.metres', '{value, number} m'),
      min: 0,
      max: 300,
      step: 5,
      default: 10,
    },
    {
      kind: 'choice',
      name: 'railing',
      label: text('test.railing', 'Railing'),
      choices: [
        { value: 'glass', label: text('test.glass', 'Glass') },
        { value: 'none', label: text('test.none', 'None') },
      ],
      default: 'glass',
    },
    {
      kind: 'boolean',
      name: 'lookDown',
      label: text('test.lookDown', 'Look-down task'),
      default: false,
    },
  ];

  it('accepts valid values', () => {
    expect(problems(specs, { height: 300, railing: 'none', lookDown: true })).toEqual([]);
  });

  it('names the parameter, the value and the limit', () => {
    expect(problems(specs, { height: 310, railing: 'glass', lookDown: false })).toEqual([
      'Height: 310 m is above 300 m',
    ]);
    expect(problems(specs, { height: -5, railing: 'glass', lookDown: false })).toEqual([
      'Height: -5 m is below 0 m',
    ]);
    expect(problems(specs, { height: 12, railing: 'glass', lookDown: false })).toEqual([
      'Height: 12 is not in steps of 5',
    ]);
    expect(problems(specs, { height: 10, railing: 'rope', lookDown: false })).toEqual([
      'Railing: "rope" is not one of glass, none',
    ]);
    expect(problems(specs, { height: 10, railing: 'glass' })).toEqual(['Look-down task: missing']);
    expect(problems(specs, { height: 10, railing: 'glass', lookDown: false, wind: 1 })).toEqual([
      'wind: not a parameter of this scene',
    ]);
  });
});

describe('the rest place', () => {
  it('is a registered scene with no ladder, at one of its ten levels', () => {
    expect(scenes).toContain(restPlace.scene);
    expect(restPlace.scene.fear).toBeUndefined();
    expect(isLevelNumber(restPlace.level)).toBe(true);
  });
});
