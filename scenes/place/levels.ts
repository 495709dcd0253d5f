// The own place's parameters and its ten levels: the person's own photo or video, from a small,
// dim, softened picture played silent and slow to the place as it was taken.
import { units } from '../common/units';
import type { Named, ParamSpec, TenLevels, Text } from '../types';
import { defineMessages } from '../types';

const m = defineMessages({
  view: {
    id: 'scene.place.view',
    defaultMessage: 'How much of your view it fills',
    description:
      'A flat picture: how large its screen is; a 360° one: how much of it is shown around its middle, the rest dark',
  },
  brightness: { id: 'scene.place.brightness', defaultMessage: 'Brightness' },
  blur: {
    id: 'scene.place.blur',
    defaultMessage: 'Softening',
    description: 'How blurred the picture is, in steps from 0 (sharp) to 10',
  },
  volume: {
    id: 'scene.place.volume',
    defaultMessage: 'Sound of the video',
    description: 'How loud the video’s own sound plays, in per cent',
  },
  speed: {
    id: 'scene.place.speed',
    defaultMessage: 'Speed of the video',
    description: 'How fast the video plays: 1 is as filmed, 0.5 half as fast',
  },
  times: {
    id: 'scene.place.times',
    defaultMessage: '{value, number}×',
    description: 'A playback speed as a multiple of the normal speed, e.g. "0.5×"',
  },
  loop: {
    id: 'scene.place.loop',
    defaultMessage: 'The video starts again at its end',
  },
  level1: {
    id: 'scene.place.level1',
    defaultMessage: 'A small, dim, softened picture, far off and silent',
  },
  level2: { id: 'scene.place.level2', defaultMessage: 'A little larger, brighter and clearer' },
  level3: { id: 'scene.place.level3', defaultMessage: 'Larger, with its sound quiet' },
  level4: { id: 'scene.place.level4', defaultMessage: 'Half of your view, less softened' },
  level5: {
    id: 'scene.place.level5',
    defaultMessage: 'More of your view, the video playing again and again',
  },
  level6: { id: 'scene.place.level6', defaultMessage: 'Brighter, its sound louder' },
  level7: {
    id: 'scene.place.level7',
    defaultMessage: 'Most of your view, nearly sharp',
  },
  level8: {
    id: 'scene.place.level8',
    defaultMessage: 'Almost your whole view, almost as bright as taken',
  },
  level9: {
    id: 'scene.place.level9',
    defaultMessage: 'Your whole view at full speed, softened only a touch',
  },
  level10: {
    id: 'scene.place.level10',
    defaultMessage: 'Just as it was taken: whole, bright, sharp, with all its sound',
  },
});

export interface PlaceParams {
  [name: string]: number | boolean;
  /** Per cent, 20-100: a flat picture's screen size; a 360° picture's share shown around its middle. */
  view: number;
  /** Per cent of the picture's own brightness, 30-100. */
  brightness: number;
  /** Steps of softening, 0 (sharp) to 10. */
  blur: number;
  /** Per cent of the video's own sound, 0-100. */
  volume: number;
  /** Times the video's own speed, 0.5-1. */
  speed: number;
  /** The video starts again at its end (else it stays on its last frame). */
  loop: boolean;
}

export const MIN_VIEW = 20;
export const MAX_BLUR = 10;

export const placeParamSpecs = [
  {
    kind: 'number',
    name: 'view',
    label: m.view,
    unit: units.percent,
    min: MIN_VIEW,
    max: 100,
    step: 10,
    default: 60,
  },
  {
    kind: 'number',
    name: 'brightness',
    label: m.brightness,
    unit: units.percent,
    min: 30,
    max: 100,
    step: 5,
    default: 70,
  },
  { kind: 'number', name: 'blur', label: m.blur, min: 0, max: MAX_BLUR, step: 1, default: 5 },
  {
    kind: 'number',
    name: 'volume',
    label: m.volume,
    unit: units.percent,
    min: 0,
    max: 100,
    step: 5,
    default: 30,
  },
  {
    kind: 'number',
    name: 'speed',
    label: m.speed,
    unit: m.times,
    min: 0.5,
    max: 1,
    step: 0.1,
    default: 0.7,
  },
  { kind: 'boolean', name: 'loop', label: m.loop, default: true },
] as const satisfies readonly ParamSpec[];

const level = (
  name: Text,
  view: number,
  brightness: number,
  blur: number,
  volume: number,
  speed: number,
  loop: boolean,
): { name: Text; params: Named<PlaceParams> } => ({
  name,
  params: { view, brightness, blur, volume, speed, loop },
});

// No step makes anything easier than the step below; a photo reads only the first three columns.
export const placeLevels: TenLevels<PlaceParams> = [
  level(m.level1, 20, 30, 10, 0, 0.5, false),
  level(m.level2, 30, 40, 9, 0, 0.5, false),
  level(m.level3, 40, 50, 8, 10, 0.6, false),
  level(m.level4, 50, 55, 7, 20, 0.6, false),
  level(m.level5, 60, 65, 6, 30, 0.7, true),
  level(m.level6, 70, 75, 5, 45, 0.7, true),
  level(m.level7, 80, 80, 3, 60, 0.8, true),
  level(m.level8, 90, 90, 2, 75, 0.9, true),
  level(m.level9, 100, 95, 1, 85, 1, true),
  level(m.level10, 100, 100, 0, 100, 1, true),
];
