import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  BackSide,
  BoxGeometry,
  Color,
  type InstancedMesh,
  MeshLambertMaterial,
  Object3D,
} from 'three';
import { type Member, rooms, seats } from './crowd';
import type { Room as RoomKind } from './levels';

const unit = new BoxGeometry(1, 1, 1);

const finishes: Record<RoomKind, { wall: string; floor: string; accent: string }> = {
  meeting: { wall: '#d9d4c9', floor: '#8b7358', accent: '#5c6b7a' },
  seminar: { wall: '#e2ddd3', floor: '#6f6a63', accent: '#3f5a72' },
  lecture: { wall: '#c9c0b2', floor: '#5b4a3d', accent: '#2f3c4a' },
};

/**
 * The room around the speaker: walls, floor, ceiling, a screen behind them, a door at the back
 * for anyone who leaves, and every seat of the room (empty ones too), rising row by row in a hall.
 */
export function RoomShell({ room, members }: { room: RoomKind; members: readonly Member[] }) {
  const r = rooms[room];
  const f = finishes[room];
  const allSeats = useMemo(() => seats(room, r.rows * r.perRow), [room, r.rows, r.perRow]);
  const materials = useMemo(
    () => ({
      walls: new MeshLambertMaterial({ color: f.wall, side: BackSide }),
      floor: new MeshLambertMaterial({ color: f.floor }),
      seat: new MeshLambertMaterial({ color: f.accent }),
      dark: new MeshLambertMaterial({ color: '#2b2e33' }),
      screen: new MeshLambertMaterial({ color: '#eef1f4', emissive: new Color('#3a4450') }),
      door: new MeshLambertMaterial({ color: '#7a5a3c' }),
    }),
    [f],
  );
  const seatRef = useRef<InstancedMesh>(null);
  const backRef = useRef<InstancedMesh>(null);
  const stepRef = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const seat = seatRef.current;
    const back = backRef.current;
    const step = stepRef.current;
    if (!seat || !back) return;
    const dummy = new Object3D();
    allSeats.forEach((s, i) => {
      dummy.position.set(s.x, s.y + 0.45, s.z - 0.05);
      dummy.scale.set(0.48, 0.06, 0.45);
      dummy.rotation.set(0, 0, 0);
      dummy.updateMatrix();
      seat.setMatrixAt(i, dummy.matrix);
      dummy.position.set(s.x, s.y + 0.75, s.z - 0.3);
      dummy.scale.set(0.48, 0.6, 0.05);
      dummy.updateMatrix();
      back.setMatrixAt(i, dummy.matrix);
    });
    // Each raised row of a hall stands on its own step (flat rooms have none).
    for (let row = 0; step && row < r.rows; row++) {
      // The front row sits on the floor itself: a zero-height step would flicker against it.
      dummy.position.set(0, (row * r.rise) / 2, -(r.firstRow + row * r.rowGap));
      dummy.scale.set(r.width, row * r.rise, row === 0 ? 0 : r.rowGap);
      dummy.updateMatrix();
      step.setMatrixAt(row, dummy.matrix);
    }
    for (const mesh of step ? [seat, back, step] : [seat, back]) {
      mesh.instanceMatrix.needsUpdate = true;
      mesh.computeBoundingSphere();
    }
  }, [allSeats, r]);

  const depth = r.depth;
  const top = r.height + (r.rows - 1) * r.rise;
  return (
    <group name="room" userData={{ room, seated: members.length }}>
      <mesh
        geometry={unit}
        material={materials.walls}
        // Its bottom face sits below the floor's top, which hides it: coplanar faces would flicker.
        position={[0, top / 2 - 0.05, -depth / 2 + 2]}
        scale={[r.width, top + 0.1, depth]}
      />
      <mesh
        geometry={unit}
        material={materials.floor}
        position={[0, -0.05, -depth / 2 + 2]}
        scale={[r.width, 0.1, depth]}
      />
      <mesh
        geometry={unit}
        material={materials.screen}
        position={[0, Math.min(2.6, top - 0.6), 1.95]}
        scale={[Math.min(4, r.width * 0.5), 1.6, 0.05]}
      />
      {[-1, 1].map((side) => (
        <mesh
          key={side}
          geometry={unit}
          material={materials.door}
          position={[side * (r.width / 2 - 0.03), 1.05, -depth + 2.6]}
          scale={[0.06, 2.1, 1]}
        />
      ))}
      {r.rise > 0 && <instancedMesh ref={stepRef} args={[unit, materials.floor, r.rows]} />}
      <instancedMesh ref={seatRef} args={[unit, materials.seat, allSeats.length]} />
      <instancedMesh ref={backRef} args={[unit, materials.seat, allSeats.length]} />
    </group>
  );
}
