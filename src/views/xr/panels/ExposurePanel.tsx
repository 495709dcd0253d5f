import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import type { SceneDefinition } from '../../../../scenes/types';
import { levelOf } from '../../../../scenes/types';
import { PATTERN_IDS, patternName } from '../../../domain/pacer/patterns';
import { defineMessages, say } from '../../../domain/phrase';
import type { SessionState } from '../../../domain/session/machine';
import { choosePattern } from '../../../state/pacer';
import { patternFor, usePacerSettings } from '../../../state/pacerSettings';
import { sceneActions } from '../../../state/sceneActions';
import { useXrUi } from '../../../state/xrUi';
import { useExposureControls } from '../../widgets/useExposureControls';
import { Note, PanelButton, Row, Title } from './parts';
import { RatingPanel } from './RatingPanel';
import { RestPanel } from './RestPanel';

const m = defineMessages({
  title: { id: 'xr.exposureTitle', defaultMessage: 'Level {level}: {name}' },
  paused: {
    id: 'xr.paused',
    defaultMessage:
      '{reason, select, hidden {Paused while the headset was off or in its menu.} rest {Resting in the calm place. The clock has stopped.} other {Paused. The clock has stopped.}}',
    description:
      'Why the session is paused: the headset was taken off, a rest, or the person paused it',
  },
  openRating: {
    id: 'xr.openRating',
    defaultMessage: 'Rate my distress (A)',
    description: "A is the controller's button that does the same: keep the letter",
  },
  levelDown: { id: 'xr.levelDown', defaultMessage: 'Level -', description: 'One level down' },
  levelUp: { id: 'xr.levelUp', defaultMessage: 'Level +', description: 'One level up' },
  pause: { id: 'xr.pause', defaultMessage: 'Pause' },
  resume: { id: 'xr.resume', defaultMessage: 'Resume' },
  showPacer: {
    id: 'xr.showPacer',
    defaultMessage: 'Breathing pacer (X)',
    description: "X is the controller's button that does the same: keep the letter",
  },
  hidePacer: {
    id: 'xr.hidePacer',
    defaultMessage: 'Hide pacer (X)',
    description: "X is the controller's button that does the same: keep the letter",
  },
  recentre: {
    id: 'xr.recentre',
    defaultMessage: 'Recentre',
    description: 'Puts the scene back in front of where the person faces now',
  },
  seated: { id: 'xr.seated', defaultMessage: 'I am seated' },
  standing: { id: 'xr.standing', defaultMessage: 'I am standing' },
  finish: {
    id: 'xr.finish',
    defaultMessage: 'Finish',
    description: 'Ends the exposure as planned (not an early stop)',
  },
  stop: {
    id: 'xr.stop',
    defaultMessage: 'Stop (or hold B)',
    description: "B is the controller's button that stops when held: keep the letter",
  },
});

/** The exposure's controls in the headset: the same rules as the page's, from one view model. */
export function ExposurePanel({ scene, state }: { scene: SceneDefinition; state: SessionState }) {
  const intl = useIntl();
  const controls = useExposureControls(scene, state);
  const ratingOpen = useXrUi((s) => s.ratingOpen);
  const seated = useXrUi((s) => s.seated);
  const pattern = usePacerSettings((s) => s.pattern);
  const custom = usePacerSettings((s) => s.custom);
  const { level, paused, promptOpen } = controls;

  // A prompt opens the rating panel by itself.
  useEffect(() => {
    if (promptOpen) useXrUi.getState().openRating(true);
  }, [promptOpen]);
  const nextPattern = () => {
    const at = PATTERN_IDS.indexOf(pattern.id);
    const id = PATTERN_IDS[(at + 1) % PATTERN_IDS.length] ?? 'resonance';
    choosePattern(patternFor(id, custom));
  };

  return (
    <>
      <Title>
        {intl.formatMessage(m.title, {
          level,
          name: intl.formatMessage(levelOf(scene, level).name),
        })}
      </Title>
      {paused && (
        <Note>{intl.formatMessage(m.paused, { reason: controls.pausedFor ?? 'person' })}</Note>
      )}
      {ratingOpen || promptOpen ? (
        <RatingPanel prompted={promptOpen} rate={controls.rate} skip={controls.skipPrompt} />
      ) : (
        <PanelButton
          name="open-rating"
          label={intl.formatMessage(m.openRating)}
          kind="primary"
          onClick={() => useXrUi.getState().openRating(true)}
        />
      )}
      {scene.actions && scene.actions.length > 0 && !paused && (
        <Row>
          {scene.actions.map((action) => (
            <PanelButton
              key={action.name}
              name={`action-${action.name}`}
              label={intl.formatMessage(action.label)}
              onClick={() => sceneActions.take(action.name)}
            />
          ))}
        </Row>
      )}
      <Row>
        <PanelButton
          name="level-down"
          label={intl.formatMessage(m.levelDown)}
          disabled={!controls.canLevelDown}
          onClick={controls.levelDown}
        />
        <PanelButton
          name="level-up"
          label={intl.formatMessage(m.levelUp)}
          disabled={!controls.canLevelUp}
          onClick={controls.levelUp}
        />
        <PanelButton
          name="pause"
          label={intl.formatMessage(paused ? m.resume : m.pause)}
          kind={paused ? 'primary' : 'secondary'}
          onClick={controls.pauseOrResume}
        />
      </Row>
      <Row>
        <PanelButton
          name="pacer"
          label={intl.formatMessage(controls.pacerShown ? m.hidePacer : m.showPacer)}
          onClick={controls.togglePacer}
        />
        <PanelButton
          name="pacer-pattern"
          label={say(intl, patternName(pattern))}
          onClick={nextPattern}
        />
      </Row>
      {controls.restOffered && (
        <RestPanel take={controls.takeRest} dismiss={controls.dismissRest} />
      )}
      <Row>
        <PanelButton
          name="recentre"
          label={intl.formatMessage(m.recentre)}
          onClick={() => useXrUi.getState().recentre()}
        />
        <PanelButton
          name="seated"
          label={intl.formatMessage(seated ? m.standing : m.seated)}
          onClick={() => useXrUi.getState().setSeated(!seated)}
        />
        <PanelButton name="finish" label={intl.formatMessage(m.finish)} onClick={controls.finish} />
        <PanelButton
          name="stop"
          label={intl.formatMessage(m.stop)}
          kind="destructive"
          onClick={controls.stop}
        />
      </Row>
    </>
  );
}
