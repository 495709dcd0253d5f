// The heights scene's parameters and its ten levels, as in the design's level table. Fear rises
// with height and levels off near 40-70 m, so above that the railing, floor and plank grade it.
import { units } from '../common/units';
import type { ParamSpec, TenLevels, Text } from '../types';
import { defineMessages } from '../types';

const m = defineMessages({
  elevation: { id: 'scene.heights.elevation', defaultMessage: 'Height above the street' },
  railing: { id: 'scene.heights.railing', defaultMessage: 'Railing' },
  railingGlass: { id: 'scene.heights.railingGlass', defaultMessage: 'Full glass, 1.1 m' },
  railingBar: { id: 'scene.heights.railingBar', defaultMessage: 'Open bar rail, 1.1 m' },
  railingLow: { id: 'scene.heights.railingLow', defaultMessage: 'Low rail, 0.5 m' },
  railingNone: {
    id: 'scene.heights.railingNone',
    defaultMessage: 'None',
    description: 'A kind of railing: no railing at all',
  },
  floor: {
    id: 'scene.heights.floor',
    defaultMessage: 'Floor',
    description: 'What the person stands on at the edge',
  },
  floorSolid: {
    id: 'scene.heights.floorSolid',
    defaultMessage: 'Solid',
    description: 'A kind of floor: solid, not see-through',
  },
  floorGrating: { id: 'scene.heights.floorGrating', defaultMessage: 'Steel grating (see-through)' },
  floorGlassEdge: { id: 'scene.heights.floorGlassEdge', defaultMessage: 'Glass panel at the edge' },
  floorGlass: {
    id: 'scene.heights.floorGlass',
    defaultMessage: 'Glass',
    description: 'A kind of floor: all of glass',
  },
  edgeDistance: { id: 'scene.heights.edgeDistance', defaultMessage: 'Distance to the edge' },
  plankLength: {
    id: 'scene.heights.plankLength',
    defaultMessage: 'Plank past the edge',
    description: 'How far a plank reaches out past the edge of the roof',
  },
  wind: {
    id: 'scene.heights.wind',
    defaultMessage: 'Wind',
    description: 'How strong the wind is, from 0 (still) to 1 (strong)',
  },
  lookDownTask: {
    id: 'scene.heights.lookDownTaskParam',
    defaultMessage: 'Look-down task (10 s)',
    description: 'Whether the person is asked to look straight down for 10 seconds',
  },
  // The levels' names: a height and what stands between the person and the drop.
  level1: { id: 'scene.heights.level1', defaultMessage: '3 m balcony, glass railing' },
  level2: { id: 'scene.heights.level2', defaultMessage: '10 m, glass railing' },
  level3: { id: 'scene.heights.level3', defaultMessage: '20 m, bar rail' },
  level4: { id: 'scene.heights.level4', defaultMessage: '35 m, bar rail on a grating' },
  level5: { id: 'scene.heights.level5', defaultMessage: '50 m, low rail' },
  level6: { id: 'scene.heights.level6', defaultMessage: '80 m, low rail, glass at the edge' },
  level7: { id: 'scene.heights.level7', defaultMessage: '120 m, no railing' },
  level8: { id: 'scene.heights.level8', defaultMessage: '160 m, no railing, glass floor' },
  level9: {
    id: 'scene.heights.level9',
    defaultMessage: '200 m, a plank 2 m out',
    description: 'A plank reaching 2 m out past the edge',
  },
  level10: { id: 'scene.heights.level10', defaultMessage: '300 m, a plank 4 m out' },
});

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
    label: m.elevation,
    unit: units.metres,
    min: 3,
    max: 300,
    step: 1,
    default: 10,
  },
  {
    kind: 'choice',
    name: 'railing',
    label: m.railing,
    choices: [
      { value: 'glass', label: m.railingGlass },
      { value: 'bar', label: m.railingBar },
      { value: 'low', label: m.railingLow },
      { value: 'none', label: m.railingNone },
    ],
    default: 'glass',
  },
  {
    kind: 'choice',
    name: 'floor',
    label: m.floor,
    choices: [
      { value: 'solid', label: m.floorSolid },
      { value: 'grating', label: m.floorGrating },
      { value: 'glass-edge', label: m.floorGlassEdge },
      { value: 'glass', label: m.floorGlass },
    ],
    default: 'solid',
  },
  {
    kind: 'number',
    name: 'edgeDistance',
    label: m.edgeDistance,
    unit: units.metres,
    min: 0.3,
    max: 3,
    step: 0.1,
    default: 1,
  },
  {
    kind: 'number',
    name: 'plankLength',
    label: m.plankLength,
    unit: units.metres,
    min: 0,
    max: 4,
    step: 0.5,
    default: 0,
  },
  { kind: 'number', name: 'wind', label: m.wind, min: 0, max: 1, step: 0.05, default: 0 },
  { kind: 'boolean', name: 'lookDownTask', label: m.lookDownTask, default: false },
] as const satisfies readonly ParamSpec[];

const level = (
  name: Text,
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
  level(m.level1, 3, 'glass', 'solid', 1.5, 0, 0),
  level(m.level2, 10, 'glass', 'solid', 1, 0, 0),
  level(m.level3, 20, 'bar', 'solid', 1, 0, 0.1),
  level(m.level4, 35, 'bar', 'grating', 0.8, 0, 0.2),
  level(m.level5, 50, 'low', 'solid', 0.5, 0, 0.2),
  level(m.level6, 80, 'low', 'glass-edge', 0.5, 0, 0.3),
  level(m.level7, 120, 'none', 'solid', 1, 0, 0.4),
  level(m.level8, 160, 'none', 'glass', 0.5, 0, 0.5),
  level(m.level9, 200, 'none', 'solid', 1, 2, 0.6),
  level(m.level10, 300, 'none', 'solid', 1, 4, 0.8),
];

/** Railing height in m; 0 for none. */
export const railingHeight: Record<Railing, number> = { glass: 1.1, bar: 1.1, low: 0.5, none: 0 };

/** How much a railing protects, for checking that the table never gets safer as it rises. */
export const railingProtection: Record<Railing, number> = { glass: 3, bar: 2, low: 1, none: 0 };
