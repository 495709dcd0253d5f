import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  BoxGeometry,
  type BufferGeometry,
  type Group,
  type InstancedMesh,
  Matrix4,
  type Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  PlaneGeometry,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { canvasTexture, fitFont } from '../common/canvas';
import { mergeParts } from '../common/parts';
import { usePrimed } from '../common/usePrimed';
import { platformParts, TUNNEL, trackParts } from './furnishing';
import { PLATFORM } from './layout';

/** What can be seen outside: 'blinds' and 'dark' keep passing motion out of sight. */
export type View = 'blinds' | 'dark' | 'full';

export interface OutsideState {
  /** Track metres: where the train is, and the station it is at, has left or is coming to. */
  offset: number;
  /** Where the ring of tunnel pieces is centred: the train, or the platform the person is on. */
  centre: number;
  station: number;
  stationName: string;
  view: View;
}

const SIGN_W = 1024;
const SIGN_H = 192;
const SIGN_XS = [-22, -7, 8, 23] as const;
const HALF_SPAN = (TUNNEL.piece * TUNNEL.pieces) / 2;

function drawSign(canvas: HTMLCanvasElement, name: string) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#24527a';
  ctx.fillRect(0, 0, SIGN_W, SIGN_H);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, SIGN_H - 18, SIGN_W, 6);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  fitFont(ctx, name, SIGN_W - 80, 104, 600);
  ctx.fillText(name, SIGN_W / 2, SIGN_H / 2 - 6);
}

/**
 * Outside the windows, in track metres: the tunnel as a ring of pieces moved on as the train runs
 * (walls, ribs and lamps, so passing motion shows only there), and the station's platform with its
 * name. The scene moves this group, never the person.
 */
export function Outside({ state }: { state: { current: OutsideState } }) {
  const built = useMemo(() => {
    const sign = canvasTexture(SIGN_W, SIGN_H);
    // The station's name on the platform's wall and on the far wall across the track.
    const planes: BufferGeometry[] = SIGN_XS.flatMap((x) => {
      const near = new PlaneGeometry(2.6, 0.49);
      near.translate(x, 2.35, PLATFORM.back + 0.02);
      const far = new PlaneGeometry(2.6, 0.49);
      far.rotateY(Math.PI);
      far.translate(x + 7, 1.05, TUNNEL.wall - 0.02);
      return [near, far];
    });
    const signs = mergeGeometries(planes);
    for (const p of planes) p.dispose();
    return {
      platform: mergeParts(platformParts().filter((p) => !p.glow)),
      platformLamps: mergeParts(platformParts().filter((p) => p.glow)),
      track: mergeParts(trackParts()),
      wall: new BoxGeometry(TUNNEL.piece + 0.02, TUNNEL.height, 0.2),
      rib: new BoxGeometry(0.3, TUNNEL.height - 0.2, 0.1),
      lamp: new BoxGeometry(0.5, 0.12, 0.08),
      signs,
      sign,
      materials: {
        shaded: new MeshLambertMaterial({ vertexColors: true }),
        lit: new MeshBasicMaterial({ vertexColors: true }),
        wall: new MeshBasicMaterial({ color: '#37342f' }),
        rib: new MeshBasicMaterial({ color: '#615b52' }),
        lamp: new MeshBasicMaterial({ color: '#fff1c9', toneMapped: false }),
        sign: new MeshBasicMaterial({ map: sign.texture, toneMapped: false }),
      },
    };
  }, []);
  useEffect(
    () => () => {
      for (const g of [
        built.platform,
        built.platformLamps,
        built.track,
        built.wall,
        built.rib,
        built.lamp,
        built.signs,
      ])
        g?.dispose();
      built.sign.texture.dispose();
      for (const m of Object.values(built.materials)) m.dispose();
    },
    [built],
  );

  const walls = useRef<InstancedMesh>(null);
  const ribs = useRef<InstancedMesh>(null);
  const lamps = useRef<InstancedMesh>(null);
  const platform = useRef<Group>(null);
  const signs = useRef<Mesh>(null);
  usePrimed(signs);
  const work = useMemo(
    () => ({ m: new Matrix4(), zero: new Matrix4().makeScale(0, 0, 0), name: '', view: '' }),
    [],
  );

  useFrame(() => {
    const s = state.current;
    const w = work;
    if (platform.current) platform.current.position.x = s.station;
    if (s.stationName !== w.name) {
      w.name = s.stationName;
      drawSign(built.sign.canvas, s.stationName);
      built.sign.texture.needsUpdate = true;
    }
    if (s.view !== w.view) {
      w.view = s.view;
      built.materials.wall.color.set(s.view === 'full' ? '#37342f' : '#0c0c0d');
      built.materials.lamp.color.set(s.view === 'full' ? '#fff1c9' : '#8a6a3a');
    }
    const wallMesh = walls.current;
    const ribMesh = ribs.current;
    const lampMesh = lamps.current;
    if (!wallMesh || !ribMesh || !lampMesh) return;
    ribMesh.visible = s.view === 'full';
    // The ring of pieces about the train, on whole-piece marks so each stays put on the track.
    const first = Math.floor((s.centre - HALF_SPAN) / TUNNEL.piece);
    for (let k = 0; k < TUNNEL.pieces; k++) {
      const index = first + k;
      const x = index * TUNNEL.piece;
      // Where the station is, there is no tunnel.
      const inStation = Math.abs(x - s.station) < PLATFORM.length / 2 + TUNNEL.piece / 2 - 0.01;
      for (let side = 0; side < 2; side++) {
        const z = side === 0 ? -TUNNEL.wall - 0.1 : TUNNEL.wall + 0.1;
        // The station has its own walls on both sides.
        const open = inStation;
        if (open) wallMesh.setMatrixAt(2 * k + side, w.zero);
        else wallMesh.setMatrixAt(2 * k + side, w.m.makeTranslation(x, 0.6, z));
        const inner = side === 0 ? -TUNNEL.wall + 0.02 : TUNNEL.wall - 0.02;
        if (open) ribMesh.setMatrixAt(2 * k + side, w.zero);
        else ribMesh.setMatrixAt(2 * k + side, w.m.makeTranslation(x, 0.7, inner));
        // A lamp every other piece, or every fourth, dim, in the dark tunnel.
        const every = s.view === 'full' ? 2 : 4;
        const lit = !open && ((index % every) + every) % every === 0;
        lampMesh.setMatrixAt(2 * k + side, lit ? w.m.makeTranslation(x, 1.55, inner) : w.zero);
      }
    }
    wallMesh.instanceMatrix.needsUpdate = true;
    ribMesh.instanceMatrix.needsUpdate = true;
    lampMesh.instanceMatrix.needsUpdate = true;
  });

  const n = TUNNEL.pieces * 2;
  return (
    <group name="outside">
      {built.track && <mesh geometry={built.track} material={built.materials.shaded} />}
      <instancedMesh
        ref={walls}
        args={[built.wall, built.materials.wall, n]}
        frustumCulled={false}
      />
      <instancedMesh ref={ribs} args={[built.rib, built.materials.rib, n]} frustumCulled={false} />
      <instancedMesh
        ref={lamps}
        name="tunnel-lamps"
        args={[built.lamp, built.materials.lamp, n]}
        frustumCulled={false}
      />
      <group ref={platform} name="platform">
        {built.platform && <mesh geometry={built.platform} material={built.materials.shaded} />}
        {built.platformLamps && (
          <mesh geometry={built.platformLamps} material={built.materials.lit} />
        )}
        <mesh ref={signs} geometry={built.signs} material={built.materials.sign} />
      </group>
    </group>
  );
}
