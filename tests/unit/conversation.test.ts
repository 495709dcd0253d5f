import { describe, expect, it } from 'vitest';
import { conversationScene } from '../../scenes/conversation';
import { cafeParts, OWN_CUP_REST } from '../../scenes/conversation/furnishing';
import {
  AT_TABLE,
  CAFE,
  guestSeats,
  HIGH_TABLE,
  LOW_TABLE,
  MAX_GUESTS,
  spots,
  tablePlaces,
} from '../../scenes/conversation/layout';
import { type ConversationParams, conversationLevels } from '../../scenes/conversation/levels';
import {
  lineSets,
  mishapLines,
  OWN_LINE_LENGTH,
  OWN_LINES_MAX,
  ownLines,
  reactions,
} from '../../scenes/conversation/lines';
import { lookMeasures, newLookTally, tallyLooks } from '../../scenes/conversation/measures';
import { assignManners, party } from '../../scenes/conversation/party';
import { cafeLevels, syllables } from '../../scenes/conversation/sound';
import { pickLocalVoice } from '../../scenes/conversation/speech';
import {
  interruptionTimes,
  meanLatency,
  newTurns,
  questionsFor,
  type Read,
  type Script,
  stepTurns,
  TIMING,
  type Turns,
  type Words,
} from '../../scenes/conversation/turns';
import { findScene } from '../../scenes/registry';
import { levelChanges, levelWithOwnWords, paramProblems, say } from '../../scenes/types';
import { english } from './intl';

const level = (n: number): ConversationParams => {
  const found = conversationLevels[n - 1];
  if (!found) throw new Error(`no level ${n}`);
  return found.params;
};

const read: Read = (words: Words) =>
  typeof words === 'string' ? words : english.formatMessage(words);

const script = (over: Partial<Script> = {}): Script => ({
  manners: ['friendly'],
  questions: questionsFor({ talk: 'smallTalk', introduce: false, lines: '' }, 3),
  interruptions: [],
  disagreement: false,
  silences: false,
  mishap: false,
  hush: false,
  table: true,
  seed: 3,
  ...over,
});

/** Runs the conversation at 20 frames a second until `until` says stop, or `seconds` pass. */
function run(
  s: Script,
  t: Turns,
  seconds: number,
  input: (t: Turns, time: number) => { voice?: boolean; answered?: boolean } = () => ({}),
  until: (t: Turns) => boolean = () => false,
  from = 0,
): number {
  const dt = 0.05;
  let time = from;
  while (time < from + seconds) {
    time += dt;
    const i = input(t, time);
    stepTurns(s, t, { time, dt, voice: i.voice ?? false, answered: i.answered ?? false }, read);
    if (until(t)) return time;
  }
  return time;
}

describe('conversation level table', () => {
  it('is valid and climbs from an empty café to a critical group with a mishap', () => {
    for (let n = 1; n <= 10; n++)
      expect(paramProblems(conversationScene.params, level(n))).toEqual([]);
    expect(level(1).talk).toBe('none');
    expect(level(1).place).toBe('room');
    expect(level(2).talk).toBe('greeting');
    expect(level(3).place).toBe('counter');
    expect(level(3).talk).toBe('ordering');
    expect(level(4).tablePeople).toBe(1);
    expect(level(5).tablePeople).toBe(2);
    expect(level(6).tablePeople).toBe(4);
    expect(level(6).hush).toBe(true);
    expect(level(7).interruptionsPerMinute).toBeGreaterThan(0);
    expect(level(8).disagreement).toBe(true);
    expect(level(9).introduce).toBe(true);
    expect(level(10).mishap).toBe(true);
    for (let n = 2; n <= 10; n++) {
      expect(level(n).guests).toBeGreaterThanOrEqual(level(n - 1).guests);
      expect(level(n).critical).toBeGreaterThanOrEqual(level(n - 1).critical);
      expect(level(n).attention).toBeGreaterThanOrEqual(level(n - 1).attention);
    }
    expect(level(10).critical).toBeGreaterThan(50);
  });

  it('says what each level changes, and keeps the microphone and voice across a level change', () => {
    const registered = findScene('conversation');
    if (!registered) throw new Error('the café conversation is not registered');
    expect(say(english, levelChanges(registered, 8))).toContain('Someone disagrees');
    const mine = {
      ...level(4),
      microphone: true,
      speech: true,
      lines: 'So, what brings you here?',
    };
    const raised = levelWithOwnWords(conversationScene.params, level(8), mine);
    expect(raised.microphone).toBe(true);
    expect(raised.speech).toBe(true);
    expect(raised.lines).toBe('So, what brings you here?');
    expect(raised.disagreement).toBe(true);
    // The person's own choices are not part of what a level changes.
    expect(say(english, levelChanges(registered, 4))).not.toContain('microphone');
  });

  it('listens only with the microphone on, and offers "I answered" on a key', () => {
    expect(conversationScene.listens?.(level(4))).toBe(false);
    expect(conversationScene.listens?.({ ...level(4), microphone: true })).toBe(true);
    expect(conversationScene.actions?.map((a) => a.name)).toEqual(['answered']);
  });
});

describe('who is in the café', () => {
  it('stands the table round the standing table, facing it, opposite the person', () => {
    for (let n = 1; n <= 4; n++) {
      const places = tablePlaces(n);
      expect(places).toHaveLength(n);
      for (const p of places) {
        expect(Math.hypot(p.x - HIGH_TABLE.x, p.z - HIGH_TABLE.z)).toBeCloseTo(AT_TABLE, 5);
        // Facing the centre: a step along the facing gets nearer it.
        const nearer = Math.hypot(
          p.x + Math.sin(p.facing) * 0.1 - HIGH_TABLE.x,
          p.z + Math.cos(p.facing) * 0.1 - HIGH_TABLE.z,
        );
        expect(nearer).toBeLessThan(AT_TABLE);
        // Nobody stands where the person does.
        expect(Math.hypot(p.x - spots.table.x, p.z - spots.table.z)).toBeGreaterThan(0.9);
      }
    }
    expect(guestSeats(100)).toHaveLength(MAX_GUESTS);
  });

  it('gives the table exactly the level’s manners, the same for the same seed', () => {
    const manners = assignManners(4, 25, 50, 9);
    expect(manners.filter((m) => m === 'critical')).toHaveLength(2);
    expect(manners.filter((m) => m === 'friendly')).toHaveLength(1);
    expect(assignManners(4, 25, 50, 9)).toEqual(manners);
    const ten = party(level(10), 4);
    expect(ten.partners).toHaveLength(4);
    expect(ten.partners.filter((p) => p.manner === 'critical')).toHaveLength(3);
    expect(ten.persons).toHaveLength(1 + 4 + level(10).guests);
    // At the counter the barista is the one who talks.
    const counter = party(level(3), 4);
    expect(counter.partners).toHaveLength(1);
    expect(counter.partners[0]?.person).toBe(counter.barista.person);
  });
});

describe('what is said', () => {
  it('asks the situation’s lines, the person’s own first, and one question after ordering', () => {
    const own = questionsFor(
      { talk: 'personal', introduce: true, lines: 'Where did you get that coat?\n\nAre you new?' },
      2,
    );
    expect(lineSets.introduce.map((l) => l.text)).toContain(own[0]?.words);
    expect(own[1]?.words).toBe('Where did you get that coat?');
    expect(own[2]?.words).toBe('Are you new?');
    const ordering = questionsFor({ talk: 'ordering', introduce: false, lines: '' }, 2);
    expect(ordering).toHaveLength(2);
    expect(lineSets.ordering.map((l) => l.text)).toContain(ordering[0]?.words);
    expect(lineSets.orderFollowUp.map((l) => l.text)).toContain(ordering[1]?.words);
    expect(questionsFor({ talk: 'none', introduce: false, lines: 'Hi' }, 2)).toEqual([]);
  });

  it('plans phones and interruptions at the level’s rate', () => {
    const times = interruptionTimes(2, 5, 600);
    expect(times.length).toBeGreaterThan(15);
    expect(times.length).toBeLessThan(25);
    expect(interruptionTimes(0, 5)).toEqual([]);
  });
});

describe('turn-taking', () => {
  it('asks, waits looking at the person, and reacts to "I answered"', () => {
    const s = script();
    const t = newTurns();
    const waitingAt = run(s, t, 30, undefined, (t) => t.phase === 'waiting');
    expect(t.phase).toBe('waiting');
    expect(t.speaker).toBe(0);
    const asked = t.said?.words;
    expect(asked).toBe(s.questions[0]?.words);
    run(
      s,
      t,
      1,
      () => ({ answered: true }),
      (t) => t.phase === 'reacting',
      waitingAt,
    );
    expect(t.phase).toBe('reacting');
    expect(t.answers).toBe(1);
    expect(t.said?.words).not.toBe(asked);
    // Then the next question, after a gap.
    run(s, t, 40, undefined, (t) => t.phase === 'waiting', waitingAt + 1);
    expect(t.said?.words).toBe(s.questions[1]?.words);
  });

  it('takes "I answered" pressed while the question is still being said', () => {
    const s = script();
    const t = newTurns();
    const sayingAt = run(s, t, 30, undefined, (t) => t.phase === 'saying');
    run(
      s,
      t,
      1,
      () => ({ answered: true }),
      (t) => t.phase === 'reacting',
      sayingAt,
    );
    expect(t.phase).toBe('reacting');
    expect(t.answers).toBe(1);
  });

  it('hears an answer by the microphone and measures the wait before it', () => {
    const s = script();
    const t = newTurns();
    const waitingAt = run(s, t, 30, undefined, (t) => t.phase === 'waiting');
    // The person starts speaking two seconds into the wait, speaks for two, then stops.
    run(
      s,
      t,
      8,
      (_t, time) => ({ voice: time > waitingAt + 2 && time < waitingAt + 4 }),
      (t) => t.phase === 'reacting',
      waitingAt,
    );
    expect(t.phase).toBe('reacting');
    expect(t.answers).toBe(1);
    expect(meanLatency(t)).toBeGreaterThan(1.8);
    expect(meanLatency(t)).toBeLessThan(2.3);
    expect(t.speakingSeconds).toBeGreaterThan(1.8);
  });

  it('after a long silence looks expectant, then a friendly speaker asks more simply', () => {
    const s = script();
    const t = newTurns();
    const waitingAt = run(s, t, 30, undefined, (t) => t.phase === 'waiting');
    run(s, t, TIMING.expectAfter + 0.2, undefined, undefined, waitingAt);
    expect(t.expectant).toBe(true);
    expect(t.phase).toBe('waiting');
    run(s, t, 10, undefined, (t) => t.phase === 'saying', waitingAt + TIMING.expectAfter + 0.2);
    expect(t.tries).toBe(2);
    const easier = s.questions[0]?.easier;
    expect(easier).toBeDefined();
    expect(String(t.said?.words)).toContain(read(easier ?? ''));
  });

  it('a critical speaker gives up on a silence with a remark and looks away', () => {
    const s = script({ manners: ['critical'] });
    const t = newTurns();
    const waitingAt = run(s, t, 30, undefined, (t) => t.phase === 'waiting');
    run(s, t, 12, undefined, (t) => t.phase === 'reacting', waitingAt);
    expect(t.phase).toBe('reacting');
    expect(t.unanswered).toBe(1);
    expect(t.tries).toBe(0);
  });

  it('with disagreement, an answer draws a challenge that waits for a defence', () => {
    const s = script({ manners: ['friendly', 'critical'], disagreement: true });
    const t = newTurns();
    const waitingAt = run(s, t, 30, undefined, (t) => t.phase === 'waiting');
    run(
      s,
      t,
      1,
      () => ({ answered: true }),
      (t) => t.phase === 'reacting',
      waitingAt,
    );
    expect(lineSets.disagreement.map((l) => l.text)).toContain(t.said?.words);
    expect(t.speaker).toBe(1);
    const challenged = run(s, t, 10, undefined, (t) => t.phase === 'waiting', waitingAt + 1);
    expect(t.phase).toBe('waiting');
    run(
      s,
      t,
      1,
      () => ({ answered: true }),
      (t) => t.phase === 'reacting',
      challenged,
    );
    // The defence is heard out: a reaction, not a second challenge.
    expect(lineSets.disagreement.map((l) => l.text)).not.toContain(t.said?.words);
    expect(t.answers).toBe(2);
  });

  it('an interruption cuts into the wait; otherwise someone looks at their phone', () => {
    const s = script({ manners: ['friendly', 'neutral', 'critical'] });
    const t = newTurns();
    const waitingAt = run(s, t, 30, undefined, (t) => t.phase === 'waiting');
    const cut = script({ ...s, interruptions: [waitingAt + 1] });
    run(cut, t, 3, undefined, (t) => t.phase === 'reacting', waitingAt);
    expect(t.phase).toBe('reacting');
    expect(t.speaker).not.toBe(0);
    expect(t.answers).toBe(0);

    const calm = newTurns();
    run(script({ ...s, interruptions: [1] }), calm, 2);
    expect(calm.phoneBy).toBeGreaterThanOrEqual(0);
  });

  it('drops the cup once, turns everyone, then someone remarks on it', () => {
    const s = script({ manners: ['critical', 'critical'], mishap: true });
    const t = newTurns();
    run(s, t, TIMING.mishapAt + 8, undefined, (t) => t.phase === 'mishap');
    expect(t.phase).toBe('mishap');
    expect(t.mishapDone).toBe(true);
    const fell = t.since;
    run(s, t, TIMING.mishapLook + 1, undefined, (t) => t.phase === 'reacting', fell);
    expect(t.phase).toBe('reacting');
    expect(t.said).not.toBeNull();
  });

  it('marks the person as speaking while the microphone hears them, through short pauses', () => {
    const s = script({ hush: true });
    const t = newTurns();
    run(s, t, 1, () => ({ voice: true }));
    expect(t.speaking).toBe(true);
    run(s, t, 0.5, () => ({ voice: false }), undefined, 1);
    expect(t.speaking).toBe(true);
    run(s, t, 3, () => ({ voice: false }), undefined, 1.5);
    expect(t.speaking).toBe(false);
  });
});

describe('where the person looks', () => {
  it('counts time on faces, and looking away only while spoken to', () => {
    const tally = newLookTally();
    const head = { x: 0, y: 1.6, z: 0 };
    const faces = [{ x: 0, y: 1.6, z: -1 }];
    for (let i = 0; i < 10; i++)
      tallyLooks(tally, 0.1, head, { x: 0, y: 0, z: -1 }, faces, 1, true);
    for (let i = 0; i < 10; i++)
      tallyLooks(tally, 0.1, head, { x: 0, y: -1, z: 0 }, faces, 1, true);
    for (let i = 0; i < 20; i++)
      tallyLooks(tally, 0.1, head, { x: 1, y: 0, z: 0 }, faces, 1, false);
    const m = lookMeasures(tally);
    expect(m.facesShare).toBeCloseTo(25, 1);
    expect(m.awaySeconds).toBeCloseTo(1, 5);
  });
});

describe('the lines', () => {
  it('has lines for every situation and an answer for every manner', () => {
    for (const set of Object.values(lineSets)) expect(set.length).toBeGreaterThan(0);
    expect(lineSets.smallTalk.length).toBeGreaterThanOrEqual(6);
    for (const manner of ['friendly', 'neutral', 'critical'] as const) {
      expect(reactions[manner].length).toBeGreaterThan(0);
      expect(mishapLines[manner].length).toBeGreaterThan(0);
    }
    // Every built-in line and easier form reads as English words, not an id.
    const all = Object.values(lineSets).flatMap((set) =>
      set.flatMap((l) => (l.easier ? [l.text, l.easier] : [l.text])),
    );
    for (const text of all) expect(read(text)).not.toContain('scene.conversation');
  });

  it('takes the person’s own lines one a line, without blanks, within the caption’s length', () => {
    expect(ownLines('  Hi, are you new here?  \r\n\n\nWhat do you do?\n   ')).toEqual([
      'Hi, are you new here?',
      'What do you do?',
    ]);
    const many = Array.from({ length: OWN_LINES_MAX + 5 }, (_, i) => `Line ${i}`).join('\n');
    expect(ownLines(many)).toHaveLength(OWN_LINES_MAX);
    expect(ownLines('x'.repeat(400))[0]).toHaveLength(OWN_LINE_LENGTH);
    expect(ownLines('')).toEqual([]);
  });
});

describe('the café', () => {
  it('puts a table between the chairs of every guest, and the person’s cup on their table', () => {
    const parts = cafeParts();
    const tables = parts.filter(
      (p) => p.shape === 'cylinder' && Math.abs(p.at[1] - (LOW_TABLE.height - 0.02)) < 1e-6,
    );
    for (const seat of guestSeats(MAX_GUESTS)) {
      const near = tables.some((t) => Math.hypot(t.at[0] - seat.x, t.at[2] - seat.z) < 0.6);
      expect(near).toBe(true);
    }
    const [x, y, z] = OWN_CUP_REST;
    expect(Math.hypot(x - HIGH_TABLE.x, z - HIGH_TABLE.z)).toBeLessThan(HIGH_TABLE.radius);
    expect(y).toBe(HIGH_TABLE.height);
    // Everything stands inside the room.
    for (const p of parts) {
      expect(p.at[0]).toBeGreaterThanOrEqual(CAFE.minX - 0.2);
      expect(p.at[0]).toBeLessThanOrEqual(CAFE.maxX + 0.2);
      expect(p.at[2]).toBeGreaterThanOrEqual(CAFE.minZ - 0.2);
      expect(p.at[2]).toBeLessThanOrEqual(CAFE.maxZ + 0.2);
    }
  });
});

describe('the café’s sound', () => {
  it('grows louder and busier with guests and noise, and is quiet with none', () => {
    const empty = cafeLevels({ guests: 0, noise: 0 });
    expect(empty.murmur).toBe(0);
    expect(empty.clinksPerMinute).toBe(0);
    const few = cafeLevels({ guests: 2, noise: 30 });
    const full = cafeLevels({ guests: MAX_GUESTS, noise: 70 });
    expect(full.murmur).toBeGreaterThan(few.murmur);
    expect(full.clinksPerMinute).toBeGreaterThan(few.clinksPerMinute);
  });

  it('murmurs a line as syllables that fit its length, the same for the same seed', () => {
    const said = syllables(3, 7);
    expect(said.length).toBeGreaterThan(6);
    expect(said.length).toBeLessThan(20);
    for (let i = 1; i < said.length; i++) {
      const before = said[i - 1];
      const now = said[i];
      if (!before || !now) continue;
      expect(now.at).toBeGreaterThanOrEqual(before.at + before.length);
    }
    const last = said[said.length - 1];
    expect((last?.at ?? 0) + (last?.length ?? 0)).toBeLessThanOrEqual(3);
    expect(syllables(3, 7)).toEqual(said);
  });
});

describe('an on-device voice', () => {
  const voice = (lang: string, localService: boolean) =>
    ({ lang, localService, name: `${lang}-${localService}` }) as SpeechSynthesisVoice;

  it('picks only a voice that runs on the device, in the page’s language', () => {
    const voices = [voice('es-ES', false), voice('en-US', true), voice('es-MX', true)];
    expect(pickLocalVoice(voices, 'es')?.lang).toBe('es-MX');
    expect(pickLocalVoice(voices, 'en-US')?.lang).toBe('en-US');
    // A network voice is never used, even when it is the only one in the language.
    expect(pickLocalVoice([voice('de-DE', false), voice('en-US', true)], 'de')).toBeNull();
    expect(pickLocalVoice([], 'en')).toBeNull();
  });
});
