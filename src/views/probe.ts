// A window onto the live 3D view for the end-to-end tests and the bench. It exists only when a
// test page creates `window.__footholdProbe` before the app loads; a person's browser never has it.

import type { XRStore } from '@react-three/xr';
import type { Camera, Scene, WebGLRenderer } from 'three';

export interface FootholdProbe {
  renderer?: WebGLRenderer;
  scene?: Scene;
  camera?: Camera;
  xrStore?: XRStore;
  /** Set by a test before the app loads: scenes run their timelines this much faster. */
  timeScale?: number;
  /** The running session's store, for timing how long a rating takes to be committed. */
  session?: unknown;
  /** The update store, so a test can wait until the app knows of a new version. */
  update?: unknown;
  /** Milliseconds spent in useFrame callbacks (scene work), per recent frame. */
  frameWorkMs?: number[];
  /** React commits (both renderers), counted by the bench's DevTools hook when it installs one. */
  commits?: number;
  /** When each of those commits happened (performance.now()). */
  commitTimes?: number[];
  /**
   * Set by a test (any value, even undefined) before the app loads: stands in for the microphone
   * of a scene that listens, at this level (0-1).
   */
  voiceLevel?: number;
  /** Frames drawn since the view mounted, and how many of them in an XR session. */
  frames: number;
  xrFrames: number;
}

declare global {
  interface Window {
    __footholdProbe?: FootholdProbe;
  }
}

export function getProbe(): FootholdProbe | undefined {
  return typeof window === 'undefined' ? undefined : window.__footholdProbe;
}
