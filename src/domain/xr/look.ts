// Desktop look-around as plain numbers: yaw turns freely, pitch stops short of straight up or
// down, and there is never any roll, so the horizon stays level (a cybersickness rule).
export const MAX_PITCH = (85 * Math.PI) / 180;
/** Radians of turn per pixel dragged at look speed 1. */
export const RADIANS_PER_PIXEL = 0.0042;
/** One arrow-key press turns this far. */
export const KEY_TURN = (7.5 * Math.PI) / 180;

export interface Look {
  yaw: number;
  pitch: number;
}

export function turn(look: Look, dYaw: number, dPitch: number): Look {
  const yaw = look.yaw + dYaw;
  const pitch = Math.min(MAX_PITCH, Math.max(-MAX_PITCH, look.pitch + dPitch));
  return { yaw: Math.atan2(Math.sin(yaw), Math.cos(yaw)), pitch };
}

/** Dragging moves the scene with the pointer, as if grabbing it. */
export function dragLook(look: Look, dx: number, dy: number, speed: number): Look {
  return turn(look, dx * RADIANS_PER_PIXEL * speed, dy * RADIANS_PER_PIXEL * speed);
}

/**
 * Keys that turn the view. Where the scene has a floor to walk on, the up and down arrows step
 * instead (see stepDirection), and Page Up / Page Down tilt the view.
 */
export function keyLook(look: Look, key: string, canStep = false): Look | null {
  switch (key) {
    case 'ArrowLeft':
      return turn(look, KEY_TURN, 0);
    case 'ArrowRight':
      return turn(look, -KEY_TURN, 0);
    case 'PageUp':
      return turn(look, 0, KEY_TURN);
    case 'PageDown':
      return turn(look, 0, -KEY_TURN);
    case 'ArrowUp':
      return canStep ? null : turn(look, 0, KEY_TURN);
    case 'ArrowDown':
      return canStep ? null : turn(look, 0, -KEY_TURN);
    default:
      return null;
  }
}

/** One small step a key press: W or up steps forward, S or down back. */
export const STEP = 0.25;

export function stepDirection(code: string, canStep: boolean): 1 | -1 | 0 {
  if (!canStep) return 0;
  if (code === 'KeyW' || code === 'ArrowUp') return 1;
  if (code === 'KeyS' || code === 'ArrowDown') return -1;
  return 0;
}

/** The floor-plane move of a step where the view faces: level, whatever the pitch. */
export function stepVector(look: Look, direction: 1 | -1, size = STEP): { dx: number; dz: number } {
  return { dx: -Math.sin(look.yaw) * size * direction, dz: -Math.cos(look.yaw) * size * direction };
}
