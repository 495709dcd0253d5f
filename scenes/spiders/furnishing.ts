// The room's fittings as coloured boxes and cylinders (scenes/common/parts): walls, floor and
// ceiling, the table, the shelf with its books and plant, the window frame, the poster's frame,
// and the jar's lid. Pure data; Room.tsx merges it into a draw call per material.
import { box, cylinder, type Part } from '../common/parts';
import { jarPlace, jarSize, POSTER, ROOM, SHELF, TABLE, WINDOW } from './layout';
import type { Jar } from './levels';

const WALL = '#e9e4da';
const WOOD = '#d6c2a0';
const T = 0.06;

export function roomParts(): Part[] {
  const { minX, maxX, minZ, maxZ, height } = ROOM;
  const width = maxX - minX;
  const depth = maxZ - minZ;
  const midZ = (minZ + maxZ) / 2;
  const parts: Part[] = [
    box([0, -0.01, midZ], [width, 0.02, depth], '#7d5f45'),
    box([0, height + T / 2, midZ], [width, T, depth], '#f5f3ef'),
    box([0, height / 2, minZ - T / 2], [width, height, T], WALL),
    box([0, height / 2, maxZ + T / 2], [width, height, T], WALL),
    box([maxX + T / 2, height / 2, midZ], [T, height, depth], '#e4ded2'),
    // The left wall, round the window.
    ...windowWall(),
    // Skirting boards.
    box([0, 0.05, minZ + 0.01], [width, 0.1, 0.02], '#f7f5f0'),
    box([maxX - 0.01, 0.05, midZ], [0.02, 0.1, depth], '#f7f5f0'),
    box([minX + 0.01, 0.05, midZ], [0.02, 0.1, depth], '#f7f5f0'),
    // A rug under the table.
    box([0, 0.004, -0.75], [2.2, 0.008, 1.7], '#7d8fa3'),
    // The poster's frame, behind its picture.
    box(
      [POSTER.x, POSTER.y, minZ + 0.012],
      [POSTER.width + 0.05, POSTER.height + 0.05, 0.02],
      '#2c2c2c',
    ),
    // A ceiling lamp, lit.
    cylinder([0, height - 0.02, -0.8], 0.5, 0.04, '#fffaf0', { glow: true }),
    ...tableParts(),
    ...shelfParts(),
  ];
  return parts;
}

function windowWall(): Part[] {
  const { minX, minZ, maxZ, height } = ROOM;
  const x = minX - T / 2;
  const z0 = WINDOW.z - WINDOW.width / 2;
  const z1 = WINDOW.z + WINDOW.width / 2;
  const y0 = WINDOW.y - WINDOW.height / 2;
  const y1 = WINDOW.y + WINDOW.height / 2;
  const c = '#e4ded2';
  const frame = '#f7f7f5';
  return [
    box([x, y0 / 2, (minZ + maxZ) / 2], [T, y0, maxZ - minZ], c),
    box([x, (y1 + height) / 2, (minZ + maxZ) / 2], [T, height - y1, maxZ - minZ], c),
    box([x, WINDOW.y, (minZ + z0) / 2], [T, WINDOW.height, z0 - minZ], c),
    box([x, WINDOW.y, (z1 + maxZ) / 2], [T, WINDOW.height, maxZ - z1], c),
    // The frame, its cross bars and the sill.
    box([minX + 0.01, y0, WINDOW.z], [0.06, 0.05, WINDOW.width + 0.06], frame),
    box([minX + 0.01, y1, WINDOW.z], [0.06, 0.05, WINDOW.width + 0.06], frame),
    box([minX + 0.01, WINDOW.y, z0], [0.06, WINDOW.height, 0.05], frame),
    box([minX + 0.01, WINDOW.y, z1], [0.06, WINDOW.height, 0.05], frame),
    box([minX + 0.01, WINDOW.y, WINDOW.z], [0.04, WINDOW.height, 0.035], frame),
    box([minX + 0.01, WINDOW.y + 0.1, WINDOW.z], [0.04, 0.035, WINDOW.width], frame),
    box([minX + 0.09, y0 - 0.03, WINDOW.z], [0.18, 0.03, WINDOW.width + 0.16], frame),
    // Daylight through the panes.
    box([minX - 0.02, WINDOW.y, WINDOW.z], [0.01, WINDOW.height, WINDOW.width], '#cfe3f1', {
      glow: true,
    }),
  ];
}

function tableParts(): Part[] {
  const { minX, maxX, minZ, maxZ, top } = TABLE;
  const cx = (minX + maxX) / 2;
  const cz = (minZ + maxZ) / 2;
  const legs: Part[] = [];
  for (const x of [minX + 0.06, maxX - 0.06])
    for (const z of [minZ + 0.06, maxZ - 0.06])
      legs.push(box([x, (top - 0.04) / 2, z], [0.05, top - 0.04, 0.05], '#b59d78'));
  return [box([cx, top - 0.02, cz], [maxX - minX, 0.04, maxZ - minZ], WOOD), ...legs];
}

function shelfParts(): Part[] {
  const { x, z, top, length, depth } = SHELF;
  const parts: Part[] = [
    box([x, top - 0.015, z], [length, 0.03, depth], '#a07d58'),
    box([x - length / 2 + 0.1, top - 0.1, ROOM.minZ + 0.04], [0.03, 0.16, 0.06], '#6f523a'),
    box([x + length / 2 - 0.1, top - 0.1, ROOM.minZ + 0.04], [0.03, 0.16, 0.06], '#6f523a'),
  ];
  // Books standing at one end, a plant pot at the other, the jar's place between.
  const books = ['#7a3b3b', '#34506b', '#5b6b3a', '#b08a3c', '#4a4a58'];
  books.forEach((color, i) => {
    const h = 0.2 + (i % 3) * 0.03;
    parts.push(box([x - 0.52 + i * 0.045, top + h / 2, z - 0.02], [0.04, h, 0.16], color));
  });
  parts.push(cylinder([x + 0.45, top + 0.06, z], 0.12, 0.12, '#b5623c'));
  parts.push(cylinder([x + 0.45, top + 0.16, z], 0.16, 0.1, '#4f7a43'));
  return parts;
}

/** The jar's lid: on the jar when closed, lying beside it when open. */
export function lidParts(jar: Jar, distance: number, span: number): Part[] {
  if (jar === 'none') return [];
  const at = jarPlace(distance, span);
  const { radius, height } = jarSize(span);
  if (jar === 'closed')
    return [cylinder([at.x, at.y + height + 0.008, at.z], radius * 2 + 0.008, 0.016, '#b8b8b4')];
  return [
    cylinder(
      [at.x - radius * 2.6, at.y + 0.008, at.z + 0.02],
      radius * 2 + 0.008,
      0.016,
      '#b8b8b4',
    ),
  ];
}
