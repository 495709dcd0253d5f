import { type ReactNode, useState } from 'react';
import { useIntl } from 'react-intl';
import type { SceneDefinition } from '../../../scenes/types';
import { levelOf } from '../../../scenes/types';
import { defineMessages } from '../../domain/phrase';
import type { SessionState } from '../../domain/session/machine';
import { togglePacer } from '../../state/pacer';
import { sceneActions } from '../../state/sceneActions';
import { useSession } from '../../state/session';
import { ParamsPanel } from '../widgets/ParamsPanel';
import { useExposureControls } from '../widgets/useExposureControls';
import { EnterVrButton } from '../xr/EnterVrButton';
import { Elapsed } from './Elapsed';
import { RatingDock } from './RatingDock';

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
  pacer: {
    id: 'session.pacer',
    defaultMessage: 'Breathing pacer <kbd>B</kbd>',
    description: 'Shows or hides the breathing pacer; <kbd> is the key that does the same',
  },
});

const kbd = (key: ReactNode[]) => <kbd>{key}</kbd>;

/**
 * Everything a person can do during the exposure, by pointer or by key: the slim bar along the
 * top, the settings by hand, the pause and the folded rating dock.
 */
export function SessionControls({ scene, state }: { scene: SceneDefinition; state: SessionState }) {
  const record = useSession((s) => s.record);
  const intl = useIntl();
  const controls = useExposureControls(scene, state);
  const [adjusting, setAdjusting] = useState(false);
  const { level, paused } = controls;

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
        {scene.actions?.map((action) => (
          <button
            type="button"
            key={action.name}
            data-action={action.name}
            disabled={paused}
            onClick={() => sceneActions.take(action.name)}
          >
            {intl.formatMessage(action.label)} <kbd>{action.keyLabel}</kbd>
          </button>
        ))}
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
      <RatingDock scene={scene} state={state} controls={controls} />
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
