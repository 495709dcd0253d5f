// The session's controls inside the headset, as uikit panels: loaded only on entering VR, so a
// desktop session never downloads them. They act through the same session store as the page.
import { useFrame } from '@react-three/fiber';
import { Container, Text } from '@react-three/uikit';
import { Button, Slider } from '@react-three/uikit-default';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { Group, Object3D } from 'three';
import type { SceneDefinition } from '../../../../scenes/types';
import { levelOf } from '../../../../scenes/types';
import { PATTERN_IDS, patternName } from '../../../domain/pacer/patterns';
import type { BeforeAnswers } from '../../../domain/session/events';
import type { SessionState } from '../../../domain/session/machine';
import {
  SUDS_MAX,
  SUDS_MIN,
  SUDS_STEP,
  sudsAnchors,
  sudsWords,
} from '../../../domain/session/suds';
import { summarize } from '../../../domain/session/summary';
import { type Stick, stickAtRest, stickStep } from '../../../domain/xr/buttons';
import type { Place } from '../../../domain/xr/follow';
import { toLevel } from '../../../state/levels';
import { choosePattern, togglePacer } from '../../../state/pacer';
import { patternFor, usePacerSettings } from '../../../state/pacerSettings';
import { useSession } from '../../../state/session';
import { useXrUi } from '../../../state/xrUi';
import { useRestDue } from '../../widgets/useRestDue';
import { xrStore } from '../store';
import { useHeadFollow } from '../useHeadFollow';

/** The panels' one font, served from this origin (written by `npm run xr-font`). */
const FONT = { inter: { medium: new URL('fonts/inter-medium.json', document.baseURI).href } };

/** Below eye line and to the right: the pacer has the left, the scene keeps the centre. */
const PANEL_PLACE: Place = {
  distance: 0.8,
  below: (24 * Math.PI) / 180,
  left: (-16 * Math.PI) / 180,
};

const COLORS = {
  panel: '#141a2c',
  text: '#e9ecf5',
  muted: '#aab3cc',
  accent: '#f0a070',
};

export interface XrPanelsProps {
  scene: SceneDefinition;
  startLevel: number;
  start(before: BeforeAnswers): string | null;
}

export default function XrPanels(props: XrPanelsProps) {
  const group = useRef<Group>(null);
  useHeadFollow(group, PANEL_PLACE);
  const session = useSession((s) => s.session);
  const problem = useSession((s) => s.problem);
  return (
    <group ref={group} name="xr-panels">
      <Container
        pixelSize={0.0013}
        fontFamilies={FONT}
        fontFamily="inter"
        width={460}
        flexDirection="column"
        gap={12}
        padding={20}
        backgroundColor={COLORS.panel}
        borderRadius={20}
      >
        {!session ? (
          <BeforePanel {...props} />
        ) : session.phase === 'running' || session.phase === 'paused' ? (
          <ExposurePanel scene={props.scene} state={session} />
        ) : session.phase === 'after' ? (
          <AfterPanel state={session} />
        ) : (
          <EndedPanel state={session} />
        )}
        {problem && (
          <Text fontSize={16} color={COLORS.accent}>
            {plain(problem)}
          </Text>
        )}
      </Container>
    </group>
  );
}

/** The panels' font has ASCII only: dashes and quotes become their plain forms. */
function plain(text: string): string {
  return text
    .replace(/[–—]/g, '-')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/…/g, '...');
}

/** Names the button's object, so tests and the bench can find it in the scene. */
const named = (name: string) => (object: Object3D | null) => {
  if (object) object.name = name;
};

function PanelButton({
  name,
  label,
  onClick,
  variant = 'secondary',
  disabled = false,
}: {
  name: string;
  label: string;
  onClick: () => void;
  variant?: 'default' | 'secondary' | 'destructive' | 'outline';
  disabled?: boolean;
}) {
  return (
    <Button ref={named(name)} variant={variant} size="lg" disabled={disabled} onClick={onClick}>
      <Text>{label}</Text>
    </Button>
  );
}

function Row({ children }: { children: ReactNode }) {
  return (
    <Container flexDirection="row" flexWrap="wrap" gap={8} alignItems="center">
      {children}
    </Container>
  );
}

function Title({ children }: { children: string }) {
  return (
    <Text fontSize={24} color={COLORS.text}>
      {plain(children)}
    </Text>
  );
}

function Note({ children }: { children: string }) {
  return (
    <Text fontSize={16} color={COLORS.muted}>
      {plain(children)}
    </Text>
  );
}

const clampSuds = (n: number) => Math.min(SUDS_MAX, Math.max(SUDS_MIN, n));

/** A SUDS (or percentage) picker: -5 / slider / +5, the value and its anchor words. */
function Picker({
  name,
  label,
  value,
  onChange,
  words = true,
}: {
  name: string;
  label: string;
  value: number | null;
  onChange: (value: number) => void;
  words?: boolean;
}) {
  const shown = value === null ? 'not chosen' : `${value}${words ? `: ${sudsWords(value)}` : ' %'}`;
  return (
    <Container flexDirection="column" gap={6}>
      <Text fontSize={18} color={COLORS.text}>
        {`${label}: ${shown}`}
      </Text>
      <Row>
        <PanelButton
          name={`${name}-down`}
          label="-5"
          onClick={() => onChange(clampSuds((value ?? 5) - SUDS_STEP))}
        />
        <Slider
          ref={named(`${name}-slider`)}
          width={220}
          min={SUDS_MIN}
          max={SUDS_MAX}
          step={SUDS_STEP}
          value={value ?? 0}
          onValueChange={(v: number) => onChange(clampSuds(v))}
        />
        <PanelButton
          name={`${name}-up`}
          label="+5"
          onClick={() => onChange(clampSuds((value ?? -5) + SUDS_STEP))}
        />
      </Row>
    </Container>
  );
}

const ANCHORS = sudsAnchors.map((a) => `${a.from}-${a.to} ${a.words}`).join('   ');

function BeforePanel({ scene, startLevel, start }: XrPanelsProps) {
  const [now, setNow] = useState<number | null>(null);
  const [expected, setExpected] = useState<number | null>(null);
  return (
    <>
      <Title>{`${scene.title}, level ${startLevel}: ${levelOf(scene, startLevel).name}`}</Title>
      <Picker name="before-now" label="Distress now" value={now} onChange={setNow} />
      <Picker
        name="before-expected"
        label="Expected at the worst moment"
        value={expected}
        onChange={setExpected}
      />
      <Note>{ANCHORS}</Note>
      <Note>What you fear, in your words, can be added on the screen.</Note>
      <PanelButton
        name="before-start"
        label="Start the session"
        variant="default"
        disabled={now === null || expected === null}
        onClick={() => {
          if (now !== null && expected !== null) start({ sudsNow: now, sudsExpected: expected });
        }}
      />
    </>
  );
}

function ExposurePanel({ scene, state }: { scene: SceneDefinition; state: SessionState }) {
  const record = useSession((s) => s.record);
  const promptOpen = useSession((s) => s.promptOpen);
  const ratingOpen = useXrUi((s) => s.ratingOpen);
  const seated = useXrUi((s) => s.seated);
  const pattern = usePacerSettings((s) => s.pattern);
  const custom = usePacerSettings((s) => s.custom);
  const [restDismissed, setRestDismissed] = useState(false);
  const resting = useRestDue();
  const paused = state.phase === 'paused';
  const level = state.level;

  // A prompt opens the rating panel by itself.
  useEffect(() => {
    if (promptOpen) useXrUi.getState().openRating(true);
  }, [promptOpen]);
  const changeLevel = (next: number) => record(toLevel(scene, state, next));
  const nextPattern = () => {
    const at = PATTERN_IDS.indexOf(pattern.id);
    const id = PATTERN_IDS[(at + 1) % PATTERN_IDS.length] ?? 'resonance';
    choosePattern(patternFor(id, custom));
  };

  return (
    <>
      <Title>{`Level ${level}: ${levelOf(scene, level).name}`}</Title>
      {paused && (
        <Note>
          {state.pausedFor === 'hidden'
            ? 'Paused while the headset was off or in its menu.'
            : state.pausedFor === 'rest'
              ? 'Resting in the calm place. The clock has stopped.'
              : 'Paused. The clock has stopped.'}
        </Note>
      )}
      {ratingOpen || promptOpen ? (
        <RatingPanel prompted={promptOpen} />
      ) : (
        <PanelButton
          name="open-rating"
          label="Rate my distress (A)"
          variant="default"
          onClick={() => useXrUi.getState().openRating(true)}
        />
      )}
      <Row>
        <PanelButton
          name="level-down"
          label="Level -"
          disabled={level <= 1}
          onClick={() => changeLevel(level - 1)}
        />
        <PanelButton
          name="level-up"
          label="Level +"
          disabled={level >= 10}
          onClick={() => changeLevel(level + 1)}
        />
        <PanelButton
          name="pause"
          label={paused ? 'Resume' : 'Pause'}
          variant={paused ? 'default' : 'secondary'}
          onClick={() => record(paused ? { type: 'resume' } : { type: 'pause', reason: 'person' })}
        />
      </Row>
      <Row>
        <PanelButton
          name="pacer"
          label={state.pacer ? 'Hide pacer (X)' : 'Breathing pacer (X)'}
          onClick={() => togglePacer()}
        />
        <PanelButton name="pacer-pattern" label={patternName(pattern)} onClick={nextPattern} />
      </Row>
      {resting && !restDismissed && (
        <>
          <Note>You have been at it for 30 minutes. A rest in the calm place?</Note>
          <Row>
            <PanelButton
              name="rest"
              label="Rest"
              onClick={() => record({ type: 'pause', reason: 'rest' })}
            />
            <PanelButton name="rest-later" label="Not now" onClick={() => setRestDismissed(true)} />
          </Row>
        </>
      )}
      <Row>
        <PanelButton
          name="recentre"
          label="Recentre"
          onClick={() => useXrUi.getState().recentre()}
        />
        <PanelButton
          name="seated"
          label={seated ? 'I am standing' : 'I am seated'}
          onClick={() => useXrUi.getState().setSeated(!seated)}
        />
        <PanelButton
          name="finish"
          label="Finish"
          onClick={() => record({ type: 'stop', early: false, via: 'finish-button' })}
        />
        <PanelButton
          name="stop"
          label="Stop (or hold B)"
          variant="destructive"
          onClick={() => record({ type: 'stop', early: true, via: 'stop-button' })}
        />
      </Row>
    </>
  );
}

/** The rating: the slider moves with the pointer, -5/+5, or either thumbstick. */
function RatingPanel({ prompted }: { prompted: boolean }) {
  const record = useSession((s) => s.record);
  const [suds, setSuds] = useState<number | null>(null);
  const value = useRef<number | null>(null);
  value.current = suds;
  const sticks = useRef(new Map<XRHandedness, Stick>());
  useFrame((state) => {
    const session = state.gl.xr.getSession();
    if (!session) return;
    const now = performance.now();
    for (const source of session.inputSources) {
      // xr-standard: the thumbstick's x is the third axis.
      const x = source.gamepad?.axes[2] ?? 0;
      const { stick, step } = stickStep(
        sticks.current.get(source.handedness) ?? stickAtRest,
        x,
        now,
      );
      sticks.current.set(source.handedness, stick);
      if (step !== 0)
        setSuds(clampSuds((value.current ?? 50 - step * SUDS_STEP) + step * SUDS_STEP));
    }
  });
  const rate = () => {
    if (suds === null) return;
    if (record({ type: 'suds', suds, prompted: false }) === null) {
      setSuds(null);
      useXrUi.getState().openRating(false);
    }
  };
  return (
    <Container
      flexDirection="column"
      gap={8}
      padding={10}
      borderRadius={14}
      backgroundColor="#1d2540"
    >
      {prompted && <Note>Time for a rating: how distressed are you now?</Note>}
      <Picker name="rating" label="Distress now" value={suds} onChange={setSuds} />
      <Note>{ANCHORS}</Note>
      <Row>
        <PanelButton
          name="rating-confirm"
          label={suds === null ? 'Rate' : `Rate ${suds}`}
          variant="default"
          disabled={suds === null}
          onClick={rate}
        />
        {prompted ? (
          <PanelButton
            name="rating-skip"
            label="Skip this one"
            onClick={() => {
              record({ type: 'prompt-skipped', missed: false });
              useXrUi.getState().openRating(false);
            }}
          />
        ) : (
          <PanelButton
            name="rating-close"
            label="Close"
            onClick={() => useXrUi.getState().openRating(false)}
          />
        )}
      </Row>
    </Container>
  );
}

function AfterPanel({ state }: { state: SessionState }) {
  const record = useSession((s) => s.record);
  const [ending, setEnding] = useState(false);
  const [end, setEnd] = useState<number | null>(null);
  const [happened, setHappened] = useState<boolean | null>(null);
  const [likelihood, setLikelihood] = useState<number | null>(null);
  if (!ending) {
    return (
      <>
        <Title>You stopped. You are safe here.</Title>
        <Note>End the session with a few questions, or go back to the exposure.</Note>
        <Row>
          <PanelButton
            name="end-session"
            label="End the session"
            variant="default"
            onClick={() => setEnding(true)}
          />
          <PanelButton
            name="continue"
            label="Continue"
            onClick={() => record({ type: 'continue' })}
          />
        </Row>
      </>
    );
  }
  const feared = state.before.fearedOutcome !== undefined;
  return (
    <>
      <Title>After the session</Title>
      <Picker name="after-end" label="Distress now" value={end} onChange={setEnd} />
      {feared && (
        <>
          <Note>{`Did it happen: "${state.before.fearedOutcome ?? ''}"?`}</Note>
          <Row>
            <PanelButton
              name="happened-yes"
              label={happened === true ? 'Yes (chosen)' : 'Yes'}
              onClick={() => setHappened(true)}
            />
            <PanelButton
              name="happened-no"
              label={happened === false ? 'No (chosen)' : 'No'}
              onClick={() => setHappened(false)}
            />
          </Row>
          <Picker
            name="after-likelihood"
            label="How likely it feels now"
            value={likelihood}
            onChange={setLikelihood}
            words={false}
          />
        </>
      )}
      <Note>What you learned can be added on the screen.</Note>
      <PanelButton
        name="after-save"
        label="Save"
        variant="default"
        disabled={end === null}
        onClick={() => {
          if (end === null) return;
          record({
            type: 'end',
            after: {
              sudsEnd: end,
              ...(happened !== null ? { outcomeHappened: happened } : {}),
              ...(likelihood !== null ? { likelihoodNow: likelihood } : {}),
            },
          });
        }}
      />
    </>
  );
}

function EndedPanel({ state }: { state: SessionState }) {
  const summary = summarize(state, Date.now());
  return (
    <>
      <Title>Session saved</Title>
      <Note>
        {state.ratings.length === 0
          ? 'No ratings were given during the session.'
          : `Peak distress ${summary.peak}, at the end ${state.after?.sudsEnd ?? '-'}.`}
      </Note>
      <PanelButton
        name="exit-vr"
        label="Exit VR"
        variant="default"
        onClick={() => void xrStore.getState().session?.end()}
      />
    </>
  );
}
