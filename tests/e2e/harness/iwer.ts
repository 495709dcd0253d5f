// Bundled into one classic script that runs before the app loads: an emulated Meta Quest 3 as the
// page's WebXR runtime, and the probe through which tests read the live view.
import { metaQuest3, XRDevice } from 'iwer';

const device = new XRDevice(metaQuest3);
device.installRuntime({ forceInstall: true });

declare global {
  interface Window {
    __iwer: XRDevice;
  }
}

window.__iwer = device;
