import { useState } from 'react';
import type { SceneDefinition } from '../../../scenes/types';
import { levelOf } from '../../../scenes/types';
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

/** Everything a person can do during the exposure, by pointer or by key. */
export function SessionControls({ scene, state }: { scene: SceneDefinition; state: SessionState }) {
  const record = useSession((s) => s.record);
  const problem = useSession((s) => s.problem);
  const controls = useExposureControls(scene, state);
  const [suds, setSuds] = useState<number | null>(null);
  const [adjusting, setAdjusting] = useState(false);
  const { level, paused } = controls;
  const last = state.ratings.at(-1);

  return (
    <>
      <div className="session-bar" role="toolbar" aria-label="Session controls">
        <button type="button" className="stop" onClick={controls.stop}>
          Stop <kbd>Esc</kbd>
        </button>
        <h1
          className="session-title"
          title={`${scene.title} · level ${level}${state.custom ? ' (adjusted)' : ''}: ${levelOf(scene, level).name}`}
        >
          {scene.title} · level {level}
          {state.custom ? ' (adjusted)' : ''}: <span>{levelOf(scene, level).name}</span>
        </h1>
        <Elapsed state={state} />
        <div className="level-steps">
          <button
            type="button"
            aria-label="One level down"
            disabled={!controls.canLevelDown}
            onClick={controls.levelDown}
          >
            − <kbd>-</kbd>
          </button>
          <button
            type="button"
            aria-label="One level up"
            disabled={!controls.canLevelUp}
            onClick={controls.levelUp}
          >
            + <kbd>+</kbd>
          </button>
        </div>
        <button type="button" aria-expanded={adjusting} onClick={() => setAdjusting(!adjusting)}>
          Adjust
        </button>
        <button type="button" onClick={controls.pauseOrResume}>
          {paused ? 'Resume' : 'Pause'} <kbd>P</kbd>
        </button>
        <button type="button" onClick={controls.finish}>
          Finish
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
          <p>
            {controls.pausedFor === 'rest'
              ? 'Resting in the calm place. The clock has stopped.'
              : controls.pausedFor === 'hidden'
                ? 'Paused while the headset was off or in its menu. The clock has stopped.'
                : 'Paused. The clock has stopped.'}
          </p>
          <button type="button" className="primary" onClick={controls.resume}>
            Resume <kbd>P</kbd>
          </button>
        </div>
      )}
      <section className="rating-dock" aria-label="Rate your distress">
        <SaveStatus />
        {controls.restOffered && (
          <div className="prompt" role="status">
            <span>{REST_OFFER}</span>
            <button type="button" onClick={controls.takeRest}>
              Rest
            </button>
            <button type="button" onClick={controls.dismissRest}>
              Not now
            </button>
          </div>
        )}
        {controls.promptOpen && (
          <div className="prompt" role="status">
            <span>{PROMPT_QUESTION}</span>
            <button type="button" onClick={controls.skipPrompt}>
              Skip this one
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
          <SudsInput label="Distress now" value={suds} onChange={setSuds} showAnchors={false} />
          <button type="submit" className="primary" disabled={suds === null}>
            Rate
          </button>
        </form>
        <details className="hint">
          <summary>Keys</summary>
          <kbd>0</kbd>–<kbd>9</kbd> rate 0–90, <kbd>Shift</kbd>+digit adds 5 (<kbd>Shift</kbd>+
          <kbd>0</kbd> is 100) · drag or <kbd>←</kbd>/<kbd>→</kbd> look around
          {scene.standing ? (
            <>
              {' '}
              · <kbd>W</kbd>/<kbd>S</kbd> or <kbd>↑</kbd>/<kbd>↓</kbd> step · <kbd>Page Up</kbd>/
              <kbd>Page Down</kbd> look up and down
            </>
          ) : (
            <>
              {' '}
              · <kbd>↑</kbd>/<kbd>↓</kbd> look up and down
            </>
          )}{' '}
          · <kbd>B</kbd> breathing pacer · <kbd>P</kbd> pause · <kbd>+</kbd>/<kbd>-</kbd> level ·{' '}
          <kbd>Esc</kbd> stop
        </details>
        <SudsAnchors />
        <p className="last-rating" aria-live="polite">
          {last ? `Last rating: ${last.suds}.` : 'No rating yet.'} Ratings so far:{' '}
          {state.ratings.length}.
        </p>
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
      </section>
    </>
  );
}

/** Shows or hides the breathing pacer; pressed while it is shown. */
export function PacerButton({ shown }: { shown: boolean }) {
  return (
    <button type="button" aria-pressed={shown} onClick={() => togglePacer()}>
      Breathing pacer <kbd>B</kbd>
    </button>
  );
}
