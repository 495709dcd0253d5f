// The metro's parameters and its ten levels, as in the design's level table.
import { units } from '../common/units';
import type { Named, ParamSpec, TenLevels, Text } from '../types';
import { defineMessages } from '../types';
import type { Where } from './layout';

const m = defineMessages({
  where: { id: 'scene.metro.where', defaultMessage: 'Where you are' },
  wherePlatform: { id: 'scene.metro.wherePlatform', defaultMessage: 'On the platform' },
  whereSeated: { id: 'scene.metro.whereSeated', defaultMessage: 'Seated in the carriage' },
  whereStanding: { id: 'scene.metro.whereStanding', defaultMessage: 'Standing in the carriage' },
  ride: { id: 'scene.metro.ride', defaultMessage: 'The doors close and the train runs' },
  passengers: { id: 'scene.metro.passengers', defaultMessage: 'Passengers' },
  closest: {
    id: 'scene.metro.closest',
    defaultMessage: 'Closest a passenger stands',
    description: 'How near to the person the nearest passenger stands or sits, in metres',
  },
  stopMinutes: {
    id: 'scene.metro.stopMinutes',
    defaultMessage: 'Stop in the tunnel',
    description: 'How long the train stands still between two stations, in minutes',
  },
  lights: {
    id: 'scene.metro.lights',
    defaultMessage: 'Lights during the stop',
    description: 'How the carriage lights are while the train stands in the tunnel',
  },
  lightsNormal: { id: 'scene.metro.lightsNormal', defaultMessage: 'Normal' },
  lightsFlickering: { id: 'scene.metro.lightsFlickering', defaultMessage: 'Flickering' },
  lightsDim: { id: 'scene.metro.lightsDim', defaultMessage: 'Dim, flickering' },
  announcements: {
    id: 'scene.metro.announcements',
    defaultMessage: 'Announcements of a delay',
  },
  announcementsNone: { id: 'scene.metro.announcementsNone', defaultMessage: 'None' },
  announcementsOnce: { id: 'scene.metro.announcementsOnce', defaultMessage: 'Once' },
  announcementsRepeated: {
    id: 'scene.metro.announcementsRepeated',
    defaultMessage: 'Every minute',
  },
  motion: {
    id: 'scene.metro.motion',
    defaultMessage: 'Motion seen through the windows',
    description: 'How much of the tunnel passing by the person sees; less is easier on the stomach',
  },
  motionAuto: {
    id: 'scene.metro.motionAuto',
    defaultMessage: 'Full on the screen, dark tunnel in a headset',
  },
  motionBlinds: { id: 'scene.metro.motionBlinds', defaultMessage: 'Blinds down' },
  motionDark: { id: 'scene.metro.motionDark', defaultMessage: 'Dark tunnel' },
  motionFull: { id: 'scene.metro.motionFull', defaultMessage: 'Full view' },
  cough: { id: 'scene.metro.cough', defaultMessage: 'Someone next to you coughs' },
  doorDistance: {
    id: 'scene.metro.doorDistance',
    defaultMessage: 'Distance to the doors',
  },
  level1: {
    id: 'scene.metro.level1',
    defaultMessage: 'A quiet platform as an empty train arrives',
  },
  level2: {
    id: 'scene.metro.level2',
    defaultMessage: 'Seated in an empty carriage, doors open',
  },
  level3: { id: 'scene.metro.level3', defaultMessage: 'The doors close for a short ride' },
  level4: { id: 'scene.metro.level4', defaultMessage: 'A few passengers' },
  level5: { id: 'scene.metro.level5', defaultMessage: 'Half full, people standing near' },
  level6: { id: 'scene.metro.level6', defaultMessage: 'Rush hour, people close on every side' },
  level7: {
    id: 'scene.metro.level7',
    defaultMessage: 'A stop in the tunnel, a short delay announced',
  },
  level8: { id: 'scene.metro.level8', defaultMessage: 'A longer stop, the lights flickering' },
  level9: {
    id: 'scene.metro.level9',
    defaultMessage: 'Packed, no seat, someone coughing beside you',
  },
  level10: {
    id: 'scene.metro.level10',
    defaultMessage: 'Packed, a long stop in dim light, the doors out of reach',
  },
});

export type Lights = 'normal' | 'flickering' | 'dim';
export type Announcements = 'none' | 'once' | 'repeated';
/** How much motion shows outside: 'auto' is the full view on a screen and the dark tunnel in a headset. */
export type Motion = 'auto' | 'blinds' | 'dark' | 'full';

export interface MetroParams {
  [name: string]: number | string | boolean;
  where: Where;
  /** Whether the doors close and the train runs (on the platform: trains come and go). */
  ride: boolean;
  passengers: number;
  /** Metres: no passenger stands or sits nearer the person than this. */
  closest: number;
  /** Minutes the train stands in the tunnel on each run between stations (0: never). */
  stopMinutes: number;
  lights: Lights;
  announcements: Announcements;
  motion: Motion;
  cough: boolean;
  /** Metres along the carriage from the person to the middle door. */
  doorDistance: number;
}

export const MAX_PASSENGERS = 80;

export const metroParamSpecs = [
  {
    kind: 'choice',
    name: 'where',
    label: m.where,
    choices: [
      { value: 'platform', label: m.wherePlatform },
      { value: 'seated', label: m.whereSeated },
      { value: 'standing', label: m.whereStanding },
    ],
    default: 'seated',
  },
  { kind: 'boolean', name: 'ride', label: m.ride, default: true },
  {
    kind: 'number',
    name: 'passengers',
    label: m.passengers,
    min: 0,
    max: MAX_PASSENGERS,
    step: 1,
    default: 10,
  },
  {
    kind: 'number',
    name: 'closest',
    label: m.closest,
    unit: units.metres,
    min: 0.4,
    max: 2,
    step: 0.1,
    default: 1.5,
  },
  {
    kind: 'number',
    name: 'stopMinutes',
    label: m.stopMinutes,
    unit: units.minutes,
    min: 0,
    max: 10,
    step: 0.5,
    default: 0,
  },
  {
    kind: 'choice',
    name: 'lights',
    label: m.lights,
    choices: [
      { value: 'normal', label: m.lightsNormal },
      { value: 'flickering', label: m.lightsFlickering },
      { value: 'dim', label: m.lightsDim },
    ],
    default: 'normal',
  },
  {
    kind: 'choice',
    name: 'announcements',
    label: m.announcements,
    choices: [
      { value: 'none', label: m.announcementsNone },
      { value: 'once', label: m.announcementsOnce },
      { value: 'repeated', label: m.announcementsRepeated },
    ],
    default: 'once',
  },
  {
    kind: 'choice',
    name: 'motion',
    label: m.motion,
    choices: [
      { value: 'auto', label: m.motionAuto },
      { value: 'blinds', label: m.motionBlinds },
      { value: 'dark', label: m.motionDark },
      { value: 'full', label: m.motionFull },
    ],
    default: 'auto',
  },
  { kind: 'boolean', name: 'cough', label: m.cough, default: false },
  {
    kind: 'number',
    name: 'doorDistance',
    label: m.doorDistance,
    unit: units.metres,
    min: 0.5,
    max: 3.5,
    step: 0.5,
    default: 1.5,
  },
] as const satisfies readonly ParamSpec[];

type LevelParams = Omit<Named<MetroParams>, 'motion' | 'lights' | 'announcements' | 'cough'> &
  Partial<Pick<MetroParams, 'lights' | 'announcements' | 'cough'>>;

const level = (name: Text, params: LevelParams) => ({
  name,
  params: {
    lights: 'normal' as Lights,
    announcements: 'none' as Announcements,
    cough: false,
    ...params,
    motion: 'auto' as Motion,
  },
});

export const metroLevels: TenLevels<MetroParams> = [
  level(m.level1, {
    where: 'platform',
    ride: true,
    passengers: 0,
    closest: 2,
    stopMinutes: 0,
    doorDistance: 1.5,
  }),
  level(m.level2, {
    where: 'seated',
    ride: false,
    passengers: 0,
    closest: 2,
    stopMinutes: 0,
    doorDistance: 1.5,
  }),
  level(m.level3, {
    where: 'seated',
    ride: true,
    passengers: 0,
    closest: 2,
    stopMinutes: 0,
    doorDistance: 1.5,
  }),
  level(m.level4, {
    where: 'seated',
    ride: true,
    passengers: 8,
    closest: 1.5,
    stopMinutes: 0,
    doorDistance: 1.5,
  }),
  level(m.level5, {
    where: 'seated',
    ride: true,
    passengers: 30,
    closest: 1,
    stopMinutes: 0,
    doorDistance: 2,
  }),
  level(m.level6, {
    where: 'seated',
    ride: true,
    passengers: 55,
    closest: 0.6,
    stopMinutes: 0,
    doorDistance: 2,
  }),
  level(m.level7, {
    where: 'seated',
    ride: true,
    passengers: 55,
    closest: 0.6,
    stopMinutes: 1,
    announcements: 'once',
    doorDistance: 2,
  }),
  level(m.level8, {
    where: 'seated',
    ride: true,
    passengers: 60,
    closest: 0.5,
    stopMinutes: 3,
    lights: 'flickering',
    announcements: 'once',
    doorDistance: 2.5,
  }),
  level(m.level9, {
    where: 'standing',
    ride: true,
    passengers: 80,
    closest: 0.4,
    stopMinutes: 3,
    lights: 'flickering',
    announcements: 'once',
    cough: true,
    doorDistance: 2.5,
  }),
  level(m.level10, {
    where: 'standing',
    ride: true,
    passengers: 80,
    closest: 0.4,
    stopMinutes: 6,
    lights: 'dim',
    announcements: 'repeated',
    cough: true,
    doorDistance: 3.5,
  }),
];
