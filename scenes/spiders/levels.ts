// The spiders' parameters and their ten levels, as in the design's level table.
import { units } from '../common/units';
import type { Named, ParamSpec, TenLevels, Text } from '../types';
import { defineMessages } from '../types';

const m = defineMessages({
  look: { id: 'scene.spiders.look', defaultMessage: 'How the spiders look' },
  lookDrawing: {
    id: 'scene.spiders.lookDrawing',
    defaultMessage: 'A drawing on the poster',
  },
  lookToy: { id: 'scene.spiders.lookToy', defaultMessage: 'Cartoon, like a toy' },
  lookReal: { id: 'scene.spiders.lookReal', defaultMessage: 'Real' },
  spiders: { id: 'scene.spiders.spiders', defaultMessage: 'Spiders' },
  size: {
    id: 'scene.spiders.size',
    defaultMessage: 'Size, leg tip to leg tip',
    description: "A spider's leg span, in centimetres",
  },
  hair: { id: 'scene.spiders.hair', defaultMessage: 'Hairiness' },
  distance: {
    id: 'scene.spiders.distance',
    defaultMessage: 'Closest a spider comes',
    description: 'How near to the person a spider may walk, in metres',
  },
  speed: { id: 'scene.spiders.speed', defaultMessage: 'Speed' },
  unpredictable: {
    id: 'scene.spiders.unpredictable',
    defaultMessage: 'Unpredictable',
    description: 'How often a spider pauses, runs suddenly or turns, in per cent',
  },
  jar: { id: 'scene.spiders.jar', defaultMessage: 'The glass jar' },
  jarClosed: { id: 'scene.spiders.jarClosed', defaultMessage: 'Closed, a spider inside' },
  jarOpen: { id: 'scene.spiders.jarOpen', defaultMessage: 'Lid off, a spider inside' },
  jarNone: { id: 'scene.spiders.jarNone', defaultMessage: 'No jar' },
  approach: { id: 'scene.spiders.approach', defaultMessage: 'How they move' },
  approachAway: { id: 'scene.spiders.approachAway', defaultMessage: 'Keep away from you' },
  approachWander: { id: 'scene.spiders.approachWander', defaultMessage: 'Wander' },
  approachTowards: {
    id: 'scene.spiders.approachTowards',
    defaultMessage: 'Come towards you',
  },
  approachHand: {
    id: 'scene.spiders.approachHand',
    defaultMessage: 'One walks onto your hand',
  },
  drop: { id: 'scene.spiders.drop', defaultMessage: 'One drops from above on a thread' },
  level1: {
    id: 'scene.spiders.level1',
    defaultMessage: 'A cartoon spider on a poster across the room',
  },
  level2: {
    id: 'scene.spiders.level2',
    defaultMessage: 'A small spider in a closed jar on the shelf',
  },
  level3: { id: 'scene.spiders.level3', defaultMessage: 'The jar on the table in front of you' },
  level4: { id: 'scene.spiders.level4', defaultMessage: 'The lid off, the spider inside' },
  level5: {
    id: 'scene.spiders.level5',
    defaultMessage: 'A small spider walking slowly on the table',
  },
  level6: { id: 'scene.spiders.level6', defaultMessage: 'A larger one walking towards you' },
  level7: {
    id: 'scene.spiders.level7',
    defaultMessage: 'Two spiders, quicker and less predictable',
  },
  level8: { id: 'scene.spiders.level8', defaultMessage: 'A large hairy spider 30 cm away' },
  level9: { id: 'scene.spiders.level9', defaultMessage: 'A spider walks onto your hand' },
  level10: {
    id: 'scene.spiders.level10',
    defaultMessage: 'Several large spiders, one dropping from above',
  },
});

/** 'drawing': only the poster's drawing; 'toy': round, bright, big-eyed; 'real': as in nature. */
export type Look = 'drawing' | 'toy' | 'real';
/** Where the first spider is kept: with a jar, the jar stands where the level's distance puts it. */
export type Jar = 'closed' | 'open' | 'none';
/** 'hand': the first spider walks onto the person's hand, the one thing allowed nearer. */
export type Approach = 'away' | 'wander' | 'towards' | 'hand';

export interface SpidersParams {
  [name: string]: number | string | boolean;
  look: Look;
  spiders: number;
  /** Leg span, centimetres. */
  size: number;
  /** 0-100: none to a dense coat of fine hairs. */
  hair: number;
  /** Metres: no spider walks nearer the person than this, unless onto the hand or on its thread. */
  distance: number;
  /** 0-100: still to quick. */
  speed: number;
  /** 0-100: steady to sudden pauses, runs and turns. */
  unpredictable: number;
  jar: Jar;
  approach: Approach;
  drop: boolean;
}

export const MAX_SPIDERS = 8;
/** Centimetres. */
export const MIN_SIZE = 1;
export const MAX_SIZE = 15;
export const MIN_DISTANCE = 0.2;

export const spidersParamSpecs = [
  {
    kind: 'choice',
    name: 'look',
    label: m.look,
    choices: [
      { value: 'drawing', label: m.lookDrawing },
      { value: 'toy', label: m.lookToy },
      { value: 'real', label: m.lookReal },
    ],
    default: 'real',
  },
  {
    kind: 'number',
    name: 'spiders',
    label: m.spiders,
    min: 1,
    max: MAX_SPIDERS,
    step: 1,
    default: 1,
  },
  {
    kind: 'number',
    name: 'size',
    label: m.size,
    unit: units.centimetres,
    min: MIN_SIZE,
    max: MAX_SIZE,
    step: 1,
    default: 4,
  },
  {
    kind: 'number',
    name: 'hair',
    label: m.hair,
    unit: units.percent,
    min: 0,
    max: 100,
    step: 10,
    default: 30,
  },
  {
    kind: 'number',
    name: 'distance',
    label: m.distance,
    unit: units.metres,
    min: MIN_DISTANCE,
    max: 3.2,
    step: 0.1,
    default: 1,
  },
  {
    kind: 'number',
    name: 'speed',
    label: m.speed,
    unit: units.percent,
    min: 0,
    max: 100,
    step: 10,
    default: 30,
  },
  {
    kind: 'number',
    name: 'unpredictable',
    label: m.unpredictable,
    unit: units.percent,
    min: 0,
    max: 100,
    step: 10,
    default: 20,
  },
  {
    kind: 'choice',
    name: 'jar',
    label: m.jar,
    choices: [
      { value: 'closed', label: m.jarClosed },
      { value: 'open', label: m.jarOpen },
      { value: 'none', label: m.jarNone },
    ],
    default: 'none',
  },
  {
    kind: 'choice',
    name: 'approach',
    label: m.approach,
    choices: [
      { value: 'away', label: m.approachAway },
      { value: 'wander', label: m.approachWander },
      { value: 'towards', label: m.approachTowards },
      { value: 'hand', label: m.approachHand },
    ],
    default: 'wander',
  },
  { kind: 'boolean', name: 'drop', label: m.drop, default: false },
] as const satisfies readonly ParamSpec[];

type LevelParams = Omit<Named<SpidersParams>, 'jar' | 'drop' | 'look'> &
  Partial<Pick<SpidersParams, 'jar' | 'drop' | 'look'>>;

const level = (name: Text, params: LevelParams) => ({
  name,
  params: { look: 'real' as Look, jar: 'none' as Jar, drop: false, ...params },
});

export const spidersLevels: TenLevels<SpidersParams> = [
  level(m.level1, {
    look: 'drawing',
    spiders: 1,
    size: 8,
    hair: 0,
    distance: 3.2,
    speed: 0,
    unpredictable: 0,
    approach: 'wander',
  }),
  level(m.level2, {
    spiders: 1,
    size: 3,
    hair: 20,
    distance: 2.6,
    speed: 20,
    unpredictable: 10,
    jar: 'closed',
    approach: 'wander',
  }),
  level(m.level3, {
    spiders: 1,
    size: 3,
    hair: 20,
    distance: 0.6,
    speed: 20,
    unpredictable: 10,
    jar: 'closed',
    approach: 'wander',
  }),
  level(m.level4, {
    spiders: 1,
    size: 3,
    hair: 20,
    distance: 0.6,
    speed: 20,
    unpredictable: 10,
    jar: 'open',
    approach: 'wander',
  }),
  level(m.level5, {
    spiders: 1,
    size: 3,
    hair: 20,
    distance: 0.6,
    speed: 20,
    unpredictable: 10,
    approach: 'wander',
  }),
  level(m.level6, {
    spiders: 1,
    size: 6,
    hair: 30,
    distance: 0.5,
    speed: 30,
    unpredictable: 20,
    approach: 'towards',
  }),
  level(m.level7, {
    spiders: 2,
    size: 6,
    hair: 40,
    distance: 0.4,
    speed: 50,
    unpredictable: 60,
    approach: 'towards',
  }),
  level(m.level8, {
    spiders: 1,
    size: 12,
    hair: 90,
    distance: 0.3,
    speed: 40,
    unpredictable: 40,
    approach: 'towards',
  }),
  level(m.level9, {
    spiders: 1,
    size: 8,
    hair: 70,
    distance: 0.3,
    speed: 30,
    unpredictable: 30,
    approach: 'hand',
  }),
  level(m.level10, {
    spiders: 4,
    size: 12,
    hair: 90,
    distance: 0.2,
    speed: 50,
    unpredictable: 60,
    approach: 'hand',
    drop: true,
  }),
];
