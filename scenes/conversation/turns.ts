// Turn-taking at the café: who speaks, what they say, how long they wait for the person's answer
// and what they do when it comes or does not; silences, phones, interruptions and the dropped cup.
// Pure: one state changed in place each frame by what the person did (spoke, pressed "I answered").
import { createRandom, subSeed } from '../common/random';
import type { Text } from '../types';
import type { ConversationParams } from './levels';
import {
  interruptions,
  type Line,
  lineSets,
  mishapLines,
  nudges,
  ownLines,
  reactions,
  remarks,
} from './lines';
import type { Manner } from './party';

/** Words said: a catalogue message, or one of the person's own lines as they wrote it. */
export type Words = Text | string;

export type Phase =
  /** Nobody talks to the person (an empty café, or between a barista's lines). */
  | 'idle'
  /** The table talks among itself. */
  | 'chatter'
  /** A line to the person is being said. */
  | 'saying'
  /** The speaker waits for an answer, looking at the person. */
  | 'waiting'
  /** The person answers (heard by the microphone). */
  | 'answering'
  /** The speaker answers the answer (or the silence). */
  | 'reacting'
  /** An awkward silence: nobody speaks, eyes on the person. */
  | 'lull'
  /** The cup has fallen: everyone turns to look. */
  | 'mishap';

/** Seconds, each the wait of a person at a café table more or less. */
export const TIMING = {
  /** From the start to the first line. */
  opening: 3,
  /** Waiting this long without an answer brings an expectant look... */
  expectAfter: 4,
  /** ...and this long, a repeat, an easier question, or a remark and a glance away. */
  giveUpAfter: 9,
  /** Heard speech counts as an answer once it has lasted this long... */
  minAnswer: 0.6,
  /** ...and the answer is over after this long a pause. */
  answerPause: 1.5,
  /** Between one question and the next, at the table and at the counter. */
  tableGap: [7, 12] as const,
  baristaGap: [35, 50] as const,
  lull: 6,
  /** A look at the phone lasts this long. */
  phone: 8,
  /** The cup falls this long into the level, and everyone looks for this long before a word. */
  mishapAt: 40,
  mishapLook: 2.2,
  /** Each speaker in the table's own chatter talks for about this long. */
  chatterTurn: [2, 4.5] as const,
} as const;

/** How long a line takes to say: about fifteen characters a second, never rushed. */
export function sayingSeconds(words: string): number {
  return Math.max(1.5, Math.min(6.5, 1.1 + words.length * 0.065));
}

export interface Said {
  words: Words;
  /** The partner who says it. */
  by: number;
  /** Scene seconds: when it began, and when the speaking ends. */
  from: number;
  until: number;
}

export interface Script {
  /** Each partner's manner, in the party's order. */
  manners: readonly Manner[];
  /** The questions, in the order they are asked (at a table they come round again). */
  questions: readonly Question[];
  /** Scene seconds, from the level's start, of a phone or an interruption. */
  interruptions: readonly number[];
  disagreement: boolean;
  silences: boolean;
  mishap: boolean;
  hush: boolean;
  /** Whether the partners are at a table (they chatter) or a barista (they work between lines). */
  table: boolean;
  seed: number;
}

/** A line said to the person, and a simpler way to ask it where there is one. */
export interface Question {
  words: Words;
  easier?: Words;
}

const fromLine = (line: Line): Question =>
  line.easier ? { words: line.text, easier: line.easier } : { words: line.text };

/** The lines of a level, in order: the situation's, with the person's own ones first after it. */
export function questionsFor(
  params: Pick<ConversationParams, 'talk' | 'introduce' | 'lines'>,
  seed: number,
): Question[] {
  return linesFor(params, seed).map((line) =>
    typeof line === 'string' ? { words: line } : fromLine(line),
  );
}

function linesFor(
  params: Pick<ConversationParams, 'talk' | 'introduce' | 'lines'>,
  seed: number,
): (Line | string)[] {
  const random = createRandom(subSeed(seed, 'questions'));
  const shuffled = (list: readonly Line[]) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as Line, copy[i] as Line];
    }
    return copy;
  };
  const pick = (list: readonly Line[]) => list[Math.floor(random() * list.length)] as Line;
  const mine = ownLines(params.lines);
  switch (params.talk) {
    case 'none':
      return [];
    case 'greeting':
      return [pick(lineSets.greeting), ...mine];
    case 'ordering':
      return [pick(lineSets.ordering), pick(lineSets.orderFollowUp), ...mine];
    case 'smallTalk':
      return [...mine, ...shuffled(lineSets.smallTalk)];
    case 'personal': {
      const first = params.introduce ? [pick(lineSets.introduce)] : [];
      return [
        ...first,
        ...mine,
        ...shuffled([...lineSets.personal, ...lineSets.smallTalk.slice(0, 4)]),
      ];
    }
  }
}

/** When, in level seconds, someone looks at a phone or cuts in: evenly at the rate, jittered. */
export function interruptionTimes(perMinute: number, seed: number, seconds = 3600): number[] {
  if (perMinute <= 0) return [];
  const random = createRandom(subSeed(seed, 'interruptions'));
  const every = 60 / perMinute;
  const times: number[] = [];
  for (let t = every * (0.6 + random() * 0.6); t < seconds; t += every * (0.6 + random() * 0.8))
    times.push(t);
  return times;
}

export interface Turns {
  phase: Phase;
  /** Scene seconds when the phase began. */
  since: number;
  /** The partner whose turn it is (asking, waiting, reacting), or -1. */
  speaker: number;
  /** The line on show (the caption), or null. */
  said: Said | null;
  /** Index into the script's questions of the one asked now (or next). */
  question: number;
  /** How many times the current question has been asked. */
  tries: number;
  /** The last words to the person were a disagreement: they wait for the person's defence. */
  defend: boolean;
  /** The answer awaited is a defence, which draws no new disagreement. */
  wasDefence: boolean;
  /** Waiting long: the speaker's brows go up, the table leans in. */
  expectant: boolean;
  /** Whose turn it is in the table's chatter, and until when. */
  chatterer: number;
  chatterUntil: number;
  /** When the next question is asked (from idle or chatter). */
  nextAt: number;
  /** The next gap is a silence rather than chatter. */
  lullNext: boolean;
  /** The partner on their phone, and until when. */
  phoneBy: number;
  phoneUntil: number;
  /** Index of the next interruption time to come. */
  nextInterruption: number;
  mishapDone: boolean;
  /** The person's speech: seconds of it in the current answer, and of silence since it last was heard. */
  heard: number;
  quietFor: number;
  /** The person is speaking now (heard this frame, or within the answer's pause). */
  speaking: boolean;
  /** Answers given, answers that did not come, and the waits before answers that were heard. */
  answers: number;
  unanswered: number;
  latencySum: number;
  latencyCount: number;
  speakingSeconds: number;
  /** A counter for choosing lines, so the same seed says the same things. */
  draws: number;
}

export function newTurns(): Turns {
  return {
    phase: 'idle',
    since: 0,
    speaker: -1,
    said: null,
    question: 0,
    tries: 0,
    defend: false,
    wasDefence: false,
    expectant: false,
    chatterer: -1,
    chatterUntil: 0,
    nextAt: TIMING.opening,
    lullNext: false,
    phoneBy: -1,
    phoneUntil: 0,
    nextInterruption: 0,
    mishapDone: false,
    heard: 0,
    quietFor: 0,
    speaking: false,
    answers: 0,
    unanswered: 0,
    latencySum: 0,
    latencyCount: 0,
    speakingSeconds: 0,
    draws: 0,
  };
}

export interface TurnInput {
  /** Scene seconds since the level began, and the frame's length. */
  time: number;
  dt: number;
  /** The microphone hears the person this frame (always false without one). */
  voice: boolean;
  /** The person pressed "I answered" since the last frame. */
  answered: boolean;
}

/** The answer a partner's manner gives: a word, one of a list chosen by the seed and the count. */
function choose<T>(t: Turns, list: readonly T[], seed: number): T {
  t.draws++;
  const r = createRandom(subSeed(seed, `draw-${t.draws}`))();
  return list[Math.floor(r * list.length) % list.length] as T;
}

function say(t: Turns, by: number, words: Words, time: number, read: Read) {
  t.said = { words, by, from: time, until: time + sayingSeconds(read(words)) };
}

/** Words as the person reads them, in the page's language: how long they take to say. */
export type Read = (words: Words) => string;

function enter(t: Turns, phase: Phase, time: number) {
  t.phase = phase;
  t.since = time;
}

/** The next speaker of a question: round the table, so everyone asks in turn. */
function nextSpeaker(s: Script, t: Turns): number {
  const n = s.manners.length;
  return n === 0 ? -1 : (t.question + (s.seed % n)) % n;
}

/** The first partner of the first manner found: the coolest disagrees, the warmest helps. */
function most(s: Script, order: readonly Manner[]): number {
  for (const manner of order) {
    const i = s.manners.indexOf(manner);
    if (i >= 0) return i;
  }
  return s.manners.length > 0 ? 0 : -1;
}

const COOL: readonly Manner[] = ['critical', 'neutral', 'friendly'];
const WARM: readonly Manner[] = ['friendly', 'neutral', 'critical'];

/**
 * Moves the conversation on by a frame. `read` gives a line's words as the person reads them
 * (the page's language), for how long it takes to say.
 */
export function stepTurns(s: Script, t: Turns, input: TurnInput, read: Read) {
  const { time } = input;
  const dt = Math.min(Math.max(input.dt, 0), 0.25);
  const partners = s.manners.length;

  // The person's voice: speaking through short pauses, counted while heard.
  if (input.voice) {
    t.quietFor = 0;
    t.speakingSeconds += dt;
  } else t.quietFor += dt;
  t.speaking = t.speakingSeconds > 0 && t.quietFor < TIMING.answerPause;
  if (t.phoneBy >= 0 && time >= t.phoneUntil) t.phoneBy = -1;
  if (t.said && time >= t.said.until + 1.5 && t.phase !== 'saying' && t.phase !== 'reacting')
    t.said = null;
  if (partners === 0) {
    t.phase = 'idle';
    return;
  }

  // The cup: once, when its time comes, whatever is going on.
  if (s.mishap && !t.mishapDone && time >= TIMING.mishapAt && t.phase !== 'saying') {
    t.mishapDone = true;
    t.said = null;
    t.speaker = -1;
    t.expectant = false;
    enter(t, 'mishap', time);
    return;
  }

  // Phones and interruptions at their times: an interruption while the person may be answering,
  // otherwise a look at a phone.
  const due = s.interruptions[t.nextInterruption];
  if (due !== undefined && time >= due) {
    t.nextInterruption++;
    const answering = t.phase === 'answering' || t.phase === 'waiting';
    if (answering && partners > 1) {
      const by = (t.speaker + 1 + (t.draws % (partners - 1))) % partners;
      t.speaker = by;
      t.expectant = false;
      t.heard = 0;
      say(t, by, choose(t, interruptions, s.seed), time, read);
      t.question++;
      t.tries = 0;
      enter(t, 'reacting', time);
      return;
    }
    const by = partners > 1 ? (t.speaker + 1 + (t.draws % (partners - 1))) % partners : 0;
    if (t.phase !== 'saying' || by !== t.speaker) {
      t.phoneBy = by;
      t.phoneUntil = time + TIMING.phone;
      t.draws++;
    }
  }

  const gap = (range: readonly [number, number]) =>
    range[0] + ((t.draws * 0.618) % 1) * (range[1] - range[0]);
  const toGap = () => {
    t.expectant = false;
    t.heard = 0;
    t.speaker = -1;
    if (s.table && s.silences && t.lullNext) {
      t.lullNext = false;
      enter(t, 'lull', time);
      t.nextAt = time + TIMING.lull;
      return;
    }
    t.lullNext = s.silences && !t.lullNext;
    enter(t, s.table ? 'chatter' : 'idle', time);
    t.nextAt = time + gap(s.table ? TIMING.tableGap : TIMING.baristaGap);
  };
  const ask = () => {
    const line = s.questions[t.question % Math.max(1, s.questions.length)];
    if (!line) {
      toGap();
      t.nextAt = Number.POSITIVE_INFINITY;
      return;
    }
    t.speaker = nextSpeaker(s, t);
    t.tries = 1;
    t.expectant = false;
    t.heard = 0;
    say(t, t.speaker, line.words, time, read);
    enter(t, 'saying', time);
  };
  // A one-off line (greeting, ordering) is asked once; the situations with many come round again.
  const askedAll = s.questions.length > 0 && t.question >= s.questions.length && !s.table;

  switch (t.phase) {
    case 'idle':
    case 'chatter':
    case 'lull': {
      if (t.phase === 'chatter' && time >= t.chatterUntil) {
        t.chatterer = partners > 1 ? (t.chatterer + 1 + (t.draws % (partners - 1))) % partners : -1;
        t.draws++;
        t.chatterUntil = time + gap(TIMING.chatterTurn);
      }
      // The person speaks up in a silence or the chatter: someone warm answers them.
      if (t.phase !== 'idle' && input.voice) t.heard += dt;
      if (t.heard > 0 && t.quietFor >= TIMING.answerPause) {
        const spoke = t.heard >= TIMING.minAnswer;
        t.heard = 0;
        if (spoke) {
          const by = most(s, WARM);
          t.speaker = by;
          say(t, by, choose(t, reactions[s.manners[by] ?? 'neutral'], s.seed), time, read);
          enter(t, 'reacting', time);
          return;
        }
      }
      if (time >= t.nextAt && !t.speaking && !askedAll) ask();
      return;
    }
    case 'saying': {
      // An answer pressed before the line is over counts: people answer before a speaker ends.
      if (input.answered) {
        answer(s, t, time, read);
        return;
      }
      if (t.said && time >= t.said.until) {
        t.heard = 0;
        enter(t, 'waiting', time);
      }
      return;
    }
    case 'waiting': {
      const waited = time - t.since;
      if (input.answered) {
        answer(s, t, time, read);
        return;
      }
      if (input.voice) {
        // The wait before an answer, as the microphone heard it.
        t.latencySum += waited;
        t.latencyCount++;
        t.heard = dt;
        t.expectant = false;
        enter(t, 'answering', time);
        return;
      }
      t.expectant = waited >= TIMING.expectAfter;
      if (waited >= TIMING.giveUpAfter) giveUp(s, t, time, read, toGap);
      return;
    }
    case 'answering': {
      if (input.voice) t.heard += dt;
      if (input.answered || (t.heard >= TIMING.minAnswer && t.quietFor >= TIMING.answerPause))
        answer(s, t, time, read);
      else if (t.heard < TIMING.minAnswer && t.quietFor >= TIMING.answerPause) {
        // A cough, a word: back to waiting, the clock of the wait going on.
        t.heard = 0;
        t.phase = 'waiting';
      }
      return;
    }
    case 'reacting': {
      if (!t.said || time >= t.said.until) {
        // A disagreement is itself a question: it waits for the person to defend their view.
        if (t.defend) {
          t.defend = false;
          t.tries = 1;
          t.heard = 0;
          enter(t, 'waiting', time);
          return;
        }
        toGap();
      }
      return;
    }
    case 'mishap': {
      if (time - t.since >= TIMING.mishapLook && !t.said) {
        const by = most(s, COOL);
        t.speaker = by;
        say(t, by, choose(t, mishapLines[s.manners[by] ?? 'neutral'], s.seed), time, read);
        t.question++;
        enter(t, 'reacting', time);
      }
      return;
    }
  }
}

/** The person answered: the speaker reacts, or someone disagrees and waits for a defence. */
function answer(s: Script, t: Turns, time: number, read: Read) {
  t.answers++;
  t.expectant = false;
  t.heard = 0;
  // Every other answer draws a disagreement, but a defence is heard out.
  const disagreeing = s.disagreement && t.answers % 2 === 1 && !t.wasDefence;
  t.wasDefence = false;
  t.question++;
  if (disagreeing) {
    const by = most(s, COOL);
    const line = choose(t, lineSets.disagreement, s.seed);
    t.speaker = by;
    say(t, by, line.text, time, read);
    t.defend = true;
    t.wasDefence = true;
  } else {
    say(t, t.speaker, choose(t, reactions[s.manners[t.speaker] ?? 'neutral'], s.seed), time, read);
    t.tries = 0;
  }
  enter(t, 'reacting', time);
}

/** A long silence: friendly speakers ask more simply, neutral ones repeat, critical ones give up. */
function giveUp(s: Script, t: Turns, time: number, read: Read, toGap: () => void) {
  const manner = s.manners[t.speaker] ?? 'neutral';
  const line = s.questions[t.question % Math.max(1, s.questions.length)];
  t.expectant = false;
  const defence = t.wasDefence;
  t.wasDefence = false;
  if (manner !== 'critical' && t.tries === 1 && line && !defence) {
    t.tries = 2;
    const again = manner === 'friendly' ? (line.easier ?? line.words) : line.words;
    say(t, t.speaker, again, time, read);
    if (manner === 'friendly') {
      // A kind word first, then the simpler question, as one turn.
      const nudge = choose(t, nudges, s.seed);
      const both = `${read(nudge)} ${read(again)}`;
      t.said = { words: both, by: t.speaker, from: time, until: time + sayingSeconds(both) };
    }
    enter(t, 'saying', time);
    return;
  }
  t.unanswered++;
  if (!defence) t.question++;
  if (manner === 'critical' || manner === 'neutral') {
    say(t, t.speaker, choose(t, remarks, s.seed), time, read);
    t.tries = 0;
    enter(t, 'reacting', time);
    return;
  }
  toGap();
}

/** The wait before answers the microphone heard, seconds (0 until one is heard). */
export function meanLatency(t: Pick<Turns, 'latencySum' | 'latencyCount'>): number {
  return t.latencyCount > 0 ? Math.round((t.latencySum / t.latencyCount) * 10) / 10 : 0;
}

/** Someone is talking to the person now (asking, waiting on them, hearing them, answering them). */
export function addressed(t: Turns): boolean {
  return (
    t.phase === 'saying' ||
    t.phase === 'waiting' ||
    t.phase === 'answering' ||
    t.phase === 'reacting'
  );
}
