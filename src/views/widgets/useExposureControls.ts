import { useState } from 'react';
import type { SceneDefinition } from '../../../scenes/types';
import {
  type ExposureControls,
  exposureControls,
  FINISH,
  levelStep,
  pauseOrResume,
  RESUME,
  rating,
  SKIP_PROMPT,
  stopEarly,
  TAKE_REST,
} from '../../domain/session/controls';
import type { SessionState } from '../../domain/session/machine';
import { toLevel } from '../../state/levels';
import { togglePacer } from '../../state/pacer';
import { useSession } from '../../state/session';
import { useRestDue } from './useRestDue';

export interface ExposureControlsView extends ExposureControls {
  levelDown(): void;
  levelUp(): void;
  pauseOrResume(): void;
  resume(): void;
  togglePacer(): void;
  takeRest(): void;
  /** Puts the rest off: not offered again by this control. */
  dismissRest(): void;
  /** Gives a rating; true when it was taken. */
  rate(suds: number): boolean;
  skipPrompt(): void;
  stop(): void;
  finish(): void;
}

/**
 * The exposure's controls, for the page and for the headset's panel alike: what they show and
 * what each one does, from the pure rules in domain/session/controls.
 */
export function useExposureControls(
  scene: SceneDefinition,
  state: SessionState,
): ExposureControlsView {
  const record = useSession((s) => s.record);
  const promptOpen = useSession((s) => s.promptOpen);
  const restDue = useRestDue();
  const [restDismissed, setRestDismissed] = useState(false);
  const toStep = (step: -1 | 1) => {
    const level = levelStep(state, step);
    if (level !== null) record(toLevel(scene, state, level));
  };
  return {
    ...exposureControls(state, { promptOpen, restDue, restDismissed }),
    levelDown: () => toStep(-1),
    levelUp: () => toStep(1),
    pauseOrResume: () => void record(pauseOrResume(state)),
    resume: () => void record(RESUME),
    togglePacer: () => void togglePacer(),
    takeRest: () => void record(TAKE_REST),
    dismissRest: () => setRestDismissed(true),
    rate: (suds) => record(rating(suds)) === null,
    skipPrompt: () => void record(SKIP_PROMPT),
    stop: () => void record(stopEarly('stop-button')),
    finish: () => void record(FINISH),
  };
}
