import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  type BufferGeometry,
  type Color,
  type InstancedMesh,
  Matrix4,
  type Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  PlaneGeometry,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { canvasFont, canvasTexture } from '../common/canvas';
import { mergeParts } from '../common/parts';
import { blindParts, carriageParts, doorLeaf, lampParts } from './furnishing';
import { CARRIAGE, DOOR, DOOR_XS, MAP } from './layout';
import { STATIONS } from './timeline';

const MAP_W = 1024;
const MAP_H = 208;

/** The line's map, the same above every door: its stations in order, the line in one colour. */
function drawMap(canvas: HTMLCanvasElement) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#f5f3ee';
  ctx.fillRect(0, 0, MAP_W, MAP_H);
  ctx.fillStyle = '#2f6f9f';
  ctx.fillRect(0, 0, 96, MAP_H);
  ctx.fillStyle = '#ffffff';
  ctx.font = canvasFont(64, 700);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('2', 48, MAP_H / 2);
  const left = 150;
  const right = MAP_W - 60;
  const y = 120;
  ctx.fillStyle = '#2f6f9f';
  ctx.fillRect(left, y - 8, right - left, 16);
  ctx.font = canvasFont(22, 500);
  ctx.textAlign = 'left';
  STATIONS.forEach((name, i) => {
    const x = left + ((right - left) * i) / (STATIONS.length - 1);
    ctx.beginPath();
    ctx.arc(x, y, 14, 0, 2 * Math.PI);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 6;
    ctx.strokeStyle = '#2f6f9f';
    ctx.stroke();
    // Names slanted above the line, as on a real carriage's strip map.
    ctx.save();
    ctx.translate(x - 4, y - 26);
    ctx.rotate(-0.5);
    ctx.fillStyle = '#1f2a33';
    ctx.fillText(name, 0, 0);
    ctx.restore();
  });
}

export interface CarriageState {
  /** 0 closed, 1 open: the platform-side doors. */
  doors: number;
  /** 1 at full light. */
  light: number;
  blinds: boolean;
}

/**
 * The carriage: walls with windows, benches, poles and rails, the route maps above the doors,
 * lamps that dim and flicker, blinds, and the platform-side doors sliding open and shut. Static
 * parts are one merged mesh; what moves is read each frame from `state`, never through React.
 */
export function Carriage({ state }: { state: { current: CarriageState } }) {
  const built = useMemo(() => {
    const map = canvasTexture(MAP_W, MAP_H);
    drawMap(map.canvas);
    map.texture.needsUpdate = true;
    // Every map in one geometry: above each door, on both walls, facing in.
    const planes: BufferGeometry[] = [];
    for (const side of [-1, 1])
      for (const d of DOOR_XS) {
        const plane = new PlaneGeometry(MAP.width, MAP.height);
        plane.rotateY(side < 0 ? 0 : Math.PI);
        plane.translate(d, MAP.y, side * (CARRIAGE.halfWidth - 0.01));
        planes.push(plane);
      }
    const maps = mergeGeometries(planes);
    for (const p of planes) p.dispose();
    return {
      shell: mergeParts(carriageParts()),
      lamps: mergeParts(lampParts()),
      blinds: mergeParts(blindParts()),
      leaf: mergeParts(doorLeaf(0, 0)),
      maps,
      mapTexture: map.texture,
      materials: {
        shaded: new MeshLambertMaterial({ vertexColors: true }),
        lamps: new MeshBasicMaterial({ vertexColors: true }),
        blinds: new MeshLambertMaterial({ vertexColors: true }),
        map: new MeshBasicMaterial({ map: map.texture, toneMapped: false }),
      },
    };
  }, []);
  useEffect(
    () => () => {
      for (const g of [built.shell, built.lamps, built.blinds, built.leaf, built.maps])
        g?.dispose();
      built.mapTexture.dispose();
      for (const m of Object.values(built.materials)) m.dispose();
    },
    [built],
  );

  const doors = useRef<InstancedMesh>(null);
  const blinds = useRef<Mesh>(null);
  const shown = useRef({ doors: -1, light: -1 });
  const matrix = useMemo(() => new Matrix4(), []);
  useFrame(() => {
    const s = state.current;
    const mesh = doors.current;
    if (mesh && s.doors !== shown.current.doors) {
      shown.current.doors = s.doors;
      const quarter = DOOR.width / 4;
      const slide = s.doors * (DOOR.width / 2 - 0.04);
      const z = -(CARRIAGE.halfWidth + 0.03);
      DOOR_XS.forEach((d, k) => {
        matrix.makeTranslation(d - quarter - slide, 0, z);
        mesh.setMatrixAt(2 * k, matrix);
        matrix.makeTranslation(d + quarter + slide, 0, z);
        mesh.setMatrixAt(2 * k + 1, matrix);
      });
      mesh.instanceMatrix.needsUpdate = true;
      mesh.userData.open = s.doors;
    }
    if (s.light !== shown.current.light) {
      shown.current.light = s.light;
      (built.materials.lamps.color as Color).setScalar(0.15 + 0.85 * s.light);
    }
    if (blinds.current) blinds.current.visible = s.blinds;
  });

  return (
    <group name="carriage">
      {built.shell && <mesh geometry={built.shell} material={built.materials.shaded} />}
      {built.lamps && <mesh geometry={built.lamps} material={built.materials.lamps} />}
      {built.blinds && (
        <mesh
          ref={blinds}
          name="blinds"
          geometry={built.blinds}
          material={built.materials.blinds}
          visible={false}
        />
      )}
      <mesh name="route-maps" geometry={built.maps} material={built.materials.map} />
      {built.leaf && (
        <instancedMesh
          ref={doors}
          name="doors"
          args={[built.leaf, built.materials.shaded, DOOR_XS.length * 2]}
          frustumCulled={false}
        />
      )}
    </group>
  );
}
