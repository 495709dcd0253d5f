// The carriage, a door leaf, the platform and the tunnel's repeating piece as lists of coloured
// boxes and cylinders (scenes/common/parts), in carriage metres. Pure, so what stands where is
// tested.
import { box, cylinder, type Part } from '../common/parts';
import { BENCHES, CARRIAGE, DOOR, DOOR_XS, PLATFORM, SEAT } from './layout';

const colors = {
  floor: '#4b5058',
  doorStrip: '#d9b43a',
  wall: '#d6dade',
  panel: '#b9bfc6',
  ceiling: '#e6e8ea',
  seat: '#2f4c7e',
  seatAlt: '#3a5890',
  seatBase: '#5b6068',
  steel: '#c9ced4',
  rail: '#e0b93c',
  door: '#9aa3ad',
  lamp: '#fff7e8',
  dark: '#23262b',
  tile: '#d9d3c2',
  tileBand: '#3f6e8c',
  platform: '#8d8a84',
  edge: '#e2c23c',
  trackBed: '#2b2825',
  railSteel: '#77716a',
  bench: '#6b4a33',
} as const;

const T = 0.06;

/** The tunnel's walls stand `wall` out from the train's centre line, each side, in pieces. */
export const TUNNEL = { wall: 1.95, piece: 6, pieces: 30, height: 3.4 } as const;
const TUNNEL_WALL_Z = -TUNNEL.wall;
const WINDOW = { bottom: 0.95, top: 1.8 } as const;

/** One side wall (z = side · half width), with its windows and door openings. */
function sideWall(side: -1 | 1, closedDoors: boolean): Part[] {
  const z = side * (CARRIAGE.halfWidth + T / 2);
  const parts: Part[] = [];
  const { minX, maxX, height } = CARRIAGE;
  const half = DOOR.width / 2;
  // Wall between the doors: from the ends to each opening.
  const edges = [minX, ...DOOR_XS.flatMap((d) => [d - half, d + half]), maxX];
  for (let k = 0; k < edges.length; k += 2) {
    const a = edges[k] as number;
    const b = edges[k + 1] as number;
    const w = b - a;
    const cx = (a + b) / 2;
    parts.push(box([cx, WINDOW.bottom / 2, z], [w, WINDOW.bottom, T], colors.panel));
    parts.push(box([cx, (WINDOW.top + height) / 2, z], [w, height - WINDOW.top, T], colors.wall));
    // Pillars between the panes, about every 1.3 m.
    const panes = Math.max(1, Math.round(w / 1.3));
    for (let p = 0; p <= panes; p++)
      parts.push(
        box(
          [a + (w * p) / panes, (WINDOW.bottom + WINDOW.top) / 2, z],
          [0.1, WINDOW.top - WINDOW.bottom, T],
          colors.wall,
        ),
      );
  }
  for (const d of DOOR_XS) {
    // Above each door, and the door's yellow floor strip.
    parts.push(
      box([d, (DOOR.height + height) / 2, z], [DOOR.width, height - DOOR.height, T], colors.wall),
    );
    parts.push(
      box(
        [d, 0.003, side * (CARRIAGE.halfWidth - 0.12)],
        [DOOR.width, 0.006, 0.2],
        colors.doorStrip,
      ),
    );
    if (closedDoors) for (const s of [-1, 1]) parts.push(...doorLeaf(d + (s * half) / 2, z));
  }
  return parts;
}

/** A door leaf centred at (x, z): a frame round its window. */
export function doorLeaf(x: number, z: number): Part[] {
  const w = DOOR.width / 2 - 0.01;
  const top = DOOR.height;
  return [
    box([x, 0.5, z], [w, 1, T * 0.8], colors.door),
    box([x, (1.75 + top) / 2, z], [w, top - 1.75, T * 0.8], colors.door),
    box([x - w / 2 + 0.04, 1.375, z], [0.08, 0.75, T * 0.8], colors.door),
    box([x + w / 2 - 0.04, 1.375, z], [0.08, 0.75, T * 0.8], colors.door),
  ];
}

function benches(): Part[] {
  const parts: Part[] = [];
  for (const side of [-1, 1] as const) {
    const back = side * (CARRIAGE.halfWidth - 0.05);
    const seatZ = side * (CARRIAGE.halfWidth - SEAT.depth / 2);
    for (const bench of BENCHES) {
      const w = bench.maxX - bench.minX;
      const cx = (bench.minX + bench.maxX) / 2;
      parts.push(box([cx, 0.2, seatZ], [w, 0.4, SEAT.depth - 0.06], colors.seatBase));
      const count = Math.floor(w / SEAT.pitch);
      for (let k = 0; k < count; k++) {
        const x = bench.minX + SEAT.pitch / 2 + k * SEAT.pitch;
        const color = k % 2 === 0 ? colors.seat : colors.seatAlt;
        parts.push(
          box([x, SEAT.height - 0.04, seatZ], [SEAT.pitch - 0.02, 0.09, SEAT.depth], color),
        );
        parts.push(box([x, 0.72, back], [SEAT.pitch - 0.02, 0.5, 0.08], color));
      }
      // Poles at each bench's ends, floor to ceiling, where standing passengers hold on.
      for (const x of [bench.minX + 0.04, bench.maxX - 0.04])
        parts.push(
          cylinder(
            [x, CARRIAGE.height / 2, side * (SEAT.front + 0.02)],
            0.035,
            CARRIAGE.height,
            colors.rail,
          ),
        );
    }
  }
  return parts;
}

/** The carriage without its platform-side doors (they slide) and its lamps (they flicker). */
export function carriageParts(): Part[] {
  const { minX, maxX, height, halfWidth } = CARRIAGE;
  const length = maxX - minX;
  const width = 2 * halfWidth;
  const parts: Part[] = [
    box([0, -0.05, 0], [length, 0.1, width + 2 * T], colors.floor),
    box([0, height + 0.04, 0], [length, 0.08, width + 2 * T], colors.ceiling),
    // The ends, each with the window of the door through to the next carriage.
    ...[minX, maxX].flatMap((x) => [
      box([x, WINDOW.bottom / 2, 0], [T, WINDOW.bottom, width], colors.panel),
      box([x, (WINDOW.top + height) / 2, 0], [T, height - WINDOW.top, width], colors.wall),
      box(
        [x, (WINDOW.bottom + WINDOW.top) / 2, -0.7],
        [T, WINDOW.top - WINDOW.bottom, 1.4],
        colors.wall,
      ),
      box(
        [x, (WINDOW.bottom + WINDOW.top) / 2, 1.05],
        [T, WINDOW.top - WINDOW.bottom, 0.7],
        colors.wall,
      ),
    ]),
    ...sideWall(-1, false),
    ...sideWall(1, true),
    ...benches(),
    // The overhead rails along the aisle, and a pole in each door bay.
    ...[-0.6, 0.6].map((z) =>
      cylinder([0, 1.92, z], 0.032, length - 0.6, colors.steel, { lying: true }),
    ),
    ...DOOR_XS.map((d) => cylinder([d, height / 2, 0], 0.04, height, colors.rail)),
    // Under the train: the bogies' dark bulk, seen from the platform.
    box([0, -0.55, 0], [length - 1, 0.9, width - 0.3], colors.dark),
  ];
  return parts;
}

/** The ceiling's two light strips, as their own mesh so they can dim and flicker. */
export function lampParts(): Part[] {
  const length = CARRIAGE.maxX - CARRIAGE.minX - 0.8;
  return [-0.45, 0.45].map((z) =>
    box([0, CARRIAGE.height - 0.01, z], [length, 0.03, 0.16], colors.lamp, { glow: true }),
  );
}

/** Blinds pulled down over every window, inside. */
export function blindParts(): Part[] {
  const parts: Part[] = [];
  const half = DOOR.width / 2;
  for (const side of [-1, 1] as const) {
    const z = side * (CARRIAGE.halfWidth - 0.04);
    const edges = [CARRIAGE.minX, ...DOOR_XS.flatMap((d) => [d - half, d + half]), CARRIAGE.maxX];
    for (let k = 0; k < edges.length; k += 2) {
      const a = edges[k] as number;
      const b = edges[k + 1] as number;
      parts.push(
        box(
          [(a + b) / 2, (WINDOW.bottom + WINDOW.top) / 2, z],
          [b - a, WINDOW.top - WINDOW.bottom, 0.01],
          '#7d8a96',
        ),
      );
    }
    // The doors' windows too.
    for (const d of DOOR_XS)
      parts.push(
        box([d, 1.375, side * (CARRIAGE.halfWidth + 0.06)], [DOOR.width, 0.75, 0.01], '#7d8a96'),
      );
  }
  return parts;
}

/** The platform about its station's centre: floor, edge, back wall, roof, lamps, benches. */
export function platformParts(): Part[] {
  const { edge, back, length } = PLATFORM;
  const depth = edge - back;
  const cz = (edge + back) / 2;
  const parts: Part[] = [
    box([0, -0.6, cz], [length, 1.2, depth], colors.platform),
    box([0, 0.003, edge - 0.35], [length, 0.006, 0.12], colors.edge),
    box([0, 2, back - 0.1], [length, 4, 0.2], colors.tile),
    box([0, 1.6, back + 0.01], [length, 0.3, 0.02], colors.tileBand),
    box([0, 4.1, (back + 2.2) / 2], [length, 0.2, 2.2 - back], colors.dark),
  ];
  for (let x = -length / 2 + 5; x < length / 2; x += 10) {
    parts.push(box([x, 0.23, back + 0.5], [1.8, 0.06, 0.45], colors.bench));
    parts.push(box([x - 0.8, 0.1, back + 0.5], [0.08, 0.2, 0.4], colors.dark));
    parts.push(box([x + 0.8, 0.1, back + 0.5], [0.08, 0.2, 0.4], colors.dark));
    parts.push(cylinder([x + 5, 2, back + 2.4], 0.4, 4, colors.tile));
  }
  // Across the track, the station's far wall, tiled like the platform's.
  parts.push(box([0, 0.6, TUNNEL.wall + 0.1], [length, 3.6, 0.2], colors.tile));
  parts.push(box([0, 1.6, TUNNEL.wall - 0.01], [length, 0.3, 0.02], colors.tileBand));
  // The tunnel's mouths at both ends: walls round the platform's end, and above the track.
  for (const x of [-length / 2, length / 2]) {
    parts.push(
      box([x, 2, (TUNNEL_WALL_Z + back) / 2], [0.3, 4, TUNNEL_WALL_Z - back], colors.tile),
    );
    parts.push(box([x, 3.2, 0], [0.3, 1.8, 2 * TUNNEL.wall + 0.4], colors.tile));
  }
  parts.push(
    ...[-3, -5].map((z) => box([0, 3.96, z], [length - 4, 0.06, 0.2], colors.lamp, { glow: true })),
  );
  return parts;
}

/** The track bed and rails of the tunnel: long and plain, so they need not move. */
export function trackParts(): Part[] {
  return [
    box([0, -1.25, 0.2], [600, 0.1, 4], colors.trackBed),
    ...[-0.72, 0.72].map((z) =>
      cylinder([0, -1.12, z], 0.07, 600, colors.railSteel, { lying: true }),
    ),
  ];
}
