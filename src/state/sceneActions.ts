// The running scene's actions ("I answered"): the session bar, the headset panel and the keys
// take them here, and the scene hears them through SceneProps.actions. Not logged.
import type { SceneActions } from '../../scenes/types';

const listeners = new Map<string, Set<() => void>>();

export const sceneActions: SceneActions & { take(name: string): void } = {
  on(name, handler) {
    const set = listeners.get(name) ?? new Set();
    set.add(handler);
    listeners.set(name, set);
    return () => {
      set.delete(handler);
    };
  },
  take(name) {
    for (const handler of listeners.get(name) ?? []) handler();
  },
};
