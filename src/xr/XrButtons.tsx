import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { togglePacer } from '../pacer/actions';
import { bindingKey, pressedNow, XR_BUTTONS, type XrAction } from './buttons';

const ACTIONS: Record<XrAction, () => void> = {
  pacer: () => void togglePacer(),
};

/** Reads the controllers' buttons each XR frame and acts on a fresh press. */
export function XrButtons() {
  const down = useRef(new Map<string, boolean>());
  useFrame((state) => {
    const session = state.gl.xr.getSession();
    if (!session) return;
    for (const source of session.inputSources) {
      const buttons = source.gamepad?.buttons;
      if (!buttons) continue;
      for (const binding of XR_BUTTONS) {
        if (binding.handedness !== source.handedness) continue;
        const key = bindingKey(binding);
        const isDown = buttons[binding.index]?.pressed ?? false;
        if (pressedNow(down.current.get(key) ?? false, isDown)) ACTIONS[binding.action]();
        down.current.set(key, isDown);
      }
    }
  });
  return null;
}
