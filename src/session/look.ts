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

export function keyLook(look: Look, key: string): Look | null {
  switch (key) {
    case 'ArrowLeft':
      return turn(look, KEY_TURN, 0);
    case 'ArrowRight':
      return turn(look, -KEY_TURN, 0);
    case 'ArrowUp':
      return turn(look, 0, KEY_TURN);
    case 'ArrowDown':
      return turn(look, 0, -KEY_TURN);
    default:
      return null;
  }
}
