import said from 'virtual:foothold-said/spiders';
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { RawIntlProvider } from 'react-intl';
import { type Group, Vector3 } from 'three';
import { useSaid } from '../common/useSaid';
import type { SceneProps } from '../types';
import { type Cast, castKey, castSpiders, rulesFor } from './cast';
import { DeskHand } from './DeskHand';
import { placeFeet, stepGait } from './gait';
import { Hint } from './Hint';
import { newHandSurface, readHands } from './hands';
import {
  POSTER,
  ROOM,
  restingHandSurface,
  SEATED_EYE,
  type Surface,
  surfacePoint,
  toPerson,
  type Vec,
} from './layout';
import type { SpidersParams } from './levels';
import {
  addSpidersFrame,
  looksAt,
  newSpidersTally,
  type SpidersFrame,
  spidersMeasures,
} from './measures';
import { drawnSpiders } from './poster';
import { Room } from './Room';
import { Spiders } from './Spiders';
import { type Around, stepDrop, stepWalker } from './walker';

const REPORT_SECONDS = 1;
/** The desktop view's eyes are 1.6 m up; seated at the table, a person's are about 1.2 m. */
const SEATED_LIFT = 1.6 - SEATED_EYE;
/** A spider's body point, this far above its surface, is where it is looked at and measured. */
const LOOKED_AT = 0.01;

const REPORTED = ['lookingShare', 'closestStayed', 'closestHand', 'handSeconds'] as const;

interface Seeing {
  head: Vector3;
  look: Vector3;
  frame: SpidersFrame;
  hands: Surface[];
  presenting: boolean;
}

/** Counts a spider at `point` into this frame's measures: how near, looked at, near a hand. */
function seen(work: Seeing, point: Vec) {
  const f = work.frame;
  f.nearest = Math.min(f.nearest, toPerson(point, work.head));
  if (!f.looking && looksAt(work.head, work.look, point)) f.looking = true;
  if (!work.presenting) return;
  for (const hand of work.hands) {
    const d = Math.hypot(point.x - hand.origin.x, point.y - hand.origin.y, point.z - hand.origin.z);
    f.hand = f.hand === null ? d : Math.min(f.hand, d);
  }
}

/**
 * A quiet room with a table: from a drawing of a spider on the poster to spiders walking on the
 * table, onto the person's hand and down a thread from the ceiling. Each spider's walk and legs are
 * stepped here each frame (walker.ts, gait.ts) and drawn by Spiders.tsx; nothing goes through React.
 */
export default function SpidersScene({
  params,
  seed,
  measures,
  timeScale = 1,
}: SceneProps<SpidersParams>) {
  const latest = useRef(params);
  latest.current = params;
  const work = useMemo(
    () => ({
      head: new Vector3(0, SEATED_EYE, 0),
      look: new Vector3(0, 0, -1),
      at: { x: 0, y: 0, z: 0 } as Vec,
      tally: newSpidersTally(),
      frame: {
        nearest: Number.POSITIVE_INFINITY,
        looking: false,
        hand: null,
        onHand: false,
      } as SpidersFrame,
      sinceReport: 0,
      tracked: [newHandSurface(), newHandSurface()] as Surface[],
      resting: restingHandSurface(),
      hands: [] as Surface[],
      presenting: false,
      /** A spider has been on a tracked hand: the hint to lay a hand down has done its work. */
      handed: false,
    }),
    [],
  );

  // The spiders are placed afresh only when the level changes who is there and where; a change
  // of speed or approach carries on with the same spiders.
  const key = castKey(params);
  // biome-ignore lint/correctness/useExhaustiveDependencies: placed by the key's parts alone
  const placed = useMemo(() => castSpiders(params, seed, work.head), [key, seed, work]);
  const cast = useRef<Cast>(placed);
  cast.current = placed;
  useEffect(() => {
    placed.spiders.forEach((s, i) => {
      Object.assign(s.rules, rulesFor(params, i, s.walker.surface));
    });
  }, [placed, params]);

  const drawn = params.look === 'drawing' ? params.spiders : 0;
  const drawings = useRef<Vec[]>([]);
  drawings.current = useMemo(
    () =>
      drawnSpiders(drawn).map((s) => ({
        x: POSTER.x + (s.x - 0.5) * POSTER.width,
        y: POSTER.y + (0.5 - s.y) * POSTER.height,
        z: ROOM.minZ,
      })),
    [drawn],
  );

  const world = useRef<Group>(null);
  const around = useMemo<Around>(() => ({ head: work.head, hands: work.hands }), [work]);

  useFrame(({ camera, gl }, dt) => {
    const p = latest.current;
    const c = cast.current;
    const step = Math.min(dt, 0.1) * timeScale;
    const presenting = gl.xr.isPresenting;
    const lift = presenting ? 0 : SEATED_LIFT;
    if (world.current) world.current.position.y = lift;
    camera.getWorldPosition(work.head);
    work.head.y -= lift;
    camera.getWorldDirection(work.look);

    // Whose hands: the tracked ones in a headset; on the screen, the hand resting on the table.
    work.hands.length = 0;
    if (presenting) {
      const n = readHands(gl, camera, work.tracked);
      for (let i = 0; i < n; i++) {
        const hand = work.tracked[i];
        if (hand) work.hands.push(hand);
      }
    } else if (p.approach === 'hand') work.hands.push(work.resting);

    const f = work.frame;
    f.nearest = Number.POSITIVE_INFINITY;
    f.looking = false;
    f.hand = null;
    f.onHand = false;
    work.presenting = presenting;
    for (const s of c.spiders) {
      const w = s.walker;
      stepWalker(w, s.rules, around, step);
      if (w.moved) placeFeet(s.gait, w.body);
      else stepGait(s.gait, w.body, w.vu, w.vw, step);
      if (presenting && w.surface.name === 'hand') {
        f.onHand = true;
        work.handed = true;
      }
      seen(work, surfacePoint(w.surface, w.body.u, w.body.w, LOOKED_AT, work.at));
    }
    const d = c.dropper;
    if (d) {
      stepDrop(d.drop, d.length, step);
      placeFeet(d.gait, d.body);
      work.at.x = d.anchor.x;
      work.at.y = d.anchor.y - d.drop.down;
      work.at.z = d.anchor.z;
      seen(work, work.at);
    }
    // At level 1 the drawing is what there is to look at.
    for (const point of drawings.current) seen(work, point);

    addSpidersFrame(work.tally, f, step);
    work.sinceReport += dt;
    if (work.sinceReport >= REPORT_SECONDS) {
      work.sinceReport = 0;
      const m = spidersMeasures(work.tally);
      for (const name of REPORTED) {
        const value = m[name];
        if (value !== undefined) measures.report(name, value);
      }
    }
  }, -1);

  const intl = useSaid(said);
  const hinted = useMemo(() => () => latest.current.approach === 'hand' && !work.handed, [work]);
  const span = params.size / 100;
  return (
    <RawIntlProvider value={intl}>
      <color attach="background" args={['#dfe8ee']} />
      <hemisphereLight args={['#fbfaf6', '#8a7a68', 1.6]} />
      <directionalLight position={[-3, 3, -1]} intensity={1.6} color="#fff6e8" />
      <ambientLight intensity={0.35} />
      <group
        ref={world}
        name="spiders-room"
        userData={{ cast: () => cast.current, head: () => work.head, hands: () => work.hands }}
      >
        <Room drawn={drawn} jar={params.jar} distance={params.distance} span={span} />
        {params.approach === 'hand' && <DeskHandOnScreen />}
        <Spiders cast={cast} look={{ look: params.look, hair: params.hair }} />
        <Hint wanted={hinted} />
      </group>
    </RawIntlProvider>
  );
}

/** The resting hand shows on the screen only: in a headset the person's own hand is there. */
function DeskHandOnScreen() {
  const group = useRef<Group>(null);
  useFrame(({ gl }) => {
    if (group.current) group.current.visible = !gl.xr.isPresenting;
  });
  return (
    <group ref={group}>
      <DeskHand />
    </group>
  );
}
