// The speaking-audience scene's parameters and its ten levels, as in the design's level table.
import { units } from '../common/units';
import type { ParamSpec, TenLevels, Text } from '../types';
import { defineMessages } from '../types';

const m = defineMessages({
  audienceSize: { id: 'scene.audience.audienceSize', defaultMessage: 'People in the audience' },
  interested: {
    id: 'scene.audience.interested',
    defaultMessage: 'Interested',
    description: 'The share of the audience that listens with interest, in %',
  },
  bored: {
    id: 'scene.audience.bored',
    defaultMessage: 'Bored',
    description: 'The share of the audience that is bored, in %',
  },
  hostile: {
    id: 'scene.audience.hostile',
    defaultMessage: 'Hostile',
    description: 'The share of the audience that is hostile to the speaker, in %',
  },
  distractions: {
    id: 'scene.audience.distractions',
    defaultMessage: 'Distractions',
    description: 'How often someone coughs, whispers, moves a chair or a phone rings',
  },
  room: {
    id: 'scene.audience.room',
    defaultMessage: 'Room',
    description: 'Which kind of room the talk is in',
  },
  meetingRoom: { id: 'scene.audience.meetingRoom', defaultMessage: 'Meeting room' },
  seminarRoom: { id: 'scene.audience.seminarRoom', defaultMessage: 'Seminar room' },
  lectureHall: { id: 'scene.audience.lectureHall', defaultMessage: 'Lecture hall' },
  spotlight: { id: 'scene.audience.spotlight', defaultMessage: 'Spotlight on you' },
  walkOut: { id: 'scene.audience.walkOut', defaultMessage: 'Someone walks out' },
  challengingQuestion: {
    id: 'scene.audience.challengingQuestion',
    defaultMessage: 'A challenging question',
    description: 'Someone in the audience raises a hand and asks a hard question',
  },
  speakingMinutes: {
    id: 'scene.audience.speakingMinutes',
    defaultMessage: 'Speaking time',
    description: 'How long the talk is meant to last',
  },
  notes: { id: 'scene.audience.notes', defaultMessage: 'Your own notes for the talk (optional)' },
  microphone: {
    id: 'scene.audience.microphone',
    defaultMessage: 'Listen to my voice level (microphone; nothing is recorded)',
  },
  // The levels' names: who is in the room and how they behave.
  level1: { id: 'scene.audience.level1', defaultMessage: 'An empty meeting room' },
  level2: { id: 'scene.audience.level2', defaultMessage: 'One interested listener' },
  level3: { id: 'scene.audience.level3', defaultMessage: 'Three interested listeners' },
  level4: { id: 'scene.audience.level4', defaultMessage: 'Six people, mostly interested' },
  level5: { id: 'scene.audience.level5', defaultMessage: 'Twelve neutral people, seminar room' },
  level6: { id: 'scene.audience.level6', defaultMessage: 'Twenty people, some bored' },
  level7: {
    id: 'scene.audience.level7',
    defaultMessage: 'Lecture hall, 35 people, a third bored',
  },
  level8: {
    id: 'scene.audience.level8',
    defaultMessage: 'Lecture hall, 50 people, some hostile',
  },
  level9: {
    id: 'scene.audience.level9',
    defaultMessage: '70 people, a quarter hostile, a walk-out',
    description: 'A walk-out: one person stands up and leaves during the talk',
  },
  level10: {
    id: 'scene.audience.level10',
    defaultMessage: '100 people, half hostile, a challenging question',
  },
});

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
    label: m.audienceSize,
    min: 0,
    max: 100,
    step: 1,
    default: 6,
  },
  {
    kind: 'number',
    name: 'interested',
    label: m.interested,
    unit: units.percent,
    min: 0,
    max: 100,
    step: 5,
    default: 70,
  },
  {
    kind: 'number',
    name: 'bored',
    label: m.bored,
    unit: units.percent,
    min: 0,
    max: 100,
    step: 5,
    default: 0,
  },
  {
    kind: 'number',
    name: 'hostile',
    label: m.hostile,
    unit: units.percent,
    min: 0,
    max: 100,
    step: 5,
    default: 0,
  },
  {
    kind: 'number',
    name: 'distractionsPerMinute',
    label: m.distractions,
    unit: units.perMinute,
    min: 0,
    max: 6,
    step: 0.5,
    default: 0,
  },
  {
    kind: 'choice',
    name: 'room',
    label: m.room,
    choices: [
      { value: 'meeting', label: m.meetingRoom },
      { value: 'seminar', label: m.seminarRoom },
      { value: 'lecture', label: m.lectureHall },
    ],
    default: 'meeting',
  },
  { kind: 'boolean', name: 'spotlight', label: m.spotlight, default: false },
  { kind: 'boolean', name: 'walkOut', label: m.walkOut, default: false },
  { kind: 'boolean', name: 'challengingQuestion', label: m.challengingQuestion, default: false },
  {
    kind: 'number',
    name: 'speakingMinutes',
    label: m.speakingMinutes,
    unit: units.minutes,
    min: 1,
    max: 20,
    step: 1,
    default: 3,
  },
  {
    kind: 'text',
    name: 'notes',
    label: m.notes,
    maxLength: 600,
    default: '',
  },
  {
    kind: 'boolean',
    name: 'microphone',
    label: m.microphone,
    default: false,
    own: true,
  },
] as const satisfies readonly ParamSpec[];

const level = (
  name: Text,
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
  level(m.level1, 0, {}, 0, 'meeting'),
  level(m.level2, 1, { interested: 100 }, 0, 'meeting'),
  level(m.level3, 3, { interested: 100 }, 0, 'meeting'),
  level(m.level4, 6, { interested: 70 }, 0.5, 'meeting'),
  level(m.level5, 12, {}, 1, 'seminar'),
  level(m.level6, 20, { bored: 20 }, 2, 'seminar'),
  level(m.level7, 35, { bored: 30 }, 3, 'lecture'),
  level(m.level8, 50, { bored: 40, hostile: 10 }, 4, 'lecture'),
  level(m.level9, 70, { bored: 30, hostile: 25 }, 5, 'lecture', {
    walkOut: true,
  }),
  level(m.level10, 100, { hostile: 50 }, 6, 'lecture', {
    challengingQuestion: true,
  }),
];
