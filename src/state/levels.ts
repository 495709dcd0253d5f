// Changing the level during a session, the same from every control. Pure.

import type { SceneDefinition } from '../../scenes/types';
import { levelOf, levelWithOwnWords } from '../../scenes/types';
import type { SessionState } from '../domain/session/machine';
import type { SessionAction } from './session';

/** The intensity event for moving to `level`: its table values, keeping the person's own words. */
export function toLevel(scene: SceneDefinition, state: SessionState, level: number): SessionAction {
  return {
    type: 'intensity',
    level,
    params: levelWithOwnWords(scene.params, levelOf(scene, level).params, state.params),
    custom: false,
  };
}
