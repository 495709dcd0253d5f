import said from 'virtual:foothold-said/conversation';
import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { RawIntlProvider } from 'react-intl';
import { type Group, Vector3 } from 'three';
import { createPeople, eyesOf, mutualGaze } from '../common/people/people';
import { useSaid } from '../common/useSaid';
import type { SceneProps } from '../types';
import { Cafe } from './Cafe';
import { Caption, reader } from './Caption';
import { Company, type CompanyClock } from './Company';
import { OWN_CUP, toScene } from './layout';
import type { ConversationParams } from './levels';
import { lookMeasures, newLookTally, tallyLooks } from './measures';
import { party as partyOf } from './party';
import { type CafeSound, startCafeSound } from './sound';
import { speakLine } from './speech';
import {
  addressed,
  interruptionTimes,
  meanLatency,
  newTurns,
  questionsFor,
  type Said,
  type Script,
  stepTurns,
  TIMING,
} from './turns';

/** Above this level (RMS) the microphone hears the person speaking. */
export const SPEAKING_LEVEL = 0.02;
const REPORT_SECONDS = 1;
/** Seconds the cup takes to tip off the table and land. */
const FALL_SECONDS = 0.55;

/**
 * A café where people talk with the person: the barista far off, at the counter, or a standing
 * table of one to four who ask, wait for an answer and react to it, with captions beside the
 * speaker, a murmured voice from where they stand, and the room's own murmur and clatter.
 */
export default function ConversationScene({
  params,
  seed,
  measures,
  audio,
  timeScale = 1,
  actions,
  voice,
}: SceneProps<ConversationParams>) {
  // The people's lines travel with this chunk; the caption reads them through the same formatter.
  const intl = useSaid(said);
  const read = useMemo(() => reader(intl), [intl]);
  const { place, tablePeople, friendly, critical, guests } = params;
  const party = useMemo(
    () => partyOf({ place, tablePeople, friendly, critical, guests }, seed),
    [place, tablePeople, friendly, critical, guests, seed],
  );
  const people = useMemo(() => createPeople(party.persons, seed), [party, seed]);
  const { talk, introduce, lines, interruptionsPerMinute, disagreement, silences, mishap, hush } =
    params;
  // The script changes with what is said and who says it, never with the sound or the voice.
  const script = useMemo<Script>(
    () => ({
      manners: party.partners.map((p) => p.manner),
      questions: questionsFor({ talk, introduce, lines }, seed),
      interruptions: interruptionTimes(interruptionsPerMinute, seed),
      disagreement,
      silences,
      mishap,
      hush,
      table: place === 'table',
      seed,
    }),
    [
      party,
      talk,
      introduce,
      lines,
      interruptionsPerMinute,
      disagreement,
      silences,
      mishap,
      hush,
      place,
      seed,
    ],
  );

  const clock = useRef<CompanyClock>({
    time: 0,
    epoch: 0,
    now: 0,
    step: 0,
    head: new Vector3(0, 1.6, 0),
    looking: new Vector3(0, 0, -1),
    turns: newTurns(),
  });
  // A new level starts its conversation afresh; what was measured so far is kept.
  const before = useRef({ mutual: 0, answers: 0, latencySum: 0, latencyCount: 0, speaking: 0 });
  const counted = useRef({ people, turns: clock.current.turns });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new script is a new conversation
  useLayoutEffect(() => {
    const c = clock.current;
    const b = before.current;
    const was = counted.current;
    if (was.people !== people) b.mutual += mutualGaze(was.people).seconds;
    b.answers += was.turns.answers;
    b.latencySum += was.turns.latencySum;
    b.latencyCount += was.turns.latencyCount;
    b.speaking += was.turns.speakingSeconds;
    c.epoch = c.time;
    c.now = 0;
    c.turns = newTurns();
    counted.current = { people, turns: c.turns };
  }, [script, people]);

  const answered = useRef(false);
  useEffect(() => actions?.on('answered', () => (answered.current = true)), [actions]);
  const heard = useRef(voice ?? null);
  heard.current = voice ?? null;

  const sound = useRef<CafeSound | null>(null);
  const latestNoise = useRef({ guests, noise: params.noise });
  latestNoise.current = { guests, noise: params.noise };
  useEffect(() => {
    if (!audio) return;
    sound.current = startCafeSound(audio, latestNoise.current, seed);
    return () => {
      sound.current?.stop();
      sound.current = null;
    };
  }, [audio, seed]);
  useEffect(() => {
    sound.current?.update({ guests, noise: params.noise });
  }, [guests, params.noise]);

  const looks = useRef(newLookTally());
  const faces = useMemo(() => party.partners.map(() => ({ x: 0, y: 0, z: 0 })), [party]);
  const cup = useRef<Group>(null);
  const heardSaid = useRef<{ said: Said | null; stop: () => void; chatterer: number }>({
    said: null,
    stop: () => {},
    chatterer: -1,
  });
  const wantsSpeech = useRef(params.speech);
  wantsSpeech.current = params.speech;
  const sinceReport = useRef(0);

  useEffect(
    () => () => {
      heardSaid.current.stop();
    },
    [],
  );

  useFrame(({ camera }, dt) => {
    const c = clock.current;
    c.step = dt * timeScale;
    c.time += c.step;
    c.now = c.time - c.epoch;
    camera.getWorldPosition(c.head);
    camera.getWorldDirection(c.looking);
    const t = c.turns;
    const level = heard.current?.level() ?? 0;
    stepTurns(
      script,
      t,
      { time: c.now, dt: c.step, voice: level > SPEAKING_LEVEL, answered: answered.current },
      read,
    );
    answered.current = false;

    // A new line: the speaker's murmur from where they stand, or an on-device voice if asked for.
    const h = heardSaid.current;
    const hushed = script.hush && t.speaking;
    if (t.said !== h.said) {
      h.stop();
      h.stop = () => {};
      h.said = t.said;
      const speaker = t.said ? party.partners[t.said.by] : undefined;
      if (t.said && speaker) {
        const seconds = (t.said.until - t.said.from) / timeScale;
        const spoken = wantsSpeech.current
          ? speakLine(read(t.said.words), intl.locale, { pitch: speaker.pitch / 160 })
          : null;
        if (spoken) h.stop = () => spoken.stop();
        else if (sound.current) {
          const at = eyesOf(people, speaker.person, { x: 0, y: 0, z: 0 });
          h.stop = sound.current.speak(at, seconds, speaker.pitch).stop;
        }
      }
    } else if (t.phase === 'chatter' && t.chatterer !== h.chatterer) {
      // The table's own talk: murmurs only, never captioned.
      h.chatterer = t.chatterer;
      const chatting = party.partners[t.chatterer];
      if (chatting && sound.current && !hushed) {
        h.stop();
        const at = eyesOf(people, chatting.person, { x: 0, y: 0, z: 0 });
        h.stop = sound.current.speak(at, 2.5 / timeScale, chatting.pitch).stop;
      }
    }
    if (hushed && t.phase !== 'saying' && t.phase !== 'reacting') {
      h.stop();
      h.stop = () => {};
    }

    // The cup tips off the table's edge and lands by the person's feet.
    const group = cup.current;
    if (group && script.mishap) {
      const rest = (group.userData.rest as [number, number, number] | undefined) ?? [0, 1.06, 0];
      const into = t.mishapDone ? c.now - TIMING.mishapAt : -1;
      const k = Math.max(0, Math.min(1, into / FALL_SECONDS));
      group.position.set(rest[0], rest[1] - (rest[1] - 0.03) * k * k, rest[2] + 0.3 * k);
      group.rotation.set(k * 1.7, 0, k * 0.4);
      if (into >= 0 && into < c.step + 1e-6 && sound.current) {
        const at = toScene(place, OWN_CUP.x, OWN_CUP.z);
        sound.current.cupDrop({ x: at.x, y: 0.1, z: at.z });
      }
    }

    for (let k = 0; k < party.partners.length; k++) {
      const face = faces[k];
      const p = party.partners[k];
      if (face && p) eyesOf(people, p.person, face);
    }
    tallyLooks(looks.current, c.step, c.head, c.looking, faces, faces.length, addressed(t));

    sinceReport.current += dt;
    if (sinceReport.current >= REPORT_SECONDS) {
      sinceReport.current = 0;
      const look = lookMeasures(looks.current);
      const b = before.current;
      measures.report('facesShare', look.facesShare);
      measures.report('awaySeconds', look.awaySeconds);
      measures.report(
        'mutualGazeSeconds',
        Math.round((b.mutual + mutualGaze(people).seconds) * 10) / 10,
      );
      measures.report('answers', b.answers + t.answers);
      if (heard.current) {
        measures.report('speakingSeconds', Math.round(b.speaking + t.speakingSeconds));
        const latency = meanLatency({
          latencySum: b.latencySum + t.latencySum,
          latencyCount: b.latencyCount + t.latencyCount,
        });
        if (b.latencyCount + t.latencyCount > 0) measures.report('answerSeconds', latency);
      }
    }
  });

  const speakerEyes = useMemo(
    () => (said: Said, out: { x: number; y: number; z: number }) =>
      eyesOf(people, party.partners[said.by]?.person ?? 0, out),
    [people, party],
  );
  const shownSaid = useMemo(() => () => clock.current.turns.said, []);

  return (
    <RawIntlProvider value={intl}>
      <color attach="background" args={['#d9e4ea']} />
      <hemisphereLight args={['#fff3e2', '#5a4636', 1.6]} />
      <directionalLight position={[6, 5, 2]} intensity={1.2} color="#fff6e6" />
      <Cafe place={place} cupRef={cup} />
      <Company
        party={party}
        people={people}
        place={place}
        attention={params.attention}
        hush={params.hush}
        clock={clock}
      />
      <Caption said={shownSaid} speakerEyes={speakerEyes} head={clock.current.head} />
    </RawIntlProvider>
  );
}
