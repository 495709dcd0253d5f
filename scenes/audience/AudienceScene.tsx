import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useIntl } from 'react-intl';
import { type Group, type Mesh, Vector3 } from 'three';
import { createPeople, mutualGaze } from '../common/people/people';
import type { SceneProps } from '../types';
import { defineMessages } from '../types';
import { Audience, type CrowdClock } from './Audience';
import { type RoomSound, startRoomSound } from './audio';
import { crowd, rooms } from './crowd';
import {
  distractionSchedule,
  planQuestion,
  planWalkOut,
  topicFor,
  type WalkerState,
  walkerAt,
} from './events';
import type { AudienceParams } from './levels';
import { eyeMeasures, newEyeTally, newVoiceTally, tallyEyes, tallyVoice } from './measures';
import { RoomShell } from './Room';
import { Lectern, QuestionCard, Spotlight } from './Stage';

const m = defineMessages({
  yourNotes: {
    id: 'scene.audience.yourNotes',
    defaultMessage: 'Your notes',
    description: "The heading of the speaker's card on the lectern, above their own notes",
  },
  yourTopic: {
    id: 'scene.audience.yourTopic',
    defaultMessage: 'Your topic',
    description: "The heading of the speaker's card on the lectern, above a topic to talk about",
  },
});

/** An hour of distractions is planned up front; a session rarely runs longer. */
const PLANNED_SECONDS = 3600;
const REPORT_SECONDS = 1;

/**
 * A room with an audience that reacts to the speaker: members look where the person stands,
 * behave by attitude, make distractions at the level's rate, and at the highest levels walk out or
 * ask a hard question. The person stands at the origin, behind a lectern, facing the room (-z).
 */
export default function AudienceScene({
  params,
  seed,
  measures,
  audio,
  timeScale = 1,
  voice: heard,
}: SceneProps<AudienceParams>) {
  const intl = useIntl();
  const {
    audienceSize,
    interested,
    bored,
    hostile,
    room,
    walkOut: wantsWalkOut,
    challengingQuestion,
  } = params;
  // Only who is there and where decides the crowd; other parameters never reseat it.
  const members = useMemo(
    () => crowd({ audienceSize, interested, bored, hostile, room }, seed),
    [audienceSize, interested, bored, hostile, room, seed],
  );
  const walkOut = useMemo(
    () => planWalkOut(wantsWalkOut, members, seed),
    [members, wantsWalkOut, seed],
  );
  const question = useMemo(
    () => planQuestion(challengingQuestion, members, seed),
    [members, challengingQuestion, seed],
  );
  const schedule = useMemo(
    () => distractionSchedule(seed, params.distractionsPerMinute, members.length, PLANNED_SECONDS),
    [seed, params.distractionsPerMinute, members.length],
  );
  const topic = useMemo(() => topicFor(seed), [seed]);

  const people = useMemo(
    () =>
      createPeople(
        members.map((m) => m.person),
        seed,
      ),
    [members, seed],
  );
  const clock = useRef<CrowdClock>({
    time: 0,
    now: 0,
    step: 0,
    restless: 0,
    speaker: new Vector3(0, 1.6, 0),
    looking: new Vector3(0, 0, -1),
    raisedHand: -1,
    startle: { at: Number.NEGATIVE_INFINITY, member: -1 },
  });
  // Events of a level count from when it began, so raising the level mid-talk still shows them.
  const epoch = useRef({ time: 0, plans: [walkOut, question, schedule] as unknown[] });
  const plans = [walkOut, question, schedule];
  if (plans.some((plan, i) => plan !== epoch.current.plans[i])) {
    epoch.current = { time: clock.current.time, plans };
  }

  const sound = useRef<RoomSound | null>(null);
  useEffect(() => {
    if (!audio) return;
    sound.current = startRoomSound(audio, seed);
    return () => {
      sound.current?.stop();
      sound.current = null;
    };
  }, [audio, seed]);

  // The session opens the microphone while `microphone` is on (index.ts's `listens`).
  const voice = useRef(heard ?? null);
  voice.current = heard ?? null;

  const eyes = useRef(newEyeTally(members.length));
  const lookedAtBefore = useRef(0);
  const mutualBefore = useRef({ seconds: 0, people: 0 });
  const counted = useRef(people);
  useLayoutEffect(() => {
    // A new crowd (a level change): keep what was counted, start counting its members afresh.
    const met = mutualGaze(counted.current);
    mutualBefore.current.seconds += met.seconds;
    mutualBefore.current.people += met.people;
    counted.current = people;
    lookedAtBefore.current += eyeMeasures(eyes.current).membersLookedAt;
    const previous = eyes.current;
    eyes.current = {
      ...newEyeTally(members.length),
      seconds: previous.seconds,
      atAudience: previous.atAudience,
      atNotes: previous.atNotes,
    };
  }, [members, people]);
  const voiceTally = useRef(newVoiceTally());
  const sinceReport = useRef(0);
  const head = useMemo(() => ({ position: new Vector3(), direction: new Vector3() }), []);
  const walker = useRef<Group>(null);
  const walking = useMemo<WalkerState>(
    () => ({ phase: 'seated', x: 0, z: 0, facing: 0, walked: 0 }),
    [],
  );
  // Who is still in the room for the eye tally: everyone but a walker who has stood up.
  const present = useRef({
    member: -1,
    since: 0,
    now: 0,
    test: (i: number) =>
      !(present.current.member === i && present.current.now > present.current.since),
  });
  const card = useRef<Mesh>(null);

  useFrame(({ camera }, dt) => {
    const c = clock.current;
    const before = c.time - epoch.current.time;
    c.step = dt * timeScale;
    c.time += c.step;
    const now = c.time - epoch.current.time;
    c.now = now;
    camera.getWorldPosition(head.position);
    camera.getWorldDirection(head.direction);
    c.speaker.copy(head.position);
    c.looking.copy(head.direction);

    for (const d of schedule) {
      if (d.at > now) break;
      if (d.at <= before) continue;
      const maker = members[d.member];
      if (maker) {
        sound.current?.play(d.kind, { x: maker.seat.x, y: maker.seat.y + 1.1, z: maker.seat.z });
        c.startle.at = now;
        c.startle.member = d.member;
      }
    }

    if (walkOut && walker.current) {
      const member = members[walkOut.member];
      const state = member ? walkerAt(walkOut, member, room, now, walking) : null;
      // The test hook's record, written in place: nothing is allocated per frame.
      const seen = walker.current.userData as { phase?: string; startsAt?: number; now?: number };
      seen.phase = state?.phase ?? 'seated';
      seen.startsAt = walkOut.startsAt;
      seen.now = now;
    }
    c.raisedHand = question && now >= question.raisedAt ? question.member : -1;
    if (card.current && question) {
      const asker = members[question.member];
      const shown = now >= question.raisedAt + 1.5 && asker !== undefined;
      card.current.visible = shown;
      if (asker && shown) {
        card.current.position.set(asker.seat.x, asker.seat.y + 2.1, asker.seat.z);
        card.current.lookAt(head.position);
      }
    }

    present.current.member = walkOut ? walkOut.member : -1;
    present.current.since = walkOut ? walkOut.startsAt : 0;
    present.current.now = now;
    tallyEyes(eyes.current, dt, head.position, head.direction, members, present.current.test);
    if (voice.current) {
      tallyVoice(voiceTally.current, dt, voice.current.level());
      c.restless = voiceTally.current.restless;
    }
    sinceReport.current += dt;
    if (sinceReport.current >= REPORT_SECONDS) {
      sinceReport.current = 0;
      const eye = eyeMeasures(eyes.current);
      measures.report('membersLookedAt', lookedAtBefore.current + eye.membersLookedAt);
      measures.report('audienceShare', eye.audienceShare);
      measures.report('notesShare', eye.notesShare);
      const met = mutualGaze(people);
      measures.report(
        'mutualGazeSeconds',
        Math.round((mutualBefore.current.seconds + met.seconds) * 10) / 10,
      );
      measures.report('mutualGazeMembers', mutualBefore.current.people + met.people);
      if (voice.current)
        measures.report('speakingSeconds', Math.round(voiceTally.current.speakingSeconds));
    }
  });

  const r = rooms[room];
  const dim = params.spotlight;
  return (
    <>
      <color attach="background" args={['#1a1c22']} />
      <hemisphereLight args={['#fff6e8', '#3a342c', dim ? 0.55 : 1.5]} />
      <directionalLight
        position={[2, r.height + 2, -r.depth / 2]}
        intensity={dim ? 0.4 : 1.3}
        color="#fff7ea"
      />
      <RoomShell room={room} members={members} />
      <Audience
        members={members}
        people={people}
        room={room}
        walkOut={walkOut}
        question={question}
        clock={clock}
      />
      <Lectern
        title={intl.formatMessage(params.notes.trim() ? m.yourNotes : m.yourTopic)}
        // The person's own notes are shown as they wrote them.
        text={params.notes.trim() || intl.formatMessage(topic)}
        minutes={params.speakingMinutes}
        clock={clock}
      />
      {dim && <Spotlight />}
      {walkOut && <group ref={walker} name="walker" />}
      {question && <QuestionCard question={intl.formatMessage(question.question)} cardRef={card} />}
    </>
  );
}
