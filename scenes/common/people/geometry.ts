// The shapes every person is drawn from, built once and shared by all: a head with a nose, brow
// ridge, cheeks and jaw (its undeformed sphere kept as `facePoint`, where the face shader draws),
// the hair styles, a torso, limbs, hands and shoes. Sized for a person 1.75 m tall; each instance
// is scaled to the person.
import {
  BoxGeometry,
  type BufferGeometry,
  CylinderGeometry,
  Float32BufferAttribute,
  SphereGeometry,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { headRadius } from './body';
import type { HairStyle } from './population';

/** The head's half height for the reference person; the width is 0.78 of it, the depth 0.9. */
export const HEAD = headRadius(1.75);
export const HEAD_WIDTH = 0.78;
export const HEAD_DEPTH = 0.9;

const bump = (dx: number, dy: number, sx: number, sy: number) =>
  Math.exp(-((dx / sx) ** 2 + (dy / sy) ** 2));

/** The head, with the neck below it, facing +z. */
export function headGeometry(): BufferGeometry {
  const head = new SphereGeometry(1, 20, 14);
  const position = head.getAttribute('position');
  const unit = new Float32Array(position.array as ArrayLike<number>);
  for (let v = 0; v < position.count; v++) {
    const x = unit[v * 3] ?? 0;
    const y = unit[v * 3 + 1] ?? 0;
    const z = unit[v * 3 + 2] ?? 0;
    const front = Math.max(0, z);
    // Forward: the nose, the brow ridge and the cheekbones; back: the eye sockets.
    const out =
      0.2 * bump(x, y + 0.1, 0.11, 0.2) * front ** 4 +
      0.05 * bump(x * 0.5, y - 0.24, 0.3, 0.07) * front ** 2 +
      0.04 * (bump(x - 0.42, y + 0.12, 0.14, 0.12) + bump(x + 0.42, y + 0.12, 0.14, 0.12)) * front -
      0.04 * (bump(x - 0.33, y - 0.08, 0.13, 0.08) + bump(x + 0.33, y - 0.08, 0.13, 0.08)) * front;
    // The jaw narrows to the chin; the back of the skull is fuller.
    const jaw = y < -0.25 ? 1 - 0.28 * (-y - 0.25) : 1;
    const r = 1 + out;
    position.setXYZ(
      v,
      x * r * jaw * HEAD * HEAD_WIDTH,
      y * r * HEAD,
      z * r * (z < 0 ? 1.04 : 1) * HEAD * HEAD_DEPTH,
    );
  }
  head.setAttribute('facePoint', new Float32BufferAttribute(unit, 3));
  head.computeVertexNormals();
  const neck = new CylinderGeometry(0.048, 0.055, 0.14, 10, 1, true).translate(
    0,
    -HEAD * 0.95,
    -0.01,
  );
  const neckCount = neck.getAttribute('position').count;
  // The neck has no face.
  neck.setAttribute(
    'facePoint',
    new Float32BufferAttribute(new Float32Array(neckCount * 3).fill(-1), 3),
  );
  neck.deleteAttribute('uv');
  head.deleteAttribute('uv');
  return mergeGeometries([head, neck]) as BufferGeometry;
}

/** A cap of hair over the top of the head, its hairline above the forehead. */
function cap(scale: number, down: number): BufferGeometry {
  const g = new SphereGeometry(1, 16, 7, 0, Math.PI * 2, 0, Math.PI * down);
  const p = g.getAttribute('position');
  for (let v = 0; v < p.count; v++) {
    const x = p.getX(v);
    let y = p.getY(v);
    const z = p.getZ(v);
    // The hairline: over the forehead the hair stops higher than at the sides.
    if (z > 0.2) y = Math.max(y, 0.3 + 0.25 * z - 0.2 * Math.abs(x));
    p.setXYZ(
      v,
      x * HEAD * HEAD_WIDTH * scale,
      y * HEAD * scale + 0.006,
      z * HEAD * HEAD_DEPTH * scale - 0.006,
    );
  }
  g.computeVertexNormals();
  g.deleteAttribute('uv');
  return g;
}

/** Each hair style's shape, or null for a bald head. */
export function hairGeometry(style: HairStyle): BufferGeometry | null {
  if (style === 'bald') return null;
  if (style === 'short') return cap(1.07, 0.56);
  if (style === 'long') {
    // Down the back to the shoulders, open at the front.
    const fall = new CylinderGeometry(
      HEAD * 0.74,
      HEAD * 0.86,
      HEAD * 2.1,
      14,
      1,
      true,
      Math.PI * 0.62,
      Math.PI * 1.76,
    )
      .scale(1, 1, 0.85)
      .translate(0, -HEAD * 0.55, -0.012);
    fall.deleteAttribute('uv');
    return mergeGeometries([cap(1.08, 0.6), fall]) as BufferGeometry;
  }
  if (style === 'tied') {
    const bun = new SphereGeometry(HEAD * 0.38, 10, 8).translate(0, HEAD * 0.35, -HEAD * 1.0);
    bun.deleteAttribute('uv');
    return mergeGeometries([cap(1.06, 0.58), bun]) as BufferGeometry;
  }
  // A head covering: over the hair, the ears and under the chin, the face open, over the neck.
  const wrap = new SphereGeometry(1, 16, 12);
  const p = wrap.getAttribute('position');
  for (let v = 0; v < p.count; v++) {
    const x = p.getX(v);
    const y = p.getY(v);
    const z = p.getZ(v);
    // The face's oval stays open: its vertices fold back inside the head, which hides them.
    const inFace = z > 0 && (x / 0.62) ** 2 + ((y + 0.08) / 0.72) ** 2 < 1;
    const r = inFace ? 0.6 : y < -0.5 ? 1.08 : 1.12;
    p.setXYZ(v, x * r * HEAD * HEAD_WIDTH, y * r * HEAD + 0.004, z * r * HEAD * HEAD_DEPTH);
  }
  wrap.computeVertexNormals();
  const drape = new CylinderGeometry(HEAD * 0.75, HEAD * 1.35, HEAD * 0.9, 16, 1, true).translate(
    0,
    -HEAD * 1.25,
    -0.01,
  );
  wrap.deleteAttribute('uv');
  drape.deleteAttribute('uv');
  return mergeGeometries([wrap, drape]) as BufferGeometry;
}

/** The torso from the hips (y 0) to the base of the neck (y 1), scaled by the torso's length. */
export function torsoGeometry(): BufferGeometry {
  const g = new CylinderGeometry(0.175, 0.15, 1, 12, 6).translate(0, 0.5, 0);
  const p = g.getAttribute('position');
  for (let v = 0; v < p.count; v++) {
    const y = p.getY(v);
    // The shoulders slope up to the neck; the chest is deeper than the back is flat.
    const shoulders = y > 0.84 ? 1 - (y - 0.84) * 2.6 : 1;
    const z = p.getZ(v);
    p.setXYZ(v, p.getX(v) * shoulders, y, z * (z > 0 ? 0.72 : 0.6));
  }
  g.computeVertexNormals();
  g.deleteAttribute('uv');
  return g;
}

/**
 * A limb of unit length along y, centred: stretched between two joints. Arms leave their ends
 * open (the torso, the other segment and the hand cover them); legs, seen end on when seated, close
 * them.
 */
export const limbGeometry = (radius: number, openEnded = false) =>
  new CylinderGeometry(radius, radius * 0.85, 1, 7, 1, openEnded).deleteAttribute('uv');

export const handGeometry = () =>
  new SphereGeometry(0.045, 7, 5).scale(0.8, 1.25, 0.5).deleteAttribute('uv');

export const shoeGeometry = () =>
  new BoxGeometry(0.09, 0.07, 0.24).translate(0, 0.035, 0.05).deleteAttribute('uv');

export const phoneGeometry = () => new BoxGeometry(0.07, 0.008, 0.14).deleteAttribute('uv');
