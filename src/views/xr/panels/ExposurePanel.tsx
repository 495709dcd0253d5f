import { useEffect } from 'react';
import type { SceneDefinition } from '../../../../scenes/types';
import { levelOf } from '../../../../scenes/types';
import { PATTERN_IDS, patternName } from '../../../domain/pacer/patterns';
import type { SessionState } from '../../../domain/session/machine';
import { choosePattern } from '../../../state/pacer';
import { patternFor, usePacerSettings } from '../../../state/pacerSettings';
import { useXrUi } from '../../../state/xrUi';
import { useExposureControls } from '../../widgets/useExposureControls';
import { Note, PanelButton, Row, Title } from './parts';
import { RatingPanel } from './RatingPanel';
import { RestPanel } from './RestPanel';

/** The exposure's controls in the headset: the same rules as the page's, from one view model. */
export function ExposurePanel({ scene, state }: { scene: SceneDefinition; state: SessionState }) {
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
      <Title>{`Level ${level}: ${levelOf(scene, level).name}`}</Title>
      {paused && (
        <Note>
          {controls.pausedFor === 'hidden'
            ? 'Paused while the headset was off or in its menu.'
            : controls.pausedFor === 'rest'
              ? 'Resting in the calm place. The clock has stopped.'
              : 'Paused. The clock has stopped.'}
        </Note>
      )}
      {ratingOpen || promptOpen ? (
        <RatingPanel prompted={promptOpen} rate={controls.rate} skip={controls.skipPrompt} />
      ) : (
        <PanelButton
          name="open-rating"
          label="Rate my distress (A)"
          kind="primary"
          onClick={() => useXrUi.getState().openRating(true)}
        />
      )}
      <Row>
        <PanelButton
          name="level-down"
          label="Level -"
          disabled={!controls.canLevelDown}
          onClick={controls.levelDown}
        />
        <PanelButton
          name="level-up"
          label="Level +"
          disabled={!controls.canLevelUp}
          onClick={controls.levelUp}
        />
        <PanelButton
          name="pause"
          label={paused ? 'Resume' : 'Pause'}
          kind={paused ? 'primary' : 'secondary'}
          onClick={controls.pauseOrResume}
        />
      </Row>
      <Row>
        <PanelButton
          name="pacer"
          label={controls.pacerShown ? 'Hide pacer (X)' : 'Breathing pacer (X)'}
          onClick={controls.togglePacer}
        />
        <PanelButton name="pacer-pattern" label={patternName(pattern)} onClick={nextPattern} />
      </Row>
      {controls.restOffered && (
        <RestPanel take={controls.takeRest} dismiss={controls.dismissRest} />
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
        <PanelButton name="finish" label="Finish" onClick={controls.finish} />
        <PanelButton
          name="stop"
          label="Stop (or hold B)"
          kind="destructive"
          onClick={controls.stop}
        />
      </Row>
    </>
  );
}
