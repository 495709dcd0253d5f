// Who the people of a scene are: build, height, age, skin, hair, clothes, from a seed, so a session
// meets the same crowd again. Pure; the scenes decide where each one sits, stands or walks.
import { between, createRandom, subSeed } from '../random';

export type HairStyle = 'short' | 'long' | 'tied' | 'bald' | 'covered';
export const hairStyles: readonly HairStyle[] = ['short', 'long', 'tied', 'bald', 'covered'];

export type Age = 'young' | 'adult' | 'older';

export interface Person {
  /** Standing height, metres. */
  height: number;
  /** Width of shoulders and waist against an average body (0.85 slim to 1.25 broad). */
  build: number;
  age: Age;
  /** 0 (youngest) to 1 (oldest) within the range of the age: lines, grey, lid weight. */
  years: number;
  skin: string;
  hairStyle: HairStyle;
  hair: string;
  top: string;
  bottom: string;
  /** A phase for the person's own rhythms (breathing, glances, blinks), radians. */
  phase: number;
}

// From the lightest to the deepest tones, all of them common in the cities the scenes are set in.
export const skinTones = [
  '#f3d2b8',
  '#eabf9b',
  '#d9a47c',
  '#c68a5f',
  '#a96d45',
  '#8a5534',
  '#6b3f26',
  '#4e2d1c',
] as const;
const hairColours = ['#17120f', '#2e2118', '#4b3322', '#6d4a2c', '#8c5a32', '#b48a55', '#d3b27a'];
const greys = ['#8d8b88', '#b4b1ab', '#d8d5cf'];
const tops = [
  '#35506e',
  '#7a2f3a',
  '#2f5e4a',
  '#b9a37a',
  '#444b55',
  '#8c5a9e',
  '#d6d2c8',
  '#9c6b30',
  '#1f2a3a',
  '#c25b4a',
  '#5f7f96',
  '#e0b84f',
];
const bottoms = ['#2d3038', '#1f2733', '#4a4036', '#3b4a5c', '#5b5248', '#222222', '#6a6f78'];
const coverings = ['#2b3f5c', '#6d2f45', '#3d5a46', '#8a7a62', '#1e1e24', '#a55c3a'];

const pick = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length) % list.length] as T;

const ages: [Age, number][] = [
  ['young', 0.3],
  ['adult', 0.45],
  ['older', 0.25],
];

function weighted<T>(list: readonly [T, number][], random: () => number): T {
  let r = random();
  for (const [value, weight] of list) {
    if (r < weight) return value;
    r -= weight;
  }
  return (list.at(-1) as [T, number])[0];
}

/** The hair a person of an age has: grey and bald more often with the years. */
function hairOf(
  age: Age,
  years: number,
  random: () => number,
): { style: HairStyle; colour: string } {
  const style = weighted<HairStyle>(
    age === 'older'
      ? [
          ['short', 0.4],
          ['bald', 0.25],
          ['long', 0.1],
          ['tied', 0.13],
          ['covered', 0.12],
        ]
      : [
          ['short', 0.38],
          ['long', 0.24],
          ['tied', 0.2],
          ['bald', age === 'adult' ? 0.06 : 0.02],
          ['covered', 0.12],
        ],
    random,
  );
  if (style === 'covered') return { style, colour: pick(coverings, random) };
  const grey = age === 'older' || (age === 'adult' && years > 0.7 && random() < 0.5);
  return { style, colour: grey ? pick(greys, random) : pick(hairColours, random) };
}

/** `count` different people from the seed: the same seed, the same people, in the same order. */
export function population(count: number, seed: number): Person[] {
  const random = createRandom(subSeed(seed, 'population'));
  return Array.from({ length: count }, () => {
    const age = weighted(ages, random);
    const years = random();
    const hair = hairOf(age, years, random);
    return {
      height: between(random, 1.55, 1.92) - (age === 'older' ? 0.03 : 0),
      build: between(random, 0.85, 1.25),
      age,
      years,
      skin: pick(skinTones, random),
      hairStyle: hair.style,
      hair: hair.colour,
      top: pick(tops, random),
      bottom: pick(bottoms, random),
      phase: random() * Math.PI * 2,
    };
  });
}

/** 0-1 across every age: how lined a face is and how heavy its lids. */
export function ageing(person: Pick<Person, 'age' | 'years'>): number {
  const from = { young: 0, adult: 0.3, older: 0.65 }[person.age];
  const span = { young: 0.25, adult: 0.35, older: 0.35 }[person.age];
  return from + span * person.years;
}
