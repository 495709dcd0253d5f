// The street plan painted onto canvases: blocks, streets, sidewalks, the park, and each
// building's shadow baked in (the strongest cue to how far down the ground is).
import { AVENUE, type Block, BUILDING_STRIDE, type Buildings, CITY_RADIUS } from './layout';

export const GROUND_SIZE = CITY_RADIUS * 2;

/** Convex hull of points (monotone chain), for a building's footprint swept along its shadow. */
function hull(points: [number, number][]): [number, number][] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const q of p) {
    while (
      lower.length >= 2 &&
      cross(
        lower[lower.length - 2] as [number, number],
        lower[lower.length - 1] as [number, number],
        q,
      ) <= 0
    )
      lower.pop();
    lower.push(q);
  }
  const upper: [number, number][] = [];
  for (const q of [...p].reverse()) {
    while (
      upper.length >= 2 &&
      cross(
        upper[upper.length - 2] as [number, number],
        upper[upper.length - 1] as [number, number],
        q,
      ) <= 0
    )
      upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

export function paintCity(
  canvas: HTMLCanvasElement,
  cityBlocks: readonly Block[],
  buildings: Buildings,
  tower: { x: number; z: number; w: number; d: number; h: number },
  /** Shadow offset on the ground per metre of height (from the sun's direction). */
  shadow: { x: number; z: number },
) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const scale = canvas.width / GROUND_SIZE;
  const px = (x: number) => (x + CITY_RADIUS) * scale;
  ctx.fillStyle = '#3b3d41';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  for (const b of cityBlocks) {
    ctx.fillStyle = '#9d9a93';
    ctx.fillRect(px(b.minX), px(b.minZ), (b.maxX - b.minX) * scale, (b.maxZ - b.minZ) * scale);
    ctx.fillStyle = b.park ? '#5d7a44' : '#85827b';
    const inset = 4;
    ctx.fillRect(
      px(b.minX + inset),
      px(b.minZ + inset),
      (b.maxX - b.minX - 2 * inset) * scale,
      (b.maxZ - b.minZ - 2 * inset) * scale,
    );
    if (b.park) {
      ctx.strokeStyle = '#c2b59a';
      ctx.lineWidth = 2.5 * scale;
      ctx.beginPath();
      ctx.moveTo(px(b.minX + 4), px(b.minZ + 4));
      ctx.lineTo(px(b.maxX - 4), px(b.maxZ - 4));
      ctx.moveTo(px(b.maxX - 4), px(b.minZ + 4));
      ctx.lineTo(px(b.minX + 4), px(b.maxZ - 4));
      ctx.stroke();
    }
  }
  ctx.fillStyle = 'rgba(10, 12, 20, 0.32)';
  const drawShadow = (x: number, z: number, w: number, d: number, h: number) => {
    const corners: [number, number][] = [
      [x - w / 2, z - d / 2],
      [x + w / 2, z - d / 2],
      [x + w / 2, z + d / 2],
      [x - w / 2, z + d / 2],
    ];
    const shape = hull([
      ...corners,
      ...corners.map(([cx, cz]) => [cx + shadow.x * h, cz + shadow.z * h] as [number, number]),
    ]);
    ctx.beginPath();
    for (const [k, [sx, sz]] of shape.entries()) {
      if (k === 0) ctx.moveTo(px(sx), px(sz));
      else ctx.lineTo(px(sx), px(sz));
    }
    ctx.closePath();
    ctx.fill();
  };
  for (let i = 0; i < buildings.count; i++) {
    const o = i * BUILDING_STRIDE;
    const d = buildings.data;
    drawShadow(
      d[o] as number,
      d[o + 1] as number,
      d[o + 2] as number,
      d[o + 3] as number,
      d[o + 4] as number,
    );
  }
  drawShadow(tower.x, tower.z, tower.w, tower.d, tower.h);
}

/** The avenue right below the edge, in detail: paving, kerbs, lanes, a crossing. */
export const NEAR = { minX: -120, maxX: 120, minZ: -60, maxZ: 0 };

export function paintNearStreet(canvas: HTMLCanvasElement) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const sx = canvas.width / (NEAR.maxX - NEAR.minX);
  const sz = canvas.height / (NEAR.maxZ - NEAR.minZ);
  const toX = (x: number) => (x - NEAR.minX) * sx;
  const toZ = (z: number) => (z - NEAR.minZ) * sz;
  ctx.fillStyle = '#5b7743';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // Sidewalks with paving joints.
  for (const [from, to] of [
    [AVENUE.near - 5, AVENUE.near],
    [AVENUE.far, AVENUE.far + 5],
  ] as const) {
    ctx.fillStyle = '#a29f98';
    ctx.fillRect(0, toZ(from), canvas.width, (to - from) * sz);
    ctx.strokeStyle = 'rgba(60, 60, 60, 0.35)';
    ctx.lineWidth = 1;
    for (let x = NEAR.minX; x < NEAR.maxX; x += 1.2) {
      ctx.beginPath();
      ctx.moveTo(toX(x), toZ(from));
      ctx.lineTo(toX(x), toZ(to));
      ctx.stroke();
    }
    ctx.fillStyle = '#c9c6be';
    ctx.fillRect(0, toZ(from === AVENUE.far ? to - 0.25 : from), canvas.width, 0.25 * sz);
  }
  ctx.fillStyle = '#3b3d41';
  ctx.fillRect(0, toZ(AVENUE.far + 5), canvas.width, (AVENUE.near - 5 - AVENUE.far - 5) * sz);
  // Lane lines: dashed between lanes, double yellow in the middle.
  const dashed = (z: number) => {
    ctx.strokeStyle = '#e8e8e0';
    ctx.lineWidth = 0.15 * sz;
    ctx.setLineDash([3 * sx, 6 * sx]);
    ctx.beginPath();
    ctx.moveTo(0, toZ(z));
    ctx.lineTo(canvas.width, toZ(z));
    ctx.stroke();
    ctx.setLineDash([]);
  };
  dashed(-12);
  dashed(-28);
  ctx.fillStyle = '#e0b73a';
  ctx.fillRect(0, toZ(-20.3), canvas.width, 0.15 * sz);
  ctx.fillRect(0, toZ(-19.85), canvas.width, 0.15 * sz);
  // A zebra crossing at each cross street.
  ctx.fillStyle = '#e8e8e0';
  for (const cx of [-55, 45]) {
    for (let z = AVENUE.far + 5; z < AVENUE.near - 5; z += 1.2)
      ctx.fillRect(toX(cx), toZ(z), 4 * sx, 0.6 * sz);
  }
}
