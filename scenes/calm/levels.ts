// The calm place's parameters and its ten settings, from late-afternoon glow to a starlit shore.
// Here "level" is not intensity: each is a restful moment of the same evening to choose from.
import type { ParamSpec, TenLevels } from '../types';

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
    label: 'Sun height',
    unit: '°',
    min: -8,
    max: 12,
    step: 0.5,
    default: 3,
  },
  { kind: 'number', name: 'waves', label: 'Waves', min: 0, max: 1, step: 0.05, default: 0.3 },
  { kind: 'number', name: 'breeze', label: 'Breeze', min: 0, max: 1, step: 0.05, default: 0.3 },
  {
    kind: 'number',
    name: 'ambience',
    label: 'Sound of the shore',
    min: 0,
    max: 1,
    step: 0.05,
    default: 0.6,
  },
] as const satisfies readonly ParamSpec[];

const level = (
  name: string,
  sunElevation: number,
  waves: number,
  breeze: number,
  ambience = 0.6,
) => ({
  name,
  params: { sunElevation, waves, breeze, ambience },
});

export const calmLevels: TenLevels<CalmParams> = [
  level('Late afternoon glow', 12, 0.25, 0.3),
  level('Golden light', 9, 0.3, 0.3),
  level('Low sun over the water', 6, 0.3, 0.25),
  level('Sun touching the sea', 3, 0.3, 0.25),
  level('Sunset', 0.5, 0.25, 0.2),
  level('Afterglow', -1, 0.25, 0.2),
  level('Rose dusk', -2.5, 0.2, 0.15),
  level('Blue hour', -4, 0.2, 0.15, 0.5),
  level('First stars', -6, 0.15, 0.1, 0.5),
  level('Starlit shore', -8, 0.1, 0.05, 0.45),
];
