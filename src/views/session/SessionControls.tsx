import { type ReactNode, useState } from 'react';
import { useIntl } from 'react-intl';
import type { SceneDefinition } from '../../../scenes/types';
import { levelOf } from '../../../scenes/types';
import { defineMessages, say } from '../../domain/phrase';
import { PROMPT_QUESTION, REST_OFFER } from '../../domain/session/controls';
import type { SessionState } from '../../domain/session/machine';
import { togglePacer } from '../../state/pacer';
import { useSession } from '../../state/session';
import { ParamsPanel } from '../widgets/ParamsPanel';
import { SudsAnchors, SudsInput } from '../widgets/SudsInput';
import { useExposureControls } from '../widgets/useExposureControls';
import { EnterVrButton } from '../xr/EnterVrButton';
import { Elapsed } from './Elapsed';
import { SaveStatus } from './SaveStatus';

const m = defineMessages({
  toolbar: { id: 'session.controls', defaultMessage: 'Session controls' },
  stop: {
    id: 'session.stop',
    defaultMessage: 'Stop <kbd>Esc</kbd>',
    description: 'Stops the exposure early; <kbd> is the key that does the same',
  },
  title: {
    id: 'session.title',
    defaultMessage: '{scene} · level {level}{adjusted, select, yes { (adjusted)} other {}}: {name}',
    description:
      'The running session: the scene, its level number and the level’s name; "adjusted" when the person changed the settings by hand',
  },
  levelDown: { id: 'session.levelDown', defaultMessage: 'One level down' },
  levelUp: { id: 'session.levelUp', defaultMessage: 'One level up' },
  adjust: {
    id: 'session.adjust',
    defaultMessage: 'Adjust',
    description: 'Opens the scene’s settings, to change them by hand',
  },
  pause: {
    id: 'session.pause',
    defaultMessage: 'Pause <kbd>P</kbd>',
    description: '<kbd> is the key that does the same',
  },
  resume: {
    id: 'session.resume',
    defaultMessage: 'Resume <kbd>P</kbd>',
    description: '<kbd> is the key that does the same',
  },
  finish: {
    id: 'session.finish',
    defaultMessage: 'Finish',
    description: 'Ends the exposure as planned (not an early stop)',
  },
  paused: {
    id: 'session.paused',
    defaultMessage:
      '{reason, select, rest {Resting in the calm place. The clock has stopped.} hidden {Paused while the headset was off or in its menu. The clock has stopped.} other {Paused. The clock has stopped.}}',
    description:
      'Why the session is paused: a rest, the headset was taken off, or the person paused it',
  },
  ratingDock: { id: 'session.ratingDock', defaultMessage: 'Rate your distress' },
  rest: {
    id: 'session.rest',
    defaultMessage: 'Rest',
    description: 'Takes a rest in the calm place; the clock stops',
  },
  notNow: {
    id: 'session.notNow',
    defaultMessage: 'Not now',
    description: 'Declines the offer of a rest',
  },
  skipPrompt: {
    id: 'session.skipPrompt',
    defaultMessage: 'Skip this one',
    description: 'Skips the rating asked for now',
  },
  distressNow: {
    id: 'session.distressNow',
    defaultMessage: 'Distress now',
    description: 'The label of a 0-100 rating of how distressed the person is at this moment',
  },
  rate: { id: 'session.rate', defaultMessage: 'Rate', description: 'Gives the rating chosen' },
  keys: { id: 'session.keys', defaultMessage: 'Keys', description: 'Keyboard keys' },
  keysHelp: {
    id: 'session.keysHelp',
    defaultMessage:
      '<kbd>0</kbd>–<kbd>9</kbd> rate 0–90, <kbd>Shift</kbd>+digit adds 5 (<kbd>Shift</kbd>+<kbd>0</kbd> is 100) · drag or <kbd>←</kbd>/<kbd>→</kbd> look around{standing, select, yes { · <kbd>W</kbd>/<kbd>S</kbd> or <kbd>↑</kbd>/<kbd>↓</kbd> step · <kbd>Page Up</kbd>/<kbd>Page Down</kbd> look up and down} other { · <kbd>↑</kbd>/<kbd>↓</kbd> look up and down}} · <kbd>B</kbd> breathing pacer · <kbd>P</kbd> pause · <kbd>+</kbd>/<kbd>-</kbd> level · <kbd>Esc</kbd> stop',
    description:
      'The keyboard during a session. Each <kbd> names a key: keep the letters (keys are found by their place on the keyboard), name Shift, Page Up, Page Down and Esc as keyboards in your language label them',
  },
  lastRating: {
    id: 'session.lastRating',
    defaultMessage:
      '{rated, select, yes {Last rating: {suds, number}.} other {No rating yet.}} Ratings so far: {count, number}.',
  },
  pacer: {
    id: 'session.pacer',
    defaultMessage: 'Breathing pacer <kbd>B</kbd>',
    description: 'Shows or hides the breathing pacer; <kbd> is the key that does the same',
  },
});

const kbd = (key: ReactNode[]) => <kbd>{key}</kbd>;

/** Everything a person can do during the exposure, by pointer or by key. */
export function SessionControls({ scene, state }: { scene: SceneDefinition; state: SessionState }) {
  const record = useSession((s) => s.record);
  const problem = useSession((s) => s.problem);
  const intl = useIntl();
  const controls = useExposureControls(scene, state);
  const [suds, setSuds] = useState<number | null>(null);
  const [adjusting, setAdjusting] = useState(false);
  const { level, paused } = controls;
  const last = state.ratings.at(-1);

  const sceneTitle = intl.formatMessage(scene.title);
  const levelName = intl.formatMessage(levelOf(scene, level).name);
  const title = { scene: sceneTitle, level, adjusted: state.custom ? 'yes' : 'no' };

  return (
    <>
      <div className="session-bar" role="toolbar" aria-label={intl.formatMessage(m.toolbar)}>
        <button type="button" className="stop" onClick={controls.stop}>
          {intl.formatMessage(m.stop, { kbd })}
        </button>
        <h1
          className="session-title"
          title={intl.formatMessage(m.title, { ...title, name: levelName })}
        >
          {intl.formatMessage(m.title, { ...title, name: <span>{levelName}</span> })}
        </h1>
        <Elapsed state={state} />
        <div className="level-steps">
          <button
            type="button"
            aria-label={intl.formatMessage(m.levelDown)}
            disabled={!controls.canLevelDown}
            onClick={controls.levelDown}
          >
            − <kbd>-</kbd>
          </button>
          <button
            type="button"
            aria-label={intl.formatMessage(m.levelUp)}
            disabled={!controls.canLevelUp}
            onClick={controls.levelUp}
          >
            + <kbd>+</kbd>
          </button>
        </div>
        <button type="button" aria-expanded={adjusting} onClick={() => setAdjusting(!adjusting)}>
          {intl.formatMessage(m.adjust)}
        </button>
        <button type="button" onClick={controls.pauseOrResume}>
          {intl.formatMessage(paused ? m.resume : m.pause, { kbd })}
        </button>
        <button type="button" onClick={controls.finish}>
          {intl.formatMessage(m.finish)}
        </button>
        <PacerButton shown={controls.pacerShown} />
        <EnterVrButton />
      </div>
      {adjusting && (
        <ParamsPanel
          specs={scene.params}
          values={state.params}
          onChange={(params) => record({ type: 'intensity', level, params, custom: true })}
        />
      )}
      {paused && (
        <div className="paused-overlay">
          <p>{intl.formatMessage(m.paused, { reason: controls.pausedFor ?? 'person' })}</p>
          <button type="button" className="primary" onClick={controls.resume}>
            {intl.formatMessage(m.resume, { kbd })}
          </button>
        </div>
      )}
      <section className="rating-dock" aria-label={intl.formatMessage(m.ratingDock)}>
        <SaveStatus />
        {controls.restOffered && (
          <div className="prompt" role="status">
            <span>{say(intl, REST_OFFER)}</span>
            <button type="button" onClick={controls.takeRest}>
              {intl.formatMessage(m.rest)}
            </button>
            <button type="button" onClick={controls.dismissRest}>
              {intl.formatMessage(m.notNow)}
            </button>
          </div>
        )}
        {controls.promptOpen && (
          <div className="prompt" role="status">
            <span>{say(intl, PROMPT_QUESTION)}</span>
            <button type="button" onClick={controls.skipPrompt}>
              {intl.formatMessage(m.skipPrompt)}
            </button>
          </div>
        )}
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (suds !== null && controls.rate(suds)) setSuds(null);
          }}
        >
          <SudsInput
            label={intl.formatMessage(m.distressNow)}
            value={suds}
            onChange={setSuds}
            showAnchors={false}
          />
          <button type="submit" className="primary" disabled={suds === null}>
            {intl.formatMessage(m.rate)}
          </button>
        </form>
        <details className="hint">
          <summary>{intl.formatMessage(m.keys)}</summary>
          {intl.formatMessage(m.keysHelp, { kbd, standing: scene.standing ? 'yes' : 'no' })}
        </details>
        <SudsAnchors />
        <p className="last-rating" aria-live="polite">
          {intl.formatMessage(m.lastRating, {
            rated: last ? 'yes' : 'no',
            suds: last?.suds ?? 0,
            count: state.ratings.length,
          })}
        </p>
        {problem && (
          <p role="alert" className="error">
            {say(intl, problem)}
          </p>
        )}
      </section>
    </>
  );
}

/** Shows or hides the breathing pacer; pressed while it is shown. */
export function PacerButton({ shown }: { shown: boolean }) {
  const intl = useIntl();
  return (
    <button type="button" aria-pressed={shown} onClick={() => togglePacer()}>
      {intl.formatMessage(m.pacer, { kbd })}
    </button>
  );
}
