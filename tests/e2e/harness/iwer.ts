// Bundled into one classic script that runs before the app loads: an emulated Meta Quest 3 as the
// page's WebXR runtime, and the probe through which tests read the live view.
import { metaQuest3, XRDevice } from 'iwer';

const device = new XRDevice(metaQuest3);
device.installRuntime({ forceInstall: true });

type Point = { x: number; y: number; z: number };

declare global {
  interface Window {
    __iwer: XRDevice;
    /** Turns the emulated head to look at `to` from `from` (where it is, by default): yaw, then pitch. */
    __faceHead: (to: Point, from?: Point) => void;
  }
}

window.__iwer = device;
window.__faceHead = (to, from) => {
  const at = from ?? device.position;
  const dx = to.x - at.x;
  const dy = to.y - at.y;
  const dz = to.z - at.z;
  const yaw = Math.atan2(-dx, -dz);
  const pitch = Math.atan2(dy, Math.hypot(dx, dz));
  const [cy, sy, cx, sx] = [
    Math.cos(yaw / 2),
    Math.sin(yaw / 2),
    Math.cos(pitch / 2),
    Math.sin(pitch / 2),
  ];
  device.quaternion.set(cy * sx, sy * cx, -sy * sx, cy * cx);
};
