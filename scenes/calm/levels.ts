// The calm place's parameters and its ten settings, from late-afternoon glow to a starlit shore.
// Here "level" is not intensity: each is a restful moment of the same evening to choose from.
import { units } from '../common/units';
import type { ParamSpec, TenLevels, Text } from '../types';
import { defineMessages } from '../types';

const m = defineMessages({
  sunElevation: {
    id: 'scene.calm.sunElevation',
    defaultMessage: 'Sun height',
    description: 'How high the sun stands above the horizon, in degrees',
  },
  waves: { id: 'scene.calm.waves', defaultMessage: 'Waves' },
  breeze: { id: 'scene.calm.breeze', defaultMessage: 'Breeze' },
  ambience: {
    id: 'scene.calm.ambience',
    defaultMessage: 'Sound of the shore',
    description: 'How loud the surf and the wind are',
  },
  // The settings' names: moments of one evening on the shore, from late afternoon to night.
  level1: { id: 'scene.calm.level1', defaultMessage: 'Late afternoon glow' },
  level2: { id: 'scene.calm.level2', defaultMessage: 'Golden light' },
  level3: { id: 'scene.calm.level3', defaultMessage: 'Low sun over the water' },
  level4: { id: 'scene.calm.level4', defaultMessage: 'Sun touching the sea' },
  level5: { id: 'scene.calm.level5', defaultMessage: 'Sunset' },
  level6: {
    id: 'scene.calm.level6',
    defaultMessage: 'Afterglow',
    description: 'The glow in the sky just after the sun has set',
  },
  level7: {
    id: 'scene.calm.level7',
    defaultMessage: 'Rose dusk',
    description: 'Dusk with a rose-pink sky',
  },
  level8: {
    id: 'scene.calm.level8',
    defaultMessage: 'Blue hour',
    description: 'The deep blue twilight after sunset',
  },
  level9: { id: 'scene.calm.level9', defaultMessage: 'First stars' },
  level10: { id: 'scene.calm.level10', defaultMessage: 'Starlit shore' },
});

export interface CalmParams {
  [name: string]: number;
  /** Height of the sun above the horizon in degrees; below zero is dusk. */
  sunElevation: number;
  /** Sea state: 0 glassy, 1 long rolling waves. */
  waves: number;
  /** Wind in the grass: 0 still, 1 a steady breeze. */
  breeze: number;
  /** Loudness of the surf and wind relative to the person's volume setting. */
  ambience: number;
}

export const calmParamSpecs = [
  {
    kind: 'number',
    name: 'sunElevation',
    label: m.sunElevation,
    unit: units.degrees,
    min: -8,
    max: 12,
    step: 0.5,
    default: 3,
  },
  { kind: 'number', name: 'waves', label: m.waves, min: 0, max: 1, step: 0.05, default: 0.3 },
  { kind: 'number', name: 'breeze', label: m.breeze, min: 0, max: 1, step: 0.05, default: 0.3 },
  {
    kind: 'number',
    name: 'ambience',
    label: m.ambience,
    min: 0,
    max: 1,
    step: 0.05,
    default: 0.6,
  },
] as const satisfies readonly ParamSpec[];

const level = (
  name: Text,
  sunElevation: number,
  waves: number,
  breeze: number,
  ambience = 0.6,
) => ({
  name,
  params: { sunElevation, waves, breeze, ambience },
});

export const calmLevels: TenLevels<CalmParams> = [
  level(m.level1, 12, 0.25, 0.3),
  level(m.level2, 9, 0.3, 0.3),
  level(m.level3, 6, 0.3, 0.25),
  level(m.level4, 3, 0.3, 0.25),
  level(m.level5, 0.5, 0.25, 0.2),
  level(m.level6, -1, 0.25, 0.2),
  level(m.level7, -2.5, 0.2, 0.15),
  level(m.level8, -4, 0.2, 0.15, 0.5),
  level(m.level9, -6, 0.15, 0.1, 0.5),
  level(m.level10, -8, 0.1, 0.05, 0.45),
];
