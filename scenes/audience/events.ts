// What happens in the room over time, fixed by the seed so sessions compare: distractions at the
// level's rate, a walk-out, a raised hand with a challenging question. Pure.
import { WALK_SPEED } from '../common/people/body';
import { between, createRandom, subSeed } from '../common/random';
import type { Text } from '../types';
import { defineMessages } from '../types';
import type { Member } from './crowd';
import { rooms } from './crowd';
import type { AudienceParams } from './levels';

const m = defineMessages({
  whyBelieve: {
    id: 'scene.audience.questionWhyBelieve',
    defaultMessage: 'Why should we believe any of this?',
    description: 'A hostile question from someone in the audience to the speaker',
  },
  checkedFacts: {
    id: 'scene.audience.questionCheckedFacts',
    defaultMessage: 'Have you actually checked your facts?',
    description: 'A hostile question from someone in the audience to the speaker',
  },
  opinion: {
    id: 'scene.audience.questionOpinion',
    defaultMessage: 'Isn’t that just your opinion?',
    description: 'A hostile question from someone in the audience to the speaker',
  },
  qualified: {
    id: 'scene.audience.questionQualified',
    defaultMessage: 'What makes you qualified to talk about this?',
    description: 'A hostile question from someone in the audience to the speaker',
  },
  notAnAnswer: {
    id: 'scene.audience.questionNotAnAnswer',
    defaultMessage: 'That doesn’t answer my question. Can you try again?',
    description: 'A hostile question from someone in the audience to the speaker',
  },
  toThePoint: {
    id: 'scene.audience.questionToThePoint',
    defaultMessage: 'Could you get to the point, please?',
    description: 'A hostile question from someone in the audience to the speaker',
  },
  favouritePlace: {
    id: 'scene.audience.topicFavouritePlace',
    defaultMessage: 'Describe your favourite place and why you like it.',
    description: 'A topic for a short talk, on a card the speaker reads from',
  },
  cookMeal: {
    id: 'scene.audience.topicCookMeal',
    defaultMessage: 'Explain how to cook a meal you make often.',
    description: 'A topic for a short talk, on a card the speaker reads from',
  },
  bookFilm: {
    id: 'scene.audience.topicBookFilm',
    defaultMessage: 'Tell us about a book, film or series you enjoyed.',
    description: 'A topic for a short talk, on a card the speaker reads from',
  },
  journey: {
    id: 'scene.audience.topicJourney',
    defaultMessage: 'Describe a journey you remember.',
    description: 'A topic for a short talk, on a card the speaker reads from',
  },
  hobby: {
    id: 'scene.audience.topicHobby',
    defaultMessage: 'Explain a hobby to someone who has never tried it.',
    description: 'A topic for a short talk, on a card the speaker reads from',
  },
  teacher: {
    id: 'scene.audience.topicTeacher',
    defaultMessage: 'Talk about a person who taught you something.',
    description: 'A topic for a short talk, on a card the speaker reads from',
  },
  weekend: {
    id: 'scene.audience.topicWeekend',
    defaultMessage: 'Describe your ideal weekend.',
    description: 'A topic for a short talk, on a card the speaker reads from',
  },
  town: {
    id: 'scene.audience.topicTown',
    defaultMessage: 'Explain how your town has changed over the years.',
    description: 'A topic for a short talk, on a card the speaker reads from',
  },
});

export type DistractionKind = 'cough' | 'phone' | 'chair' | 'whisper';

export interface Distraction {
  /** Seconds from the start of the scene. */
  at: number;
  kind: DistractionKind;
  /** Who makes it (index into the crowd). */
  member: number;
}

const kinds: [DistractionKind, number][] = [
  ['cough', 0.35],
  ['whisper', 0.25],
  ['chair', 0.25],
  ['phone', 0.15],
];

/** Distractions over `seconds` at `perMinute` on average (a Poisson process), from the seed. */
export function distractionSchedule(
  seed: number,
  perMinute: number,
  crowdSize: number,
  seconds: number,
): Distraction[] {
  if (perMinute <= 0 || crowdSize === 0) return [];
  const random = createRandom(subSeed(seed, 'distractions'));
  const result: Distraction[] = [];
  let at = 0;
  for (;;) {
    at += (-Math.log(1 - random()) * 60) / perMinute;
    if (at > seconds) return result;
    let pick = random();
    let kind: DistractionKind = 'cough';
    for (const [k, weight] of kinds) {
      if (pick < weight) {
        kind = k;
        break;
      }
      pick -= weight;
    }
    result.push({ at, kind, member: Math.floor(random() * crowdSize) });
  }
}

/** When the walk-out starts: within the first minute and a half, so a short session sees it. */
export const WALK_OUT_WINDOW = { from: 40, to: 75 };
export const QUESTION_WINDOW = { from: 60, to: 100 };

export interface WalkOut {
  member: number;
  startsAt: number;
}

/** The member who leaves: someone bored or hostile if there is one, nearest an aisle. */
export function planWalkOut(
  enabled: boolean,
  members: readonly Member[],
  seed: number,
): WalkOut | null {
  if (!enabled || members.length === 0) return null;
  const random = createRandom(subSeed(seed, 'walk-out'));
  const candidates = members
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.attitude === 'bored' || m.attitude === 'hostile');
  const pool = candidates.length > 0 ? candidates : members.map((m, i) => ({ m, i }));
  pool.sort((a, b) => Math.abs(b.m.seat.x) - Math.abs(a.m.seat.x));
  const chosen = pool[Math.floor(random() * Math.min(3, pool.length))] ?? pool[0];
  return chosen
    ? { member: chosen.i, startsAt: between(random, WALK_OUT_WINDOW.from, WALK_OUT_WINDOW.to) }
    : null;
}

export interface WalkerState {
  /** Not yet up, standing up, walking to the door, or gone. */
  phase: 'seated' | 'standing' | 'walking' | 'gone';
  x: number;
  z: number;
  /** Which way the body faces (yaw from +z, the stage), and metres walked so far. */
  facing: number;
  walked: number;
}

const STAND_SECONDS = 1.5;

function place(
  out: WalkerState,
  phase: WalkerState['phase'],
  x: number,
  z: number,
  facing: number,
  walked: number,
): WalkerState {
  out.phase = phase;
  out.x = x;
  out.z = z;
  out.facing = facing;
  out.walked = walked;
  return out;
}

/**
 * Where the walker is at time t: up from the seat, along the row to the side aisle, out the door.
 * Written into `out` when given (the scene asks every frame).
 */
export function walkerAt(
  plan: WalkOut,
  member: Member,
  room: AudienceParams['room'],
  t: number,
  out: WalkerState = { phase: 'seated', x: 0, z: 0, facing: 0, walked: 0 },
): WalkerState {
  const since = t - plan.startsAt;
  const { x, z } = member.seat;
  if (since < 0) return place(out, 'seated', x, z, 0, 0);
  if (since < STAND_SECONDS) return place(out, 'standing', x, z, 0, 0);
  const side = x >= 0 ? 1 : -1;
  const aisleX = side * (rooms[room].width / 2 - 0.6);
  // The doors are in the side walls near the back (see Room.tsx).
  const doorZ = -rooms[room].depth + 2.6;
  const alongRow = Math.abs(aisleX - x);
  const downAisle = Math.abs(doorZ - z);
  const walked = (since - STAND_SECONDS) * WALK_SPEED;
  if (walked < alongRow)
    return place(out, 'walking', x + side * walked, z, side * (Math.PI / 2), walked);
  const back = walked - alongRow;
  if (back < downAisle) return place(out, 'walking', aisleX, z - back, Math.PI, walked);
  return place(out, 'gone', aisleX, doorZ, Math.PI, walked);
}

export interface RaisedHand {
  member: number;
  raisedAt: number;
  question: Text;
}

export const challengingQuestions: readonly Text[] = [
  m.whyBelieve,
  m.checkedFacts,
  m.opinion,
  m.qualified,
  m.notAnAnswer,
  m.toThePoint,
];

export function planQuestion(
  enabled: boolean,
  members: readonly Member[],
  seed: number,
): RaisedHand | null {
  if (!enabled || members.length === 0) return null;
  const random = createRandom(subSeed(seed, 'question'));
  const hostile = members.map((m, i) => ({ m, i })).filter(({ m }) => m.attitude === 'hostile');
  const pool = hostile.length > 0 ? hostile : members.map((m, i) => ({ m, i }));
  const chosen = pool[Math.floor(random() * pool.length)] ?? pool[0];
  if (!chosen) return null;
  return {
    member: chosen.i,
    raisedAt: between(random, QUESTION_WINDOW.from, QUESTION_WINDOW.to),
    question: challengingQuestions[Math.floor(random() * challengingQuestions.length)] as Text,
  };
}

/** Ordinary topics for the speaker's card, when they bring no notes of their own. */
export const topics: readonly Text[] = [
  m.favouritePlace,
  m.cookMeal,
  m.bookFilm,
  m.journey,
  m.hobby,
  m.teacher,
  m.weekend,
  m.town,
];

export function topicFor(seed: number): Text {
  return topics[subSeed(seed, 'topic') % topics.length] as Text;
}
