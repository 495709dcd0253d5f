// The café conversation's parameters and its ten levels, as in the design's level table.
import { units } from '../common/units';
import type { Named, ParamSpec, TenLevels, Text } from '../types';
import { defineMessages } from '../types';
import type { Place } from './layout';
import { MAX_AT_TABLE, MAX_GUESTS } from './layout';

const m = defineMessages({
  place: {
    id: 'scene.conversation.place',
    defaultMessage: 'Where you stand',
    description: 'Where in the café the person stands',
  },
  placeRoom: {
    id: 'scene.conversation.placeRoom',
    defaultMessage: 'Inside the door',
    description: 'A place in the café: just inside the door, far from the counter',
  },
  placeCounter: {
    id: 'scene.conversation.placeCounter',
    defaultMessage: 'At the counter',
    description: 'A place in the café: at the counter, where the barista takes the order',
  },
  placeTable: {
    id: 'scene.conversation.placeTable',
    defaultMessage: 'At a table with others',
    description: 'A place in the café: at a standing table with other people',
  },
  tablePeople: {
    id: 'scene.conversation.tablePeople',
    defaultMessage: 'People at your table',
  },
  talk: {
    id: 'scene.conversation.talk',
    defaultMessage: 'What is said to you',
    description: 'Which kind of lines the people in the café say to the person',
  },
  talkNone: { id: 'scene.conversation.talkNone', defaultMessage: 'Nothing' },
  talkGreeting: {
    id: 'scene.conversation.talkGreeting',
    defaultMessage: 'A greeting',
  },
  talkOrdering: {
    id: 'scene.conversation.talkOrdering',
    defaultMessage: 'Taking your order',
  },
  talkSmallTalk: { id: 'scene.conversation.talkSmallTalk', defaultMessage: 'Small talk' },
  talkPersonal: {
    id: 'scene.conversation.talkPersonal',
    defaultMessage: 'Personal questions',
  },
  friendly: {
    id: 'scene.conversation.friendly',
    defaultMessage: 'Friendly',
    description: 'The share of the people talking to the person who are warm and friendly, in %',
  },
  critical: {
    id: 'scene.conversation.critical',
    defaultMessage: 'Cool and critical',
    description: 'The share of the people talking to the person who are cool and critical, in %',
  },
  attention: {
    id: 'scene.conversation.attention',
    defaultMessage: 'Attention on you',
    description: 'How much of the time the people at the table look at the person, in %',
  },
  hush: {
    id: 'scene.conversation.hush',
    defaultMessage: 'The table goes quiet and looks when you speak',
  },
  silences: {
    id: 'scene.conversation.silences',
    defaultMessage: 'Awkward silences',
    description: 'Now and then nobody at the table speaks and they look at the person',
  },
  interruptions: {
    id: 'scene.conversation.interruptions',
    defaultMessage: 'Phones and interruptions',
    description: 'How often someone checks their phone or talks over the person',
  },
  disagreement: {
    id: 'scene.conversation.disagreement',
    defaultMessage: 'Someone disagrees with you',
  },
  introduce: {
    id: 'scene.conversation.introduce',
    defaultMessage: 'You are asked to introduce yourself',
  },
  mishap: {
    id: 'scene.conversation.mishap',
    defaultMessage: 'A mishap: your cup falls and everyone looks',
  },
  guests: {
    id: 'scene.conversation.guests',
    defaultMessage: 'Other guests in the café',
  },
  noise: {
    id: 'scene.conversation.noise',
    defaultMessage: 'Background noise',
    description: 'How loud the murmur and clatter of the café is, in %',
  },
  lines: {
    id: 'scene.conversation.lines',
    defaultMessage: 'Your own lines for them to say, one a line (optional)',
    description:
      'The person writes questions or remarks the people in the café should say to them, one per line',
  },
  microphone: {
    id: 'scene.conversation.microphone',
    defaultMessage: 'Listen to my voice level (microphone; nothing is recorded)',
  },
  speech: {
    id: 'scene.conversation.speech',
    defaultMessage: 'Speak the lines with a voice on this device (never sent anywhere)',
  },
  // The levels' names.
  level1: {
    id: 'scene.conversation.level1',
    defaultMessage: 'An almost empty café, the barista far away',
  },
  level2: { id: 'scene.conversation.level2', defaultMessage: 'The barista greets you' },
  level3: {
    id: 'scene.conversation.level3',
    defaultMessage: 'Ordering at the counter, one question',
  },
  level4: {
    id: 'scene.conversation.level4',
    defaultMessage: 'A friendly stranger at your table, small talk',
  },
  level5: { id: 'scene.conversation.level5', defaultMessage: 'Two people at your table' },
  level6: {
    id: 'scene.conversation.level6',
    defaultMessage: 'Four people; the table goes quiet when you speak',
  },
  level7: {
    id: 'scene.conversation.level7',
    defaultMessage: 'Someone checks their phone or interrupts',
  },
  level8: { id: 'scene.conversation.level8', defaultMessage: 'Someone disagrees with you' },
  level9: {
    id: 'scene.conversation.level9',
    defaultMessage: 'Introduce yourself to the table',
  },
  level10: {
    id: 'scene.conversation.level10',
    defaultMessage: 'A cool, critical group and a dropped cup',
  },
});

export type Talk = 'none' | 'greeting' | 'ordering' | 'smallTalk' | 'personal';

export interface ConversationParams {
  [name: string]: number | string | boolean;
  place: Place;
  /** People at the standing table (at the table only); at the door and the counter, the barista talks. */
  tablePeople: number;
  talk: Talk;
  /** Shares of the people talking to the person, in %; whoever is left is neutral. */
  friendly: number;
  critical: number;
  /** How much of the time the others look at the person while someone else talks, in %. */
  attention: number;
  /** While the person speaks, everyone else stops and looks at them. */
  hush: boolean;
  silences: boolean;
  interruptionsPerMinute: number;
  disagreement: boolean;
  introduce: boolean;
  mishap: boolean;
  guests: number;
  /** The café's murmur and clatter, in %. */
  noise: number;
  /** The person's own lines, one a line. */
  lines: string;
  microphone: boolean;
  /** Say lines with an on-device speech-synthesis voice, where one exists. */
  speech: boolean;
}

export const conversationParamSpecs = [
  {
    kind: 'choice',
    name: 'place',
    label: m.place,
    choices: [
      { value: 'room', label: m.placeRoom },
      { value: 'counter', label: m.placeCounter },
      { value: 'table', label: m.placeTable },
    ],
    default: 'table',
  },
  {
    kind: 'number',
    name: 'tablePeople',
    label: m.tablePeople,
    min: 0,
    max: MAX_AT_TABLE,
    step: 1,
    default: 1,
  },
  {
    kind: 'choice',
    name: 'talk',
    label: m.talk,
    choices: [
      { value: 'none', label: m.talkNone },
      { value: 'greeting', label: m.talkGreeting },
      { value: 'ordering', label: m.talkOrdering },
      { value: 'smallTalk', label: m.talkSmallTalk },
      { value: 'personal', label: m.talkPersonal },
    ],
    default: 'smallTalk',
  },
  {
    kind: 'number',
    name: 'friendly',
    label: m.friendly,
    unit: units.percent,
    min: 0,
    max: 100,
    step: 5,
    default: 100,
  },
  {
    kind: 'number',
    name: 'critical',
    label: m.critical,
    unit: units.percent,
    min: 0,
    max: 100,
    step: 5,
    default: 0,
  },
  {
    kind: 'number',
    name: 'attention',
    label: m.attention,
    unit: units.percent,
    min: 0,
    max: 100,
    step: 10,
    default: 40,
  },
  { kind: 'boolean', name: 'hush', label: m.hush, default: false },
  { kind: 'boolean', name: 'silences', label: m.silences, default: false },
  {
    kind: 'number',
    name: 'interruptionsPerMinute',
    label: m.interruptions,
    unit: units.perMinute,
    min: 0,
    max: 4,
    step: 0.5,
    default: 0,
  },
  { kind: 'boolean', name: 'disagreement', label: m.disagreement, default: false },
  { kind: 'boolean', name: 'introduce', label: m.introduce, default: false },
  { kind: 'boolean', name: 'mishap', label: m.mishap, default: false },
  {
    kind: 'number',
    name: 'guests',
    label: m.guests,
    min: 0,
    max: MAX_GUESTS,
    step: 1,
    default: 6,
  },
  {
    kind: 'number',
    name: 'noise',
    label: m.noise,
    unit: units.percent,
    min: 0,
    max: 100,
    step: 10,
    default: 40,
  },
  { kind: 'text', name: 'lines', label: m.lines, maxLength: 600, default: '' },
  { kind: 'boolean', name: 'microphone', label: m.microphone, default: false, own: true },
  { kind: 'boolean', name: 'speech', label: m.speech, default: false, own: true },
] as const satisfies readonly ParamSpec[];

type LevelParams = Omit<Named<ConversationParams>, 'lines' | 'microphone' | 'speech'>;

const level = (name: Text, params: LevelParams) => ({
  name,
  params: { ...params, lines: '', microphone: false, speech: false },
});

const calm = {
  friendly: 100,
  critical: 0,
  attention: 40,
  hush: false,
  silences: false,
  interruptionsPerMinute: 0,
  disagreement: false,
  introduce: false,
  mishap: false,
};

export const conversationLevels: TenLevels<ConversationParams> = [
  level(m.level1, { ...calm, place: 'room', tablePeople: 0, talk: 'none', guests: 2, noise: 30 }),
  level(m.level2, {
    ...calm,
    place: 'room',
    tablePeople: 0,
    talk: 'greeting',
    guests: 4,
    noise: 30,
  }),
  level(m.level3, {
    ...calm,
    place: 'counter',
    tablePeople: 0,
    talk: 'ordering',
    guests: 6,
    noise: 40,
  }),
  level(m.level4, {
    ...calm,
    place: 'table',
    tablePeople: 1,
    talk: 'smallTalk',
    guests: 8,
    noise: 40,
  }),
  level(m.level5, {
    ...calm,
    place: 'table',
    tablePeople: 2,
    talk: 'smallTalk',
    friendly: 50,
    attention: 50,
    guests: 8,
    noise: 40,
  }),
  level(m.level6, {
    ...calm,
    place: 'table',
    tablePeople: 4,
    talk: 'personal',
    friendly: 50,
    attention: 70,
    hush: true,
    guests: 10,
    noise: 50,
  }),
  level(m.level7, {
    ...calm,
    place: 'table',
    tablePeople: 4,
    talk: 'personal',
    friendly: 25,
    attention: 70,
    hush: true,
    silences: true,
    interruptionsPerMinute: 2,
    guests: 12,
    noise: 50,
  }),
  level(m.level8, {
    ...calm,
    place: 'table',
    tablePeople: 4,
    talk: 'personal',
    friendly: 25,
    critical: 25,
    attention: 80,
    hush: true,
    silences: true,
    interruptionsPerMinute: 2,
    disagreement: true,
    guests: 12,
    noise: 60,
  }),
  level(m.level9, {
    ...calm,
    place: 'table',
    tablePeople: 4,
    talk: 'personal',
    friendly: 0,
    critical: 50,
    attention: 90,
    hush: true,
    silences: true,
    interruptionsPerMinute: 2,
    disagreement: true,
    introduce: true,
    guests: 14,
    noise: 60,
  }),
  level(m.level10, {
    ...calm,
    place: 'table',
    tablePeople: 4,
    talk: 'personal',
    friendly: 0,
    critical: 75,
    attention: 100,
    hush: true,
    silences: true,
    interruptionsPerMinute: 3,
    disagreement: true,
    introduce: true,
    mishap: true,
    guests: 16,
    noise: 70,
  }),
];
