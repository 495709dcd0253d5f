// Fittings drawn as lists of coloured boxes and cylinders, merged into one geometry per material:
// a whole room is a couple of draw calls, and what stands where stays pure data that tests read.
import {
  BoxGeometry,
  type BufferGeometry,
  Color,
  CylinderGeometry,
  Float32BufferAttribute,
  Matrix4,
  Quaternion,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

export interface Part {
  shape: 'box' | 'cylinder';
  /** Centre, in the scene's own metres. */
  at: readonly [number, number, number];
  /** A box's width, height and depth; a cylinder's diameter, height and (unused) diameter. */
  size: readonly [number, number, number];
  color: string;
  /** Lit from within (windows, lamps): drawn unshaded. */
  glow?: boolean;
  /** Yaw, radians. */
  yaw?: number;
  /** A cylinder lying along x (a rail), instead of standing. */
  lying?: boolean;
}

export const box = (
  at: readonly [number, number, number],
  size: readonly [number, number, number],
  color: string,
  extra: Partial<Part> = {},
): Part => ({ shape: 'box', at, size, color, ...extra });

export const cylinder = (
  at: readonly [number, number, number],
  diameter: number,
  height: number,
  color: string,
  extra: Partial<Part> = {},
): Part => ({ shape: 'cylinder', at, size: [diameter, height, diameter], color, ...extra });

/** The parts as one geometry, each coloured through its vertices: one draw call for them all. */
export function mergeParts(parts: readonly Part[]): BufferGeometry | null {
  if (parts.length === 0) return null;
  const matrix = new Matrix4();
  const turn = new Quaternion();
  const lie = new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), Math.PI / 2);
  const up = new Vector3(0, 1, 0);
  const color = new Color();
  const pieces = parts.map((part) => {
    const [w, h, d] = part.size;
    const piece =
      part.shape === 'box'
        ? new BoxGeometry(w, h, d)
        : new CylinderGeometry(w / 2, w / 2, h, 14, 1);
    piece.deleteAttribute('uv');
    turn.setFromAxisAngle(up, part.yaw ?? 0);
    if (part.lying) turn.multiply(lie);
    matrix.compose(new Vector3(...part.at), turn, new Vector3(1, 1, 1));
    piece.applyMatrix4(matrix);
    color.set(part.color).convertSRGBToLinear();
    const count = piece.getAttribute('position').count;
    const colors = new Float32Array(count * 3);
    for (let i = 0; i < count; i++) color.toArray(colors, i * 3);
    piece.setAttribute('color', new Float32BufferAttribute(colors, 3));
    return piece;
  });
  const geometry = mergeGeometries(pieces);
  for (const piece of pieces) piece.dispose();
  return geometry;
}
