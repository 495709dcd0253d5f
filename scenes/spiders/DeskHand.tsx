import { useEffect, useMemo } from 'react';
import {
  type BufferGeometry,
  CapsuleGeometry,
  Color,
  CylinderGeometry,
  Float32BufferAttribute,
  MeshStandardMaterial,
  SphereGeometry,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { HAND_BACK, RESTING_HAND, TABLE } from './layout';

/** Knuckle offsets across the hand (right hand, palm down: the index finger on the left). */
const FINGERS = [
  { u: -0.026, length: 0.066 },
  { u: -0.009, length: 0.074 },
  { u: 0.009, length: 0.07 },
  { u: 0.025, length: 0.056 },
] as const;

const SKIN = new Color('#c08a68');
const SLEEVE = new Color('#3f5670');

function coloured(geometry: BufferGeometry, colour: Color): BufferGeometry {
  geometry.deleteAttribute('uv');
  const count = geometry.getAttribute('position').count;
  const colours = new Float32Array(count * 3);
  const linear = colour.clone().convertSRGBToLinear();
  for (let i = 0; i < count; i++) linear.toArray(colours, i * 3);
  geometry.setAttribute('color', new Float32BufferAttribute(colours, 3));
  return geometry;
}

/** A right hand in its own metres: x across, -z towards the fingertips, y 0 the table top. */
function handGeometry(): BufferGeometry {
  const pieces: BufferGeometry[] = [];
  const palm = new SphereGeometry(1, 20, 14);
  palm.scale(0.045, 0.011, 0.05);
  palm.translate(0, HAND_BACK.lift - 0.011, 0);
  pieces.push(coloured(palm, SKIN));
  for (const f of FINGERS) {
    const finger = new CapsuleGeometry(0.0075, f.length, 4, 10);
    finger.rotateX(Math.PI / 2 - 0.05);
    finger.translate(f.u, 0.008, -(0.036 + f.length / 2));
    pieces.push(coloured(finger, SKIN));
  }
  const thumb = new CapsuleGeometry(0.009, 0.045, 4, 10);
  thumb.rotateX(Math.PI / 2);
  thumb.rotateY(0.75);
  thumb.translate(-0.052, 0.009, -0.018);
  pieces.push(coloured(thumb, SKIN));
  const wrist = new CylinderGeometry(0.024, 0.027, 0.14, 16, 1);
  wrist.rotateX(Math.PI / 2 - 0.05);
  wrist.scale(1, 0.75, 1);
  wrist.translate(0, 0.02, 0.1);
  pieces.push(coloured(wrist, SKIN));
  // A sleeve from mid forearm towards the person: it reads as their own arm.
  const sleeve = new CylinderGeometry(0.034, 0.04, 0.3, 16, 1);
  sleeve.rotateX(Math.PI / 2 - 0.1);
  sleeve.translate(0, 0.034, 0.3);
  pieces.push(coloured(sleeve, SLEEVE));
  const merged = mergeGeometries(pieces);
  for (const piece of pieces) piece.dispose();
  return merged;
}

/**
 * On the desktop, a hand resting on the table in view for the spider to walk onto: the person's
 * hand stood in for, as in a headset their own tracked hand is used.
 */
export function DeskHand() {
  const made = useMemo(
    () => ({
      geometry: handGeometry(),
      material: new MeshStandardMaterial({ vertexColors: true, roughness: 0.75 }),
    }),
    [],
  );
  useEffect(
    () => () => {
      made.geometry.dispose();
      made.material.dispose();
    },
    [made],
  );
  return (
    <mesh
      name="resting-hand"
      geometry={made.geometry}
      material={made.material}
      position={[RESTING_HAND.x, TABLE.top, RESTING_HAND.z]}
      rotation-y={RESTING_HAND.yaw}
    />
  );
}
