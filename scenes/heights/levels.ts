// The heights scene's parameters and its ten levels, as in the design's level table. Fear rises
// with height and levels off near 40-70 m, so above that the railing, floor and plank grade it.
import type { ParamSpec, TenLevels } from '../types';

export type Railing = 'glass' | 'bar' | 'low' | 'none';
export type Floor = 'solid' | 'grating' | 'glass-edge' | 'glass';

export interface HeightsParams {
  [name: string]: number | string | boolean;
  /** Height of the standing surface above the street, m. */
  elevation: number;
  railing: Railing;
  floor: Floor;
  /** From where the person starts to the edge, m. */
  edgeDistance: number;
  /** How far a plank reaches out past the edge, m (0: no plank). */
  plankLength: number;
  /** 0 still air … 1 a strong wind: its sound, flags, cables, birds below. */
  wind: number;
  /** Ask the person to look straight down for 10 seconds. */
  lookDownTask: boolean;
}

export const heightsParamSpecs = [
  {
    kind: 'number',
    name: 'elevation',
    label: 'Height above the street',
    unit: 'm',
    min: 3,
    max: 300,
    step: 1,
    default: 10,
  },
  {
    kind: 'choice',
    name: 'railing',
    label: 'Railing',
    choices: [
      { value: 'glass', label: 'Full glass, 1.1 m' },
      { value: 'bar', label: 'Open bar rail, 1.1 m' },
      { value: 'low', label: 'Low rail, 0.5 m' },
      { value: 'none', label: 'None' },
    ],
    default: 'glass',
  },
  {
    kind: 'choice',
    name: 'floor',
    label: 'Floor',
    choices: [
      { value: 'solid', label: 'Solid' },
      { value: 'grating', label: 'Steel grating (see-through)' },
      { value: 'glass-edge', label: 'Glass panel at the edge' },
      { value: 'glass', label: 'Glass' },
    ],
    default: 'solid',
  },
  {
    kind: 'number',
    name: 'edgeDistance',
    label: 'Distance to the edge',
    unit: 'm',
    min: 0.3,
    max: 3,
    step: 0.1,
    default: 1,
  },
  {
    kind: 'number',
    name: 'plankLength',
    label: 'Plank past the edge',
    unit: 'm',
    min: 0,
    max: 4,
    step: 0.5,
    default: 0,
  },
  { kind: 'number', name: 'wind', label: 'Wind', min: 0, max: 1, step: 0.05, default: 0 },
  { kind: 'boolean', name: 'lookDownTask', label: 'Look-down task (10 s)', default: false },
] as const satisfies readonly ParamSpec[];

const level = (
  name: string,
  elevation: number,
  railing: Railing,
  floor: Floor,
  edgeDistance: number,
  plankLength: number,
  wind: number,
) => ({
  name,
  params: { elevation, railing, floor, edgeDistance, plankLength, wind, lookDownTask: false },
});

export const heightsLevels: TenLevels<HeightsParams> = [
  level('3 m balcony, glass railing', 3, 'glass', 'solid', 1.5, 0, 0),
  level('10 m, glass railing', 10, 'glass', 'solid', 1, 0, 0),
  level('20 m, bar rail', 20, 'bar', 'solid', 1, 0, 0.1),
  level('35 m, bar rail on a grating', 35, 'bar', 'grating', 0.8, 0, 0.2),
  level('50 m, low rail', 50, 'low', 'solid', 0.5, 0, 0.2),
  level('80 m, low rail, glass at the edge', 80, 'low', 'glass-edge', 0.5, 0, 0.3),
  level('120 m, no railing', 120, 'none', 'solid', 1, 0, 0.4),
  level('160 m, no railing, glass floor', 160, 'none', 'glass', 0.5, 0, 0.5),
  level('200 m, a plank 2 m out', 200, 'none', 'solid', 1, 2, 0.6),
  level('300 m, a plank 4 m out', 300, 'none', 'solid', 1, 4, 0.8),
];

/** Railing height in m; 0 for none. */
export const railingHeight: Record<Railing, number> = { glass: 1.1, bar: 1.1, low: 0.5, none: 0 };

/** How much a railing protects, for checking that the table never gets safer as it rises. */
export const railingProtection: Record<Railing, number> = { glass: 3, bar: 2, low: 1, none: 0 };
