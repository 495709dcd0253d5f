import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  Color,
  Euler,
  InstancedBufferAttribute,
  type InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  MeshLambertMaterial,
  Quaternion,
  Vector3,
} from 'three';
import { breath, hipHeight, legSwing, torsoLength, weightShift } from './body';
import { faceMaterial } from './faceMaterial';
import {
  hairGeometry,
  handGeometry,
  headGeometry,
  limbGeometry,
  phoneGeometry,
  shoeGeometry,
  torsoGeometry,
} from './geometry';
import { armsList, FACE_FLOATS, headCentre, type People, postureOf } from './people';
import { ageing, type HairStyle, hairStyles, type Person } from './population';

const styled = hairStyles.filter((s) => s !== 'bald') as Exclude<HairStyle, 'bald'>[];
const shoes = ['#1c1a18', '#3a2a20', '#2a2f3a', '#5a4a3a', '#e8e6e0'];

/** A small per-person number in [0, 1) from their phase, for choices made once (irises, shoes). */
const draw = (person: Person, k: number) => {
  const v = Math.sin(person.phase * 91.7 + k * 12.9898) * 43758.5453;
  return v - Math.floor(v);
};

type MeshName =
  | 'torso'
  | 'head'
  | 'arms'
  | 'hands'
  | 'legs'
  | 'shoes'
  | 'phone'
  | Exclude<HairStyle, 'bald'>;

type Work = {
  m: Matrix4;
  q: Quaternion;
  p: Vector3;
  s: Vector3;
  d: Vector3;
  up: Vector3;
  hip: Vector3;
};

/** A limb from a to b, a unit cylinder stretched between them. */
function stretch(
  w: Work,
  mesh: InstancedMesh,
  index: number,
  a: Vector3,
  b: Vector3,
  thickness: number,
) {
  w.p.copy(a).add(b).multiplyScalar(0.5);
  w.d.copy(b).sub(a);
  const length = w.d.length();
  w.q.setFromUnitVectors(w.up, w.d.normalize());
  w.m.compose(w.p, w.q, w.s.set(thickness, length, thickness));
  mesh.setMatrixAt(index, w.m);
}

/** A point given in the body's frame (metres for a 1.75 m person), into world space. */
function inBody(
  w: Work,
  out: Vector3,
  q: Quaternion,
  x: number,
  y: number,
  z: number,
  scale: number,
) {
  return out
    .set(x * scale, y * scale, z * scale)
    .applyQuaternion(q)
    .add(w.hip);
}

/**
 * Everyone of a scene, drawn as eleven instanced meshes whatever their number: torsos, heads with
 * their faces (one shader), four hair styles, arms, hands, legs, shoes and phones. Each frame reads
 * the `People` arrays the scene and the people module wrote, straight into instance matrices and
 * attributes: no React render per person or per frame, nothing allocated.
 */
export function PeopleView({ people, name = 'people' }: { people: People; name?: string }) {
  const n = people.count;
  const parts = useMemo(() => {
    const head = headGeometry();
    const faceAttributes = {
      gaze: new InstancedBufferAttribute(new Float32Array(n * 4), 4),
      mouth: new InstancedBufferAttribute(new Float32Array(n * 4), 4),
      look: new InstancedBufferAttribute(new Float32Array(n * 4), 4),
      browColour: new InstancedBufferAttribute(new Float32Array(n * 3), 3),
    };
    for (const [key, attribute] of Object.entries(faceAttributes))
      head.setAttribute(key, attribute);
    return {
      head,
      faceAttributes,
      hair: Object.fromEntries(styled.map((s) => [s, hairGeometry(s)])) as Record<
        (typeof styled)[number],
        ReturnType<typeof hairGeometry>
      >,
      torso: torsoGeometry(),
      arm: limbGeometry(0.045, true),
      leg: limbGeometry(0.07),
      hand: handGeometry(),
      shoe: shoeGeometry(),
      phone: phoneGeometry(),
      skin: faceMaterial(),
      cloth: new MeshLambertMaterial({ color: '#ffffff' }),
      glow: new MeshBasicMaterial({ color: '#bfe2ff' }),
    };
  }, [n]);
  useLayoutEffect(
    () => () => {
      for (const g of [
        parts.head,
        parts.torso,
        parts.arm,
        parts.leg,
        parts.hand,
        parts.shoe,
        parts.phone,
      ])
        g.dispose();
      for (const g of Object.values(parts.hair)) g?.dispose();
      for (const m of [parts.skin, parts.cloth, parts.glow]) m.dispose();
    },
    [parts],
  );

  // Who wears which hair, as indices into each style's mesh.
  const byStyle = useMemo(() => {
    const lists = Object.fromEntries(styled.map((s) => [s, [] as number[]])) as Record<
      (typeof styled)[number],
      number[]
    >;
    people.persons.forEach((p, i) => {
      if (p.hairStyle !== 'bald') lists[p.hairStyle].push(i);
    });
    return lists;
  }, [people]);

  // The meshes, set by their ref callbacks; read in effects and frames, never rendered from.
  const meshes = useRef<Record<MeshName, InstancedMesh | null>>({
    torso: null,
    head: null,
    arms: null,
    hands: null,
    legs: null,
    shoes: null,
    phone: null,
    short: null,
    long: null,
    tied: null,
    covered: null,
  });
  const slot = (key: MeshName) => (mesh: InstancedMesh | null) => {
    meshes.current[key] = mesh;
  };

  useLayoutEffect(() => {
    const c = new Color();
    const {
      torso,
      head,
      arms,
      hands,
      legs,
      shoes: feet,
    } = {
      torso: meshes.current.torso,
      head: meshes.current.head,
      arms: meshes.current.arms,
      hands: meshes.current.hands,
      legs: meshes.current.legs,
      shoes: meshes.current.shoes,
    };
    const look = parts.faceAttributes.look.array as Float32Array;
    const brows = parts.faceAttributes.browColour.array as Float32Array;
    people.persons.forEach((p, i) => {
      torso?.setColorAt(i, c.set(p.top));
      head?.setColorAt(i, c.set(p.skin));
      for (let k = 0; k < 4; k++) arms?.setColorAt(4 * i + k, c.set(p.top));
      for (let k = 0; k < 2; k++) hands?.setColorAt(2 * i + k, c.set(p.skin));
      for (let k = 0; k < 4; k++) legs?.setColorAt(4 * i + k, c.set(p.bottom));
      const shoe = shoes[Math.floor(draw(p, 1) * shoes.length)] ?? '#1c1a18';
      for (let k = 0; k < 2; k++) feet?.setColorAt(2 * i + k, c.set(shoe));
      look[i * 4] = ageing(p);
      look[i * 4 + 1] = draw(p, 2);
      // Brows: the hair's colour, darker; under a covering, dark brown.
      c.set(p.hairStyle === 'covered' ? '#2e2118' : p.hair).multiplyScalar(0.7);
      brows.set([c.r, c.g, c.b], i * 3);
    });
    for (const style of styled) {
      const mesh = meshes.current[style];
      byStyle[style].forEach((person, k) => {
        mesh?.setColorAt(k, c.set(people.persons[person]?.hair ?? '#000'));
      });
      if (mesh?.instanceColor) mesh.instanceColor.needsUpdate = true;
    }
    for (const mesh of [torso, head, arms, hands, legs, feet])
      if (mesh?.instanceColor) mesh.instanceColor.needsUpdate = true;
    parts.faceAttributes.look.needsUpdate = true;
    parts.faceAttributes.browColour.needsUpdate = true;
  }, [people, parts, byStyle]);

  const w = useMemo(
    () => ({
      m: new Matrix4(),
      torso: new Matrix4(),
      q: new Quaternion(),
      qBody: new Quaternion(),
      qTorso: new Quaternion(),
      e: new Euler(),
      p: new Vector3(),
      s: new Vector3(),
      d: new Vector3(),
      up: new Vector3(0, 1, 0),
      hip: new Vector3(),
      neck: new Vector3(),
      head: { x: 0, y: 0, z: 0 },
      shoulder: new Vector3(),
      elbow: new Vector3(),
      hand: new Vector3(),
      joint: new Vector3(),
      knee: new Vector3(),
      foot: new Vector3(),
      zero: new Matrix4().makeScale(0, 0, 0),
      time: 0,
      hairIndex: { short: 0, long: 0, tied: 0, covered: 0 },
    }),
    [],
  );

  useFrame((_, dt) => {
    const torso = meshes.current.torso;
    const head = meshes.current.head;
    const arms = meshes.current.arms;
    const hands = meshes.current.hands;
    const legs = meshes.current.legs;
    const feet = meshes.current.shoes;
    const phone = meshes.current.phone;
    if (!torso || !head || !arms || !hands || !legs || !feet || !phone) return;
    w.time += Math.min(dt, 0.25);
    const t = w.time;
    const gaze = parts.faceAttributes.gaze.array as Float32Array;
    const mouth = parts.faceAttributes.mouth.array as Float32Array;

    const hairIndex = w.hairIndex;
    for (const style of styled) hairIndex[style] = 0;
    for (let i = 0; i < n; i++) {
      const person = people.persons[i] as Person;
      const posture = postureOf(people, i);
      const style = person.hairStyle;
      const hairMesh = style === 'bald' ? null : meshes.current[style];
      const hairSlot = style === 'bald' ? -1 : hairIndex[style]++;
      if (posture === 'gone') {
        torso.setMatrixAt(i, w.zero);
        head.setMatrixAt(i, w.zero);
        phone.setMatrixAt(i, w.zero);
        for (let k = 0; k < 4; k++) {
          arms.setMatrixAt(4 * i + k, w.zero);
          legs.setMatrixAt(4 * i + k, w.zero);
        }
        for (let k = 0; k < 2; k++) {
          hands.setMatrixAt(2 * i + k, w.zero);
          feet.setMatrixAt(2 * i + k, w.zero);
        }
        if (hairMesh) hairMesh.setMatrixAt(hairSlot, w.zero);
        continue;
      }
      const h = person.height;
      const scale = h / 1.75;
      const build = person.build;
      const facing = people.facing[i] ?? 0;
      const lean = people.lean[i] ?? 0;
      const tilt = people.tilt[i] ?? 0;
      const stride = people.stride[i] ?? 0;
      const breathing = breath(t, person.phase);
      const walking = posture === 'walking';
      const seated = posture === 'seated';

      // The hips, the torso about them, and the head where the gaze's arithmetic puts it.
      const sway = posture === 'standing' ? weightShift(t, person.phase) : 0;
      const bob = walking ? 0.02 * Math.abs(Math.sin(stride * 2 * Math.PI)) : 0;
      w.qBody.setFromAxisAngle(w.up, facing);
      w.hip.set(
        people.x[i] ?? 0,
        (people.y[i] ?? 0) + hipHeight(h, posture) + bob,
        people.z[i] ?? 0,
      );
      w.hip.add(w.d.set(sway, 0, 0).applyQuaternion(w.qBody));
      w.e.set(lean, facing, tilt, 'YXZ');
      w.qTorso.setFromEuler(w.e);
      const length = torsoLength(h) * (1 + 0.012 * breathing);
      w.torso.compose(
        w.hip,
        w.qTorso,
        w.s.set(build * scale * (1 + 0.01 * breathing), length, build * scale),
      );
      torso.setMatrixAt(i, w.torso);

      headCentre(people, i, w.head);
      w.e.set(-(people.headPitch[i] ?? 0), facing + (people.headYaw[i] ?? 0), 0, 'YXZ');
      w.q.setFromEuler(w.e);
      w.m.compose(w.p.set(w.head.x, w.head.y, w.head.z), w.q, w.s.set(scale, scale, scale));
      head.setMatrixAt(i, w.m);
      if (hairMesh) hairMesh.setMatrixAt(hairSlot, w.m);

      const f = i * FACE_FLOATS;
      gaze[i * 4] = people.eyeYaw[i] ?? 0;
      gaze[i * 4 + 1] = people.eyePitch[i] ?? 0;
      gaze[i * 4 + 2] = Math.max(people.face[f + 2] ?? 0, people.blink[i] ?? 0);
      gaze[i * 4 + 3] = people.face[f] ?? 0;
      mouth[i * 4] = people.face[f + 1] ?? 0;
      mouth[i * 4 + 1] = people.face[f + 3] ?? 0;
      mouth[i * 4 + 2] = people.face[f + 4] ?? 0;
      mouth[i * 4 + 3] = people.face[f + 5] ?? 0;

      // Arms: from the shoulders to where the hands are for the pose.
      const arms_ = armsList[people.arms[i] ?? 0];
      const swing = walking ? 0.17 * Math.sin(stride * 2 * Math.PI) : 0;
      const shoulderY = (torsoLength(h) / scale) * 0.86;
      for (let side = 0; side < 2; side++) {
        const sign = side === 0 ? 1 : -1;
        inBody(w, w.shoulder, w.qTorso, sign * 0.17 * build, shoulderY, 0, scale);
        if (arms_ === 'crossed')
          inBody(w, w.hand, w.qTorso, -sign * 0.1, 0.34 + 0.02 * sign, 0.17, scale);
        else if (arms_ === 'raised' && side === 1)
          inBody(w, w.hand, w.qTorso, -0.24, 1.05, 0.12, scale);
        else if (arms_ === 'phone') inBody(w, w.hand, w.qTorso, sign * 0.05, 0.14, 0.3, scale);
        else if (seated) inBody(w, w.hand, w.qTorso, sign * 0.14, 0.03, 0.3, scale);
        else inBody(w, w.hand, w.qTorso, sign * 0.24 * build, 0.02, 0.04 - sign * swing, scale);
        // The elbow: out, down and back of the straight line, as arms bend.
        w.elbow.copy(w.shoulder).add(w.hand).multiplyScalar(0.5);
        w.elbow.add(
          w.d
            .set(sign * 0.05, -0.06, -0.05)
            .multiplyScalar(scale)
            .applyQuaternion(w.qTorso),
        );
        const thick = scale * Math.sqrt(build);
        stretch(w, arms, 4 * i + 2 * side, w.shoulder, w.elbow, thick);
        stretch(w, arms, 4 * i + 2 * side + 1, w.elbow, w.hand, thick * 0.9);
        w.m.compose(w.hand, w.qTorso, w.s.set(scale, scale, scale));
        hands.setMatrixAt(2 * i + side, w.m);
      }
      if (arms_ === 'phone') {
        inBody(w, w.p, w.qTorso, 0, 0.16, 0.33, scale);
        w.m.compose(w.p, w.qTorso, w.s.set(1, 1, 1));
        phone.setMatrixAt(i, w.m);
      } else {
        phone.setMatrixAt(i, w.zero);
      }

      // Legs: thigh and shin per side; seated, the thighs forward and the shins down.
      const thighLength = 0.255 * h;
      const shinLength = 0.245 * h;
      for (let side = 0; side < 2; side++) {
        const sign = side === 0 ? 1 : -1;
        let thigh = 0;
        let knee = 0;
        if (seated) {
          thigh = 1.5;
          knee = 1.5;
        } else if (walking) {
          const leg = legSwing(stride + side * 0.5);
          thigh = leg.thigh;
          knee = leg.knee;
        }
        w.joint
          .set(sign * 0.09 * build * scale, 0, 0)
          .applyQuaternion(w.qBody)
          .add(w.hip);
        w.knee.set(0, -Math.cos(thigh) * thighLength, Math.sin(thigh) * thighLength);
        w.knee.applyQuaternion(w.qBody).add(w.joint);
        w.foot.set(0, -Math.cos(thigh - knee) * shinLength, Math.sin(thigh - knee) * shinLength);
        w.foot.applyQuaternion(w.qBody).add(w.knee);
        const thick = scale * Math.sqrt(build);
        stretch(w, legs, 4 * i + 2 * side, w.joint, w.knee, thick);
        stretch(w, legs, 4 * i + 2 * side + 1, w.knee, w.foot, thick * 0.8);
        w.foot.y = Math.max(w.foot.y - 0.04 * scale, people.y[i] ?? 0);
        w.m.compose(w.foot, w.qBody, w.s.set(scale, scale, scale));
        feet.setMatrixAt(2 * i + side, w.m);
      }
    }
    for (const mesh of [torso, head, arms, hands, legs, feet, phone])
      mesh.instanceMatrix.needsUpdate = true;
    for (const style of styled) {
      const mesh = meshes.current[style];
      if (mesh) mesh.instanceMatrix.needsUpdate = true;
    }
    parts.faceAttributes.gaze.needsUpdate = true;
    parts.faceAttributes.mouth.needsUpdate = true;
  });

  if (n === 0) return null;
  return (
    <group name={name} userData={{ people: n }}>
      <instancedMesh
        ref={slot('torso')}
        args={[parts.torso, parts.cloth, n]}
        frustumCulled={false}
      />
      <instancedMesh
        ref={slot('head')}
        name="faces"
        args={[parts.head, parts.skin, n]}
        frustumCulled={false}
      />
      {styled.map((style) => {
        const count = byStyle[style].length;
        const geometry = parts.hair[style];
        return count > 0 && geometry ? (
          <instancedMesh
            key={style}
            ref={slot(style)}
            args={[geometry, parts.cloth, count]}
            frustumCulled={false}
          />
        ) : null;
      })}
      <instancedMesh
        ref={slot('arms')}
        args={[parts.arm, parts.cloth, 4 * n]}
        frustumCulled={false}
      />
      <instancedMesh
        ref={slot('hands')}
        args={[parts.hand, parts.cloth, 2 * n]}
        frustumCulled={false}
      />
      <instancedMesh
        ref={slot('legs')}
        args={[parts.leg, parts.cloth, 4 * n]}
        frustumCulled={false}
      />
      <instancedMesh
        ref={slot('shoes')}
        args={[parts.shoe, parts.cloth, 2 * n]}
        frustumCulled={false}
      />
      <instancedMesh
        ref={slot('phone')}
        args={[parts.phone, parts.glow, n]}
        frustumCulled={false}
      />
    </group>
  );
}
