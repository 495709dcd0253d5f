import { useFrame, useThree } from '@react-three/fiber';
import { useXR, XROrigin } from '@react-three/xr';
import { useEffect, useRef } from 'react';
import {
  BackSide,
  type Group,
  type Mesh,
  type MeshBasicMaterial,
  Quaternion,
  Vector3,
} from 'three';
import { frameRateFor } from '../../domain/xr/comfort';
import { useXrUi } from '../../state/xrUi';

const local = new Quaternion();
const forward = new Vector3();

/**
 * The person's origin in the scene, shifted by recentring and raised for sitting. It also lets
 * the panels read the head pose in the headset's own space.
 */
export function XrRig() {
  const origin = useXrUi((s) => s.origin);
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const group = useRef<Group>(null);
  useEffect(() => {
    useXrUi.setState({
      readHead: () => {
        // The XR camera is a child of the origin, so its own pose is the tracked pose.
        local.copy(xrCamera.quaternion);
        forward.set(0, 0, -1).applyQuaternion(local);
        const { x, y, z } = xrCamera.position;
        return { x, y, z, yaw: Math.atan2(-forward.x, -forward.z) };
      },
    });
    return () => useXrUi.setState({ readHead: null });
  }, [xrCamera]);
  return (
    <XROrigin
      ref={group}
      position={[origin.x, origin.lift, origin.z]}
      rotation={[0, origin.yaw, 0]}
    />
  );
}

/** Asks a headset for 72 or 90 Hz while a heavy scene shows, rather than its highest rate. */
export function XrFrameRate({ heavy }: { heavy: boolean }) {
  const session = useXR((s) => s.session);
  useEffect(() => {
    if (!session) return;
    const rate = frameRateFor(
      session.supportedFrameRates ? Array.from(session.supportedFrameRates) : undefined,
      heavy,
    );
    // Some runtimes refuse a change mid-session; the scene still runs at the headset's rate.
    if (rate !== null) session.updateTargetFrameRate?.(rate).catch(() => {});
  }, [session, heavy]);
  return null;
}

/** How long the veil takes to close or open (s); with the swap between, a fade stays under a second. */
const VEIL_SECONDS = 0.3;
const eye = new Vector3();

/**
 * In a headset the page's own fade cannot be seen, so a dark sphere around the head closes and
 * opens instead: changes of scene and level fade through black rather than cut.
 */
export function XrVeil({ dark }: { dark: boolean }) {
  const inHeadset = useXR((s) => s.session !== undefined);
  const mesh = useRef<Mesh>(null);
  useFrame((state, delta) => {
    const m = mesh.current;
    if (!m) return;
    const material = m.material as MeshBasicMaterial;
    const target = dark ? 1 : 0;
    const step = delta / VEIL_SECONDS;
    material.opacity =
      material.opacity < target
        ? Math.min(target, material.opacity + step)
        : Math.max(target, material.opacity - step);
    m.visible = material.opacity > 0.001;
    state.camera.getWorldPosition(eye);
    m.position.copy(eye);
  });
  if (!inHeadset) return null;
  return (
    <mesh ref={mesh} name="xr-veil" renderOrder={1000} visible={false}>
      <sphereGeometry args={[0.4, 24, 16]} />
      <meshBasicMaterial
        color="#000000"
        side={BackSide}
        transparent
        opacity={0}
        depthTest={false}
        depthWrite={false}
      />
    </mesh>
  );
}
