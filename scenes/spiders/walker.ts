// Where each spider goes: pauses, walks and sudden short runs, turning towards or away from the
// person, over the table, the floor, the wall, the jar's floor or the back of a hand. The one rule
// it never breaks: a spider's own steps never bring it nearer the person than the level's distance,
// unless the level sends it onto the hand. Seeded and pure; allocation-free per frame.

import type { Body } from './gait';
import {
  HAND_BACK,
  onSurface,
  type Surface,
  surfacePoint,
  TABLE_TOP,
  toPerson,
  type Vec,
} from './layout';
import type { Approach } from './levels';

export type Pace = 'pause' | 'walk' | 'run';

export interface Walker {
  surface: Surface;
  body: Body;
  /** Leg span, metres. */
  span: number;
  pace: Pace;
  /** Seconds left of this pace. */
  left: number;
  targetU: number;
  targetW: number;
  /** Last frame's velocity along the surface, metres a second, for the legs. */
  vu: number;
  vw: number;
  /** Set when the spider has just moved onto another surface: its feet are put down afresh. */
  moved: boolean;
  /** After a step refused for coming too near, the next walk goes away. */
  turnAway: boolean;
  random: () => number;
}

export interface Rules {
  /** Metres: nearest a spider's own step may bring it to the person. */
  limit: number;
  approach: Approach;
  /** 0-100. */
  speed: number;
  /** 0-1. */
  unpredictable: number;
  /** This spider may walk onto a hand (the level's first spider, when it says so). */
  toHand: boolean;
}

export interface Around {
  head: Vec;
  /** The backs of the person's hands (or tops of their controllers) this frame. */
  hands: readonly Surface[];
}

/** Metres a second a spider walks at, for its size and the level's speed (0: it stays put). */
export function walkSpeed(span: number, speed: number): number {
  return speed <= 0 ? 0 : span * (0.25 + 2.5 * (speed / 100));
}
export const RUN_FACTOR = 3;
/** Keeps a chosen place this much beyond the level's distance. */
const MARGIN = 0.03;
const TURN_RATE = 4;
/** Within this of the back of a hand (plus the spider's own reach), it climbs on. */
export const BOARD_REACH = 0.04;

const probe: Vec = { x: 0, y: 0, z: 0 };

export function distanceOf(surface: Surface, u: number, w: number, head: Vec): number {
  return toPerson(surfacePoint(surface, u, w, 0, probe), head);
}

function clampTo(s: Surface, u: number, w: number, out: { u: number; w: number }) {
  if (s.radius !== undefined) {
    const r = Math.hypot(u, w);
    const k = r > s.radius ? s.radius / r : 1;
    out.u = u * k;
    out.w = w * k;
    return out;
  }
  out.u = Math.min(s.maxU, Math.max(s.minU, u));
  out.w = Math.min(s.maxW, Math.max(s.minW, w));
  return out;
}

const clamped = { u: 0, w: 0 };

/** The head's foot on the surface, in (u, w). */
function headOn(s: Surface, head: Vec, out: { u: number; w: number }) {
  const dx = head.x - s.origin.x;
  const dy = head.y - s.origin.y;
  const dz = head.z - s.origin.z;
  out.u = dx * s.u.x + dy * s.u.y + dz * s.u.z;
  out.w = dx * s.w.x + dy * s.w.y + dz * s.w.z;
  return out;
}

const foot = { u: 0, w: 0 };

/** A random place to walk to, allowed by the rule, near where the spider is when it wanders. */
function placeToGo(walker: Walker, rules: Rules, head: Vec, away: boolean) {
  const { surface: s, random, body } = walker;
  const here = distanceOf(s, body.u, body.w, head);
  let bestU = body.u;
  let bestW = body.w;
  let best = Number.NEGATIVE_INFINITY;
  const reach = Math.max(0.15, walker.span * 8);
  for (let i = 0; i < 10; i++) {
    const u = body.u + (random() - 0.5) * 2 * reach;
    const w = body.w + (random() - 0.5) * 2 * reach;
    clampTo(s, u, w, clamped);
    const d = distanceOf(s, clamped.u, clamped.w, head);
    if (d < rules.limit + MARGIN) continue;
    // Away: the furthest found; wandering: the first allowed.
    const score = away ? d : 1;
    if (away && d <= here) continue;
    if (score > best) {
      best = score;
      bestU = clamped.u;
      bestW = clamped.w;
      if (!away) break;
    }
  }
  walker.targetU = bestU;
  walker.targetW = bestW;
}

/** Towards the person: the place on the way to them where the level's distance stops it. */
function placeTowards(walker: Walker, rules: Rules, head: Vec) {
  const { surface: s, body } = walker;
  headOn(s, head, foot);
  clampTo(s, foot.u, foot.w, clamped);
  const nearU = clamped.u;
  const nearW = clamped.w;
  if (distanceOf(s, nearU, nearW, head) >= rules.limit + MARGIN) {
    walker.targetU = nearU;
    walker.targetW = nearW;
    return;
  }
  // Halve the way between the spider's place (allowed) and the nearest place (not).
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 20; i++) {
    const t = (lo + hi) / 2;
    const d = distanceOf(s, body.u + (nearU - body.u) * t, body.w + (nearW - body.w) * t, head);
    if (d >= rules.limit + MARGIN) lo = t;
    else hi = t;
  }
  // A little to one side or the other, so it does not always stop on the same spot.
  const side = (walker.random() - 0.5) * 0.12;
  clampTo(s, body.u + (nearU - body.u) * lo + side, body.w + (nearW - body.w) * lo, clamped);
  if (distanceOf(s, clamped.u, clamped.w, head) >= rules.limit + MARGIN) {
    walker.targetU = clamped.u;
    walker.targetW = clamped.w;
  } else {
    walker.targetU = body.u + (nearU - body.u) * lo;
    walker.targetW = body.w + (nearW - body.w) * lo;
  }
}

/** The nearest hand near this surface, its place projected onto it; null without one. */
function handNear(walker: Walker, around: Around): Surface | null {
  let best: Surface | null = null;
  let bestD = 0.35;
  const s = walker.surface;
  for (const hand of around.hands) {
    const dx = hand.origin.x - s.origin.x;
    const dy = hand.origin.y - s.origin.y;
    const dz = hand.origin.z - s.origin.z;
    const height = dx * s.normal.x + dy * s.normal.y + dz * s.normal.z;
    if (height < -0.05 || height > bestD) continue;
    best = hand;
    bestD = height;
  }
  return best;
}

function chooseTarget(walker: Walker, rules: Rules, around: Around) {
  const { head } = around;
  if (walker.surface.name === 'hand') {
    const r = walker.random;
    walker.targetU = HAND_BACK.minU + r() * (HAND_BACK.maxU - HAND_BACK.minU);
    walker.targetW = HAND_BACK.minW + r() * (HAND_BACK.maxW - HAND_BACK.minW);
    return;
  }
  if (walker.turnAway || rules.approach === 'away') {
    walker.turnAway = false;
    placeToGo(walker, rules, head, true);
    return;
  }
  if (rules.toHand) {
    const hand = handNear(walker, around);
    if (hand) {
      headOn(walker.surface, hand.origin, foot);
      clampTo(walker.surface, foot.u, foot.w, clamped);
      walker.targetU = clamped.u;
      walker.targetW = clamped.w;
      return;
    }
  }
  if (rules.approach === 'towards' || rules.approach === 'hand') placeTowards(walker, rules, head);
  else placeToGo(walker, rules, head, false);
}

function nextPace(walker: Walker, rules: Rules, around: Around) {
  const { random } = walker;
  const u = rules.unpredictable;
  if (walker.pace !== 'pause' || walkSpeed(walker.span, rules.speed) === 0) {
    walker.pace = 'pause';
    walker.left = 0.3 + random() * (4.5 - 2.5 * u);
    return;
  }
  chooseTarget(walker, rules, around);
  const run = walker.surface.name !== 'hand' && random() < 0.45 * u;
  walker.pace = run ? 'run' : 'walk';
  walker.left = run ? 0.3 + random() * 0.6 : 1.5 + random() * 4;
  // A sudden turn before setting off, the less predictable the wider.
  walker.body.heading += (random() - 0.5) * Math.PI * u;
}

export function newWalker(
  surface: Surface,
  span: number,
  random: () => number,
  body: Body,
): Walker {
  return {
    surface,
    body,
    span,
    pace: 'pause',
    left: 0.5 + random() * 1.5,
    targetU: body.u,
    targetW: body.w,
    vu: 0,
    vw: 0,
    moved: false,
    turnAway: false,
    random,
  };
}

/**
 * A starting place on the surface, at least `limit` (and a little more) from the head: far across
 * it when the spider is to come towards the person, anywhere allowed otherwise.
 */
export function startingPlace(
  surface: Surface,
  head: Vec,
  limit: number,
  random: () => number,
  far: boolean,
): Body {
  let best: Body = { u: 0, w: 0, heading: random() * Math.PI * 2 };
  let bestD = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < 24; i++) {
    let u: number;
    let w: number;
    if (surface.radius !== undefined) {
      const a = random() * Math.PI * 2;
      const r = Math.sqrt(random()) * surface.radius;
      u = Math.cos(a) * r;
      w = Math.sin(a) * r;
    } else {
      u = surface.minU + random() * (surface.maxU - surface.minU);
      w = surface.minW + random() * (surface.maxW - surface.minW);
    }
    const d = distanceOf(surface, u, w, head);
    const ok = d >= limit + 0.1;
    const score = far ? d : ok ? 1 + random() : d - 100;
    if (score > bestD) {
      bestD = score;
      best = { u, w, heading: random() * Math.PI * 2 };
    }
  }
  return best;
}

const world: Vec = { x: 0, y: 0, z: 0 };

/** Onto the back of a hand, at its edge nearest the spider. */
function board(walker: Walker, hand: Surface) {
  surfacePoint(walker.surface, walker.body.u, walker.body.w, 0, world);
  headOn(hand, world, foot);
  walker.surface = hand;
  walker.body.u = Math.min(HAND_BACK.maxU, Math.max(HAND_BACK.minU, foot.u));
  walker.body.w = Math.min(HAND_BACK.maxW, Math.max(HAND_BACK.minW, foot.w));
  walker.moved = true;
  walker.pace = 'pause';
  walker.left = 1;
}

/** A hand gone from view (tracking lost): the spider is back on the table below where it was. */
function fallOff(walker: Walker) {
  surfacePoint(walker.surface, walker.body.u, walker.body.w, 0, world);
  headOn(TABLE_TOP, world, foot);
  clampTo(TABLE_TOP, foot.u, foot.w, clamped);
  walker.surface = TABLE_TOP;
  walker.body.u = clamped.u;
  walker.body.w = clamped.w;
  walker.moved = true;
  walker.pace = 'pause';
  walker.left = 2;
}

/** One frame of a spider's walk; `dt` in seconds of scene time. */
export function stepWalker(walker: Walker, rules: Rules, around: Around, dt: number): void {
  const { body } = walker;
  const u0 = body.u;
  const w0 = body.w;
  walker.moved = false;
  if (walker.surface.name === 'hand' && !around.hands.includes(walker.surface)) fallOff(walker);

  walker.left -= dt;
  if (walker.left <= 0) nextPace(walker, rules, around);
  const base = walkSpeed(walker.span, rules.speed) * (walker.surface.name === 'hand' ? 0.4 : 1);
  if (walker.pace !== 'pause' && base > 0) {
    // A hand moves: it is followed, not the place it was when the walk began.
    if (rules.toHand && walker.surface.name !== 'hand' && handNear(walker, around))
      chooseTarget(walker, rules, around);
    const du = walker.targetU - body.u;
    const dw = walker.targetW - body.w;
    const left = Math.hypot(du, dw);
    if (left < 0.004) {
      walker.pace = 'pause';
      walker.left = 0.3 + walker.random() * (3 - 2 * rules.unpredictable);
    } else {
      const wanted = Math.atan2(dw, du);
      let turn = wanted - body.heading;
      turn = Math.atan2(Math.sin(turn), Math.cos(turn));
      const rate = TURN_RATE * (1 + rules.unpredictable) * dt;
      body.heading += Math.max(-rate, Math.min(rate, turn));
      if (Math.abs(turn) < 0.9) {
        const speed = base * (walker.pace === 'run' ? RUN_FACTOR : 1);
        const step = Math.min(left, speed * dt);
        const nu = body.u + Math.cos(body.heading) * step;
        const nw = body.w + Math.sin(body.heading) * step;
        if (!onSurface(walker.surface, nu, nw)) {
          walker.pace = 'pause';
          walker.left = 0.4;
        } else if (!allowed(walker, rules, around, nu, nw)) {
          walker.pace = 'pause';
          walker.left = 0.3 + walker.random();
          walker.turnAway = true;
        } else {
          body.u = nu;
          body.w = nw;
        }
      }
    }
  }
  if (rules.toHand && walker.surface.name !== 'hand') {
    const hand = handNear(walker, around);
    if (hand) {
      surfacePoint(walker.surface, body.u, body.w, 0, world);
      const reach = BOARD_REACH + walker.span * 0.5 + (HAND_BACK.maxW - HAND_BACK.minW) / 2;
      const d = Math.hypot(
        world.x - hand.origin.x,
        world.y - hand.origin.y,
        world.z - hand.origin.z,
      );
      if (d < reach) board(walker, hand);
    }
  }
  walker.vu = walker.moved || dt <= 0 ? 0 : (body.u - u0) / dt;
  walker.vw = walker.moved || dt <= 0 ? 0 : (body.w - w0) / dt;
}

function toHand(s: Surface, u: number, w: number, hand: Surface): number {
  surfacePoint(s, u, w, 0, probe);
  return Math.hypot(probe.x - hand.origin.x, probe.y - hand.origin.y, probe.z - hand.origin.z);
}

/**
 * The rule: a step that would end nearer the person than the level's distance, and nearer than
 * the spider already is, is not taken. On its way onto a hand, the level allows it.
 */
function allowed(walker: Walker, rules: Rules, around: Around, u: number, w: number): boolean {
  if (walker.surface.name === 'hand' || walker.surface.name === 'jar') return true;
  if (rules.toHand) {
    const hand = handNear(walker, around);
    if (
      hand &&
      toHand(walker.surface, u, w, hand) <
        toHand(walker.surface, walker.body.u, walker.body.w, hand)
    )
      return true;
  }
  const after = distanceOf(walker.surface, u, w, around.head);
  if (after >= rules.limit) return true;
  return after >= distanceOf(walker.surface, walker.body.u, walker.body.w, around.head);
}

// ---------------------------------------------------------------------------------------------
// The one that drops: down its thread from the ceiling to just below the eyes, a while hanging
// and turning, then back up, and again.

export type DropPhase = 'waiting' | 'descending' | 'hanging' | 'climbing';

export interface Drop {
  phase: DropPhase;
  left: number;
  /** Metres below the anchor. */
  down: number;
  turn: number;
  random: () => number;
}

export const DROP_SPEED = 0.35;
export const CLIMB_SPEED = 0.12;

export const newDrop = (random: () => number): Drop => ({
  phase: 'waiting',
  left: 3 + random() * 3,
  down: 0.03,
  turn: random() * Math.PI * 2,
  random,
});

export function stepDrop(drop: Drop, length: number, dt: number): void {
  const { random } = drop;
  drop.left -= dt;
  switch (drop.phase) {
    case 'waiting':
      if (drop.left <= 0) drop.phase = 'descending';
      break;
    case 'descending':
      drop.down = Math.min(length, drop.down + DROP_SPEED * dt);
      if (drop.down >= length) {
        drop.phase = 'hanging';
        drop.left = 5 + random() * 5;
      }
      break;
    case 'hanging':
      drop.turn += dt * 0.4;
      if (drop.left <= 0) drop.phase = 'climbing';
      break;
    case 'climbing':
      drop.down = Math.max(0.03, drop.down - CLIMB_SPEED * dt);
      if (drop.down <= 0.03) {
        drop.phase = 'waiting';
        drop.left = 5 + random() * 6;
      }
      break;
  }
}
