// The speaking-audience scene's parameters and its ten levels, as in the design's level table.
import type { ParamSpec, TenLevels } from '../types';

export type Room = 'meeting' | 'seminar' | 'lecture';

export interface AudienceParams {
  [name: string]: number | string | boolean;
  audienceSize: number;
  /** Shares of the audience by attitude, in %; whoever is left is neutral. */
  interested: number;
  bored: number;
  hostile: number;
  distractionsPerMinute: number;
  room: Room;
  spotlight: boolean;
  /** One member stands up and walks out during the talk. */
  walkOut: boolean;
  /** A member raises a hand with a challenging question. */
  challengingQuestion: boolean;
  /** The talk's target length, minutes, shown as a quiet countdown. */
  speakingMinutes: number;
  /** Listen to the speaker's voice level (asked for only when turned on; never recorded). */
  microphone: boolean;
  /** The person's own notes for the talk; empty for a topic card. */
  notes: string;
}

export const audienceParamSpecs = [
  {
    kind: 'number',
    name: 'audienceSize',
    label: 'People in the audience',
    min: 0,
    max: 100,
    step: 1,
    default: 6,
  },
  {
    kind: 'number',
    name: 'interested',
    label: 'Interested',
    unit: '%',
    min: 0,
    max: 100,
    step: 5,
    default: 70,
  },
  {
    kind: 'number',
    name: 'bored',
    label: 'Bored',
    unit: '%',
    min: 0,
    max: 100,
    step: 5,
    default: 0,
  },
  {
    kind: 'number',
    name: 'hostile',
    label: 'Hostile',
    unit: '%',
    min: 0,
    max: 100,
    step: 5,
    default: 0,
  },
  {
    kind: 'number',
    name: 'distractionsPerMinute',
    label: 'Distractions',
    unit: 'per min',
    min: 0,
    max: 6,
    step: 0.5,
    default: 0,
  },
  {
    kind: 'choice',
    name: 'room',
    label: 'Room',
    choices: [
      { value: 'meeting', label: 'Meeting room' },
      { value: 'seminar', label: 'Seminar room' },
      { value: 'lecture', label: 'Lecture hall' },
    ],
    default: 'meeting',
  },
  { kind: 'boolean', name: 'spotlight', label: 'Spotlight on you', default: false },
  { kind: 'boolean', name: 'walkOut', label: 'Someone walks out', default: false },
  { kind: 'boolean', name: 'challengingQuestion', label: 'A challenging question', default: false },
  {
    kind: 'number',
    name: 'speakingMinutes',
    label: 'Speaking time',
    unit: 'min',
    min: 1,
    max: 20,
    step: 1,
    default: 3,
  },
  {
    kind: 'text',
    name: 'notes',
    label: 'Your own notes for the talk (optional)',
    maxLength: 600,
    default: '',
  },
  {
    kind: 'boolean',
    name: 'microphone',
    label: 'Listen to my voice level (microphone; nothing is recorded)',
    default: false,
  },
] as const satisfies readonly ParamSpec[];

const level = (
  name: string,
  audienceSize: number,
  mix: { interested?: number; bored?: number; hostile?: number },
  distractionsPerMinute: number,
  room: Room,
  extra: { walkOut?: boolean; challengingQuestion?: boolean } = {},
) => ({
  name,
  params: {
    audienceSize,
    interested: mix.interested ?? 0,
    bored: mix.bored ?? 0,
    hostile: mix.hostile ?? 0,
    distractionsPerMinute,
    room,
    spotlight: room === 'lecture',
    walkOut: extra.walkOut ?? false,
    challengingQuestion: extra.challengingQuestion ?? false,
    speakingMinutes: 3,
    microphone: false,
    notes: '',
  },
});

export const audienceLevels: TenLevels<AudienceParams> = [
  level('An empty meeting room', 0, {}, 0, 'meeting'),
  level('One interested listener', 1, { interested: 100 }, 0, 'meeting'),
  level('Three interested listeners', 3, { interested: 100 }, 0, 'meeting'),
  level('Six people, mostly interested', 6, { interested: 70 }, 0.5, 'meeting'),
  level('Twelve neutral people, seminar room', 12, {}, 1, 'seminar'),
  level('Twenty people, some bored', 20, { bored: 20 }, 2, 'seminar'),
  level('Lecture hall, 35 people, a third bored', 35, { bored: 30 }, 3, 'lecture'),
  level('Lecture hall, 50 people, some hostile', 50, { bored: 40, hostile: 10 }, 4, 'lecture'),
  level('70 people, a quarter hostile, a walk-out', 70, { bored: 30, hostile: 25 }, 5, 'lecture', {
    walkOut: true,
  }),
  level('100 people, half hostile, a challenging question', 100, { hostile: 50 }, 6, 'lecture', {
    challengingQuestion: true,
  }),
];
