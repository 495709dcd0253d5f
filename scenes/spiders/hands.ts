// The person's hands in a headset, as surfaces a spider can stand on: the back of a tracked hand
// (from its joints' positions alone, so no joint-axis convention is assumed), or the top of a
// controller. Read from three's XR frame each frame, in scene metres.
import type { Camera, WebGLRenderer } from 'three';
import { Matrix4, Vector3 } from 'three';
import { HAND_BACK, type Surface } from './layout';

export const newHandSurface = (): Surface => ({
  name: 'hand',
  origin: { x: 0, y: 0, z: 0 },
  u: { x: 1, y: 0, z: 0 },
  w: { x: 0, y: 0, z: -1 },
  normal: { x: 0, y: 1, z: 0 },
  minU: HAND_BACK.minU,
  maxU: HAND_BACK.maxU,
  minW: HAND_BACK.minW,
  maxW: HAND_BACK.maxW,
});

/** A controller's top is this far above its grip. */
const CONTROLLER_TOP = 0.035;

const origin = new Matrix4();
const pose = new Matrix4();
const a = new Vector3();
const b = new Vector3();
const c = new Vector3();
const d = new Vector3();
const uAxis = new Vector3();
const wAxis = new Vector3();
const nAxis = new Vector3();

function toWorld(p: DOMPointReadOnly, out: Vector3) {
  return out.set(p.x, p.y, p.z).applyMatrix4(origin);
}

function write(s: Surface, at: Vector3) {
  s.origin.x = at.x;
  s.origin.y = at.y;
  s.origin.z = at.z;
  s.u.x = uAxis.x;
  s.u.y = uAxis.y;
  s.u.z = uAxis.z;
  s.w.x = wAxis.x;
  s.w.y = wAxis.y;
  s.w.z = wAxis.z;
  s.normal.x = nAxis.x;
  s.normal.y = nAxis.y;
  s.normal.z = nAxis.z;
}

function handBack(frame: XRFrame, hand: XRHand, space: XRSpace, right: boolean, s: Surface) {
  const wrist = hand.get('wrist');
  const index = hand.get('index-finger-metacarpal');
  const pinky = hand.get('pinky-finger-metacarpal');
  const middle = hand.get('middle-finger-phalanx-proximal');
  const meta = hand.get('middle-finger-metacarpal');
  if (!wrist || !index || !pinky || !middle || !meta || !frame.getJointPose) return false;
  const pw = frame.getJointPose(wrist, space);
  const pi = frame.getJointPose(index, space);
  const pp = frame.getJointPose(pinky, space);
  const pm = frame.getJointPose(middle, space);
  const pc = frame.getJointPose(meta, space);
  if (!pw || !pi || !pp || !pm || !pc) return false;
  toWorld(pw.transform.position, a);
  toWorld(pm.transform.position, b);
  wAxis.subVectors(b, a).normalize();
  toWorld(pi.transform.position, c);
  toWorld(pp.transform.position, d);
  uAxis.subVectors(c, d);
  // Index minus little finger points thumb-wards: left on a right hand lying palm down. Turned to
  // point right on either hand, u × w is then the back of the hand's outward normal.
  if (right) uAxis.negate();
  nAxis.crossVectors(uAxis, wAxis).normalize();
  uAxis.crossVectors(wAxis, nAxis).normalize();
  toWorld(pc.transform.position, c);
  c.addScaledVector(nAxis, pc.radius ?? HAND_BACK.lift);
  write(s, c);
  return true;
}

function controllerTop(frame: XRFrame, grip: XRSpace, space: XRSpace, s: Surface) {
  const p = frame.getPose(grip, space);
  if (!p) return false;
  pose.fromArray(p.transform.matrix).premultiply(origin);
  // Level, along the controller's length: it is held more or less flat.
  wAxis.set(0, 0, -1).transformDirection(pose);
  wAxis.y = 0;
  if (wAxis.lengthSq() < 1e-6) wAxis.set(0, 0, -1);
  wAxis.normalize();
  nAxis.set(0, 1, 0);
  uAxis.crossVectors(wAxis, nAxis).normalize();
  a.setFromMatrixPosition(pose);
  a.y += CONTROLLER_TOP;
  write(s, a);
  return true;
}

/**
 * Fills `into` with the hands tracked this frame and returns how many: hands first by their
 * joints, controllers by their grips. `camera`'s parent is the headset's origin in the scene.
 */
export function readHands(gl: WebGLRenderer, camera: Camera, into: Surface[]): number {
  const frame = gl.xr.getFrame() as XRFrame | null;
  const space = gl.xr.getReferenceSpace();
  if (!gl.xr.isPresenting || !frame || !space) return 0;
  origin.identity();
  if (camera.parent) origin.copy(camera.parent.matrixWorld);
  let n = 0;
  for (const source of frame.session.inputSources) {
    const s = into[n];
    if (!s) break;
    const right = source.handedness === 'right';
    const ok = source.hand
      ? handBack(frame, source.hand, space, right, s)
      : source.gripSpace
        ? controllerTop(frame, source.gripSpace, space, s)
        : false;
    if (ok) n++;
  }
  return n;
}
