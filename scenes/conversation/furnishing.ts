// The café's furniture and fittings as a list of coloured boxes and cylinders in café metres, so the
// room is drawn as a couple of merged meshes. Pure, so what stands where is tested.
import { box, cylinder, type Part } from '../common/parts';
import {
  BARISTA,
  CAFE,
  CHAIR_OFFSET,
  COUNTER,
  HIGH_TABLE,
  LOW_TABLE,
  LOW_TABLES,
  OWN_CUP,
} from './layout';

const colors = {
  floor: '#8a6a4f',
  wall: '#e9dfd0',
  wainscot: '#6f8f84',
  ceiling: '#d9d2c7',
  counter: '#4e3b2f',
  counterTop: '#d8d2c6',
  wood: '#9a6b45',
  darkWood: '#5a3f2c',
  metal: '#3b3f44',
  steel: '#b9bec4',
  cup: '#f4f1ea',
  coffee: '#4a2e1d',
  sky: '#cfe3ef',
  lamp: '#ffe6b8',
  plant: '#4f7a4a',
  pot: '#b8613f',
  board: '#2c3431',
  chalk: '#cfd6cf',
} as const;

/** The room itself: floor, ceiling, walls with the window wall's glass and the door's. */
function shell(): Part[] {
  const { minX, maxX, minZ, maxZ, height } = CAFE;
  const w = maxX - minX;
  const d = maxZ - minZ;
  const cx = (minX + maxX) / 2;
  const cz = (minZ + maxZ) / 2;
  const t = 0.1;
  const parts: Part[] = [
    box([cx, -t / 2, cz], [w, t, d], colors.floor),
    // Unshaded: lit from below only by the sky's ground colour, a ceiling would look like soot.
    box([cx, height + t / 2, cz], [w, t, d], colors.ceiling, { glow: true }),
    box([cx, height / 2, minZ - t / 2], [w, height, t], colors.wall),
    box([minX - t / 2, height / 2, cz], [t, height, d], colors.wall),
    // The lower third of the solid walls in a darker green, as cafés often are.
    box([cx, 0.45, minZ + 0.01], [w, 0.9, 0.02], colors.wainscot),
    box([minX + 0.01, 0.45, cz], [0.02, 0.9, d], colors.wainscot),
  ];
  // The window wall: a sill and a lintel, pillars between four tall panes.
  const sill = 0.8;
  const lintel = 2.5;
  parts.push(box([maxX + t / 2, sill / 2, cz], [t, sill, d], colors.wall));
  parts.push(box([maxX + t / 2, (lintel + height) / 2, cz], [t, height - lintel, d], colors.wall));
  const panes = 4;
  const pillar = 0.35;
  const pane = (d - pillar * (panes + 1)) / panes;
  for (let k = 0; k <= panes; k++) {
    const z = minZ + pillar / 2 + k * (pane + pillar);
    parts.push(
      box([maxX + t / 2, (sill + lintel) / 2, z], [t, lintel - sill, pillar], colors.wall),
    );
    if (k < panes)
      parts.push(
        box(
          [maxX + t, (sill + lintel) / 2, z + pillar / 2 + pane / 2],
          [0.02, lintel - sill, pane],
          colors.sky,
          {
            glow: true,
          },
        ),
      );
  }
  // The front wall with the glass door, just to the right of where the person comes in.
  const doorX = 1.6;
  const doorW = 1.1;
  const left = doorX - doorW / 2 - minX;
  const right = maxX - (doorX + doorW / 2);
  parts.push(box([minX + left / 2, height / 2, maxZ + t / 2], [left, height, t], colors.wall));
  parts.push(box([maxX - right / 2, height / 2, maxZ + t / 2], [right, height, t], colors.wall));
  parts.push(box([doorX, (2.2 + height) / 2, maxZ + t / 2], [doorW, height - 2.2, t], colors.wall));
  parts.push(box([doorX, 1.1, maxZ + t], [doorW, 2.2, 0.02], colors.sky, { glow: true }));
  parts.push(box([doorX, 1.1, maxZ + 0.04], [doorW + 0.08, 2.26, 0.04], colors.darkWood));
  return parts;
}

/** The counter, the espresso machine and the shelves behind, the menu board above. */
function counter(): Part[] {
  const { x, z, width, depth, height } = COUNTER;
  const parts: Part[] = [
    box([x, (height - 0.05) / 2, z], [width, height - 0.05, depth], colors.counter),
    box([x, height - 0.025, z], [width + 0.06, 0.05, depth + 0.06], colors.counterTop),
    // The espresso machine, its group heads and its cups on top.
    box([x - 1.2, height + 0.22, z - 0.1], [0.7, 0.44, 0.45], colors.steel),
    box([x - 1.2, height + 0.1, z + 0.16], [0.5, 0.06, 0.08], colors.metal),
    box([x + 1.5, height + 0.14, z], [0.35, 0.28, 0.35], colors.steel),
    // The glass case of cakes.
    box([x + 0.6, height + 0.15, z + 0.05], [0.9, 0.3, 0.45], colors.sky, { glow: true }),
  ];
  for (let k = 0; k < 5; k++)
    parts.push(cylinder([x - 1.42 + k * 0.11, height + 0.48, z - 0.1], 0.07, 0.07, colors.cup));
  // Shelves on the back wall with jars and cups.
  for (let shelf = 0; shelf < 2; shelf++) {
    const y = 1.5 + shelf * 0.45;
    parts.push(box([BARISTA.x, y, CAFE.minZ + 0.15], [3.6, 0.04, 0.28], colors.darkWood));
    for (let k = 0; k < 8; k++) {
      const jarX = BARISTA.x - 1.6 + k * 0.45;
      parts.push(
        cylinder([jarX, y + 0.11, CAFE.minZ + 0.15], 0.12, 0.2, k % 3 ? colors.cup : colors.pot),
      );
    }
  }
  parts.push(box([BARISTA.x, 2.55, CAFE.minZ + 0.04], [2.4, 0.8, 0.04], colors.board));
  // Chalk lines for the menu: no words, so nothing to translate.
  for (let row = 0; row < 5; row++) {
    const width = 0.9 - (row % 2) * 0.3;
    parts.push(
      box(
        [BARISTA.x - 0.4, 2.82 - row * 0.13, CAFE.minZ + 0.065],
        [width, 0.025, 0.01],
        colors.chalk,
      ),
    );
    parts.push(
      box(
        [BARISTA.x + 0.85, 2.82 - row * 0.13, CAFE.minZ + 0.065],
        [0.2, 0.025, 0.01],
        colors.chalk,
      ),
    );
  }
  return parts;
}

/** A low round table and its two chairs, facing across x, and the guests' cups. */
function lowTable(tx: number, tz: number): Part[] {
  const parts: Part[] = [
    cylinder([tx, LOW_TABLE.height - 0.02, tz], LOW_TABLE.radius * 2, 0.04, colors.wood),
    cylinder([tx, LOW_TABLE.height / 2, tz], 0.06, LOW_TABLE.height - 0.04, colors.metal),
    cylinder([tx, 0.015, tz], 0.4, 0.03, colors.metal),
    cylinder([tx - 0.12, LOW_TABLE.height + 0.04, tz + 0.05], 0.08, 0.08, colors.cup),
    cylinder([tx + 0.12, LOW_TABLE.height + 0.04, tz - 0.05], 0.08, 0.08, colors.cup),
  ];
  for (const side of [-1, 1]) {
    const cx = tx + side * CHAIR_OFFSET;
    parts.push(box([cx, 0.45, tz], [0.42, 0.05, 0.42], colors.darkWood));
    parts.push(box([cx + side * 0.2, 0.72, tz], [0.04, 0.5, 0.4], colors.darkWood));
    for (const [lx, lz] of [
      [-0.18, -0.18],
      [-0.18, 0.18],
      [0.18, -0.18],
      [0.18, 0.18],
    ] as const)
      parts.push(box([cx + lx, 0.22, tz + lz], [0.035, 0.44, 0.035], colors.metal));
  }
  return parts;
}

/** The standing table the person's group is at, with the others' cups (the person's own falls). */
function highTable(): Part[] {
  const { x, z, radius, height } = HIGH_TABLE;
  return [
    cylinder([x, height - 0.02, z], radius * 2, 0.04, colors.wood),
    cylinder([x, height / 2, z], 0.07, height - 0.04, colors.metal),
    cylinder([x, 0.015, z], 0.5, 0.03, colors.metal),
    cylinder([x + 0.18, height + 0.04, z - 0.12], 0.08, 0.08, colors.cup),
    cylinder([x - 0.2, height + 0.04, z - 0.1], 0.08, 0.08, colors.cup),
  ];
}

/** Pendant lamps over the tables, and plants by the window. */
function fittings(): Part[] {
  const parts: Part[] = [];
  const lamps = [
    ...LOW_TABLES.filter((_, k) => k % 2 === 0),
    { x: HIGH_TABLE.x, z: HIGH_TABLE.z },
    { x: COUNTER.x - 1, z: COUNTER.z },
    { x: COUNTER.x + 1, z: COUNTER.z },
  ];
  for (const lamp of lamps) {
    parts.push(cylinder([lamp.x, CAFE.height - 0.35, lamp.z], 0.01, 0.7, colors.metal));
    parts.push(
      cylinder([lamp.x, CAFE.height - 0.75, lamp.z], 0.3, 0.14, colors.lamp, { glow: true }),
    );
  }
  for (const z of [-7.6, -2.8, 1.8]) {
    parts.push(cylinder([CAFE.maxX - 0.35, 0.2, z], 0.36, 0.4, colors.pot));
    parts.push(cylinder([CAFE.maxX - 0.35, 0.75, z], 0.5, 0.7, colors.plant));
  }
  return parts;
}

/** Everything in the café that never moves. */
export function cafeParts(): Part[] {
  return [
    ...shell(),
    ...counter(),
    ...LOW_TABLES.flatMap((t) => lowTable(t.x, t.z)),
    ...highTable(),
    ...fittings(),
  ];
}

/** The person's own cup on its saucer, where it rests on the standing table (café metres). */
export const OWN_CUP_REST = [OWN_CUP.x, HIGH_TABLE.height, OWN_CUP.z] as const;
