import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  BoxGeometry,
  Color,
  CylinderGeometry,
  Euler,
  type InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  MeshLambertMaterial,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three';
import { poseOf } from './behaviour';
import type { Member } from './crowd';
import { type WalkOut, walkerAt } from './events';
import type { Room } from './levels';

const skins = ['#f1c9a5', '#e0ac84', '#c68c5e', '#a26a42', '#7a4a2c', '#5a3520'];
const hairs = ['#1e1a17', '#3b2a1f', '#6b4a2b', '#a07845', '#c9b48a', '#8e8e8e'];
const clothes = [
  '#35506e',
  '#7a2f3a',
  '#2f5e4a',
  '#b9a37a',
  '#444b55',
  '#8c5a9e',
  '#c8c8c8',
  '#9c6b30',
];
const pick = (list: string[], v: number) =>
  list[Math.floor(v * list.length) % list.length] as string;

export interface CrowdClock {
  /** Scene seconds (runs faster under a test time scale). */
  time: number;
  /** 0-1: how restless long silences have made the bored. */
  restless: number;
  /** Where the speaker's head is, for every gaze. */
  speaker: Vector3;
  raisedHand: number;
}

/**
 * Everyone in the audience, drawn as a few instanced meshes (torso, head, hair, arms, legs,
 * phones) whatever the crowd's size. Poses come from their attitude each frame, straight into
 * instance matrices: nothing here goes through React state.
 */
export function Crowd({
  members,
  room,
  walkOut,
  clock,
}: {
  members: readonly Member[];
  room: Room;
  walkOut: WalkOut | null;
  clock: { current: CrowdClock };
}) {
  const n = members.length;
  const parts = useMemo(
    () => ({
      torso: new CylinderGeometry(0.16, 0.19, 0.58, 10).translate(0, 0.29, 0),
      head: new SphereGeometry(0.105, 14, 10),
      hair: new SphereGeometry(0.112, 14, 6, 0, Math.PI * 2, 0, Math.PI / 2),
      arm: new CylinderGeometry(0.045, 0.04, 1, 6),
      leg: new BoxGeometry(0.15, 0.14, 1),
      phone: new BoxGeometry(0.07, 0.008, 0.13),
      body: new MeshLambertMaterial({ color: '#ffffff' }),
      skin: new MeshLambertMaterial({ color: '#ffffff' }),
      hairMaterial: new MeshLambertMaterial({ color: '#ffffff' }),
      trousers: new MeshLambertMaterial({ color: '#2d3038' }),
      glow: new MeshBasicMaterial({ color: '#bfe2ff' }),
    }),
    [],
  );
  const torsoRef = useRef<InstancedMesh>(null);
  const headRef = useRef<InstancedMesh>(null);
  const hairRef = useRef<InstancedMesh>(null);
  const armsRef = useRef<InstancedMesh>(null);
  const legsRef = useRef<InstancedMesh>(null);
  const phoneRef = useRef<InstancedMesh>(null);

  useLayoutEffect(() => {
    const color = new Color();
    const meshes = [torsoRef, headRef, hairRef, armsRef].map((r) => r.current);
    const [torso, head, hair, arms] = meshes;
    members.forEach((m, i) => {
      torso?.setColorAt(i, color.set(pick(clothes, m.clothes)));
      head?.setColorAt(i, color.set(pick(skins, m.skin)));
      hair?.setColorAt(i, color.set(pick(hairs, m.hair)));
      arms?.setColorAt(2 * i, color.set(pick(clothes, m.clothes)));
      arms?.setColorAt(2 * i + 1, color.set(pick(clothes, m.clothes)));
    });
    for (const mesh of meshes) if (mesh?.instanceColor) mesh.instanceColor.needsUpdate = true;
  }, [members]);

  const work = useMemo(
    () => ({
      m: new Matrix4(),
      torso: new Matrix4(),
      q: new Quaternion(),
      e: new Euler(),
      p: new Vector3(),
      s: new Vector3(),
      a: new Vector3(),
      b: new Vector3(),
      up: new Vector3(0, 1, 0),
      forward: new Vector3(0, 0, 1),
      size: new Vector3(),
      neck: new Vector3(),
      shoulderL: new Vector3(),
      shoulderR: new Vector3(),
      handL: new Vector3(),
      handR: new Vector3(),
      hip: new Vector3(),
      knee: new Vector3(),
      foot: new Vector3(),
      hairOffset: new Matrix4().makeTranslation(0, 0.015, -0.01),
      zero: new Matrix4().makeScale(0, 0, 0),
    }),
    [],
  );

  useFrame(() => {
    const { time, restless, speaker, raisedHand } = clock.current;
    const w = work;
    const torso = torsoRef.current;
    const head = headRef.current;
    const hair = hairRef.current;
    const arms = armsRef.current;
    const legs = legsRef.current;
    const phone = phoneRef.current;
    if (!torso || !head || !hair || !arms || !legs || !phone) return;

    /** A limb from a to b (both in world space), as a unit cylinder or box stretched between them. */
    const limb = (mesh: InstancedMesh, index: number, a: Vector3, b: Vector3, thickness = 1) => {
      w.p.copy(a).add(b).multiplyScalar(0.5);
      w.s.copy(b).sub(a);
      const length = w.s.length();
      const isLeg = mesh === legs;
      w.q.setFromUnitVectors(isLeg ? w.forward : w.up, w.s.normalize());
      w.m.compose(w.p, w.q, w.size.set(thickness, isLeg ? 1 : length, isLeg ? length : thickness));
      mesh.setMatrixAt(index, w.m);
    };

    members.forEach((member, i) => {
      const seat = member.seat;
      const walking =
        walkOut && walkOut.member === i ? walkerAt(walkOut, member, room, time) : null;
      if (walking?.phase === 'gone') {
        for (const mesh of [torso, head, hair, legs, phone]) mesh.setMatrixAt(i, w.zero);
        arms.setMatrixAt(2 * i, w.zero);
        arms.setMatrixAt(2 * i + 1, w.zero);
        return;
      }
      const standing = walking !== null && walking.phase !== 'seated';
      const x = walking ? walking.x : seat.x;
      const z = walking ? walking.z : seat.z;
      const pose = poseOf(member, time, speaker, restless);
      const s = member.scale;
      const hipY = seat.y + (standing ? 0.92 : 0.5) * s;

      // Torso about the hips: lean forward (towards the stage, +z) and tilt to a neighbour.
      w.e.set(standing ? 0 : pose.lean, 0, standing ? 0 : pose.tilt);
      w.q.setFromEuler(w.e);
      w.torso.compose(w.p.set(x, hipY, z), w.q, w.s.set(s, s, s));
      torso.setMatrixAt(i, w.torso);

      // Head on the neck, turned to where the member looks.
      const neck = w.neck.set(0, 0.62, 0).applyMatrix4(w.torso);
      const yaw = standing ? Math.PI / 2 : pose.headYaw;
      const pitch = standing ? 0 : pose.headPitch + pose.yawn * 0.35;
      w.e.set(-pitch, yaw, 0, 'YXZ');
      w.q.setFromEuler(w.e);
      w.p.copy(neck);
      w.p.y += 0.11 * s;
      w.m.compose(w.p, w.q, w.s.set(s, s * (1 + pose.yawn * 0.08), s));
      head.setMatrixAt(i, w.m);
      w.m.multiply(w.hairOffset);
      hair.setMatrixAt(i, w.m);

      // Arms: resting on the lap, crossed on the chest, or one raised with a question.
      const shoulderL = w.shoulderL.set(0.2, 0.55, 0).applyMatrix4(w.torso);
      const shoulderR = w.shoulderR.set(-0.2, 0.55, 0).applyMatrix4(w.torso);
      if (standing) {
        w.handL.set(0.22, 0.05, 0);
        w.handR.set(-0.22, 0.05, 0);
      } else if (pose.armsCrossed) {
        w.handL.set(-0.12, 0.38, 0.16);
        w.handR.set(0.12, 0.34, 0.17);
      } else {
        w.handL.set(0.12, 0.02, 0.3);
        w.handR.set(-0.12, 0.02, 0.3);
      }
      if (raisedHand === i) w.handR.set(-0.25, 1.15, 0.1);
      limb(arms, 2 * i, shoulderL, w.handL.applyMatrix4(w.torso), s);
      limb(arms, 2 * i + 1, shoulderR, w.handR.applyMatrix4(w.torso), s);

      // Legs: thighs forward to the knees and shins down when seated; straight down when up.
      const knee = standing
        ? w.knee.set(x, seat.y + 0.47 * s, z)
        : w.knee.set(x, hipY, z + 0.42 * s);
      const foot = standing
        ? w.foot.set(x, seat.y + 0.02, z)
        : w.foot.set(x, seat.y + 0.02, z + 0.5 * s);
      limb(legs, i, w.hip.set(x, hipY, standing ? z : z + 0.02), knee);
      // The shin shares the leg mesh's second half of instances.
      limb(legs, n + i, knee, foot);

      // A phone lit in the lap.
      if (pose.phone && !standing) {
        w.m.compose(w.p.set(x, hipY + 0.08, z + 0.3 * s), w.q.identity(), w.s.set(1, 1, 1));
        phone.setMatrixAt(i, w.m);
      } else {
        phone.setMatrixAt(i, w.zero);
      }
    });
    for (const mesh of [torso, head, hair, arms, legs, phone])
      mesh.instanceMatrix.needsUpdate = true;
  });

  if (n === 0) return null;
  return (
    <group name="crowd" userData={{ members: n }}>
      <instancedMesh ref={torsoRef} args={[parts.torso, parts.body, n]} frustumCulled={false} />
      <instancedMesh ref={headRef} args={[parts.head, parts.skin, n]} frustumCulled={false} />
      <instancedMesh
        ref={hairRef}
        args={[parts.hair, parts.hairMaterial, n]}
        frustumCulled={false}
      />
      <instancedMesh ref={armsRef} args={[parts.arm, parts.body, 2 * n]} frustumCulled={false} />
      <instancedMesh
        ref={legsRef}
        args={[parts.leg, parts.trousers, 2 * n]}
        frustumCulled={false}
      />
      <instancedMesh ref={phoneRef} args={[parts.phone, parts.glow, n]} frustumCulled={false} />
    </group>
  );
}
