import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  BufferGeometry,
  Color,
  CylinderGeometry,
  Float32BufferAttribute,
  InstancedBufferAttribute,
  InstancedMesh,
  LineBasicMaterial,
  LineSegments,
  Matrix4,
  MeshBasicMaterial,
  MeshPhysicalMaterial,
  MeshStandardMaterial,
  PlaneGeometry,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three';
import { canvasTexture } from '../common/canvas';
import type { Cast } from './cast';
import {
  BODY_HEIGHT,
  type Body,
  footLift,
  type Gait,
  HEAD_AHEAD,
  hipOf,
  knee,
  LEGS,
  legLengths,
} from './gait';
import { type Surface, surfacePoint, TABLE, type Vec } from './layout';
import { type Look, MAX_SPIDERS } from './levels';

/** Shells of fine hairs over the body and legs, at full hairiness. */
const SHELLS = 6;
/** Per spider: eight legs of two parts, and two palps. */
const SEGMENTS = LEGS * 2 + 2;
const EYES = 4;

/** A shadow's soft round fall-off, drawn once. */
function shadowTexture() {
  const { canvas, texture } = canvasTexture(64, 64);
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const g = ctx.createRadialGradient(32, 32, 2, 32, 32, 31);
    g.addColorStop(0, 'rgba(0,0,0,0.55)');
    g.addColorStop(0.6, 'rgba(0,0,0,0.25)');
    g.addColorStop(1, 'rgba(0,0,0,0)');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 64, 64);
  }
  texture.needsUpdate = true;
  return texture;
}

/**
 * Hair by shells: each shell is the part drawn again a little larger, keeping only the dots where
 * a hair passes through it, fewer and thinner the further out. The dots are fixed in the part's
 * own space, so a hair runs straight out through every shell.
 */
function hairMaterial(density: [number, number, number]) {
  const material = new MeshStandardMaterial({ roughness: 0.9, metalness: 0 });
  material.onBeforeCompile = (shader) => {
    shader.uniforms.density = { value: new Vector3(...density) };
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        '#include <common>\nattribute float shell;\nvarying float vShell;\nvarying vec3 vCell;',
      )
      .replace(
        '#include <begin_vertex>',
        '#include <begin_vertex>\nvShell = shell;\nvCell = position;',
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
uniform vec3 density;
varying float vShell;
varying vec3 vCell;
float hairHash(vec3 p) { return fract(sin(dot(p, vec3(127.1, 311.7, 74.7))) * 43758.5453); }`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
  vec3 cell = floor(vCell * density);
  float reach = 0.35 + 0.65 * hairHash(cell);
  if (vShell > reach) discard;
  vec3 inCell = fract(vCell * density) - 0.5;
  if (length(inCell) > 0.45 * (1.0 - vShell / reach)) discard;
  diffuseColor.rgb *= mix(0.7, 1.1, vShell);`,
      );
  };
  return material;
}

const up = new Vector3(0, 1, 0);
const m4 = new Matrix4();
const q = new Quaternion();
const pos = new Vector3();
const scl = new Vector3();
const dir = new Vector3();
const fwd = new Vector3();
const nrm = new Vector3();
const side = new Vector3();
const left = new Vector3();
const head = new Vector3();
const tail = new Vector3();
const hip: Vec = { x: 0, y: 0, z: 0 };
const foot: Vec = { x: 0, y: 0, z: 0 };
const kneeAt: Vec = { x: 0, y: 0, z: 0 };
const uv = new Float64Array(2);
const colour = new Color();
const bodyHue = new Color();
const darkHue = new Color();
const greyHair = new Color('#5e5650');
const at: Vec = { x: 0, y: 0, z: 0 };

/** A unit cylinder from y 0 to 1, for leg parts laid from one joint to the next. */
function segmentGeometry() {
  const g = new CylinderGeometry(1, 0.7, 1, 6, 1, true);
  g.translate(0, 0.5, 0);
  return g;
}

function shellAttribute(count: number) {
  const values = new Float32Array(count);
  return new InstancedBufferAttribute(values, 1);
}

export interface SpidersLook {
  look: Look;
  /** 0-100. */
  hair: number;
}

const BODY_COLOURS = { real: ['#4b3727', '#231811'], toy: ['#8f6ad8', '#6d4bb8'] };

/**
 * Every spider of the level, walking and hanging, drawn in a few instanced meshes: bodies, leg
 * parts, eyes, the hair shells of each, shadows and the thread. Poses are read from `cast` each
 * frame; nothing goes through React.
 */
export function Spiders({ cast, look }: { cast: { current: Cast }; look: SpidersLook }) {
  const toy = look.look === 'toy';
  const shells = toy ? 0 : Math.round((look.hair / 100) * SHELLS);
  const made = useMemo(() => {
    const bodies = new InstancedMesh(
      new SphereGeometry(1, 16, 12),
      new MeshPhysicalMaterial({
        roughness: 0.45,
        clearcoat: 1,
        clearcoatRoughness: 0.18,
      }),
      MAX_SPIDERS * 2,
    );
    const segments = new InstancedMesh(
      segmentGeometry(),
      new MeshStandardMaterial({ roughness: 0.6 }),
      MAX_SPIDERS * SEGMENTS,
    );
    const eyes = new InstancedMesh(
      new SphereGeometry(1, 10, 8),
      new MeshStandardMaterial({ roughness: 0.08, metalness: 0.1 }),
      MAX_SPIDERS * EYES,
    );
    const bodyHair = new InstancedMesh(
      new SphereGeometry(1, 16, 12),
      hairMaterial([26, 26, 26]),
      MAX_SPIDERS * 2 * SHELLS,
    );
    bodyHair.geometry.setAttribute('shell', shellAttribute(MAX_SPIDERS * 2 * SHELLS));
    const legHair = new InstancedMesh(
      segmentGeometry(),
      hairMaterial([4, 26, 4]),
      MAX_SPIDERS * SEGMENTS * SHELLS,
    );
    legHair.geometry.setAttribute('shell', shellAttribute(MAX_SPIDERS * SEGMENTS * SHELLS));
    const shadowGeometry = new PlaneGeometry(1, 1);
    shadowGeometry.rotateX(-Math.PI / 2);
    const shadows = new InstancedMesh(
      shadowGeometry,
      new MeshBasicMaterial({
        map: shadowTexture(),
        transparent: true,
        depthWrite: false,
        polygonOffset: true,
        polygonOffsetFactor: -2,
      }),
      MAX_SPIDERS,
    );
    const threadGeometry = new BufferGeometry();
    threadGeometry.setAttribute('position', new Float32BufferAttribute(new Float32Array(6), 3));
    const thread = new LineSegments(
      threadGeometry,
      new LineBasicMaterial({ color: '#e8e8e8', transparent: true, opacity: 0.7 }),
    );
    for (const mesh of [bodies, segments, eyes, bodyHair, legHair, shadows]) {
      mesh.frustumCulled = false;
      mesh.count = 0;
    }
    thread.frustumCulled = false;
    bodies.name = 'spider-bodies';
    segments.name = 'spider-legs';
    bodyHair.name = 'spider-hair';
    thread.name = 'spider-thread';
    return { bodies, segments, eyes, bodyHair, legHair, shadows, thread };
  }, []);

  useEffect(
    () => () => {
      for (const mesh of Object.values(made)) {
        mesh.geometry.dispose();
        const material = mesh.material as MeshBasicMaterial;
        material.map?.dispose();
        material.dispose();
      }
    },
    [made],
  );

  useFrame(() => {
    const { bodies, segments, eyes, bodyHair, legHair, shadows, thread } = made;
    const c = cast.current;
    let nb = 0;
    let ns = 0;
    let ne = 0;
    let nh = 0;
    let nl = 0;
    let nshadow = 0;

    const segment = (a: Vec, b: Vec, radius: number, hue: string, mix: number) => {
      dir.set(b.x - a.x, b.y - a.y, b.z - a.z);
      const length = dir.length() || 1e-6;
      q.setFromUnitVectors(up, dir.multiplyScalar(1 / length));
      colour.set(hue).multiplyScalar(mix);
      pos.set(a.x, a.y, a.z);
      scl.set(radius, length, radius);
      segments.setMatrixAt(ns, m4.compose(pos, q, scl));
      segments.setColorAt(ns, colour);
      ns++;
      for (let k = 1; k <= shells; k++) {
        const grow = radius + (k / SHELLS) * radius * 2.4;
        scl.set(grow, length, grow);
        legHair.setMatrixAt(nl, m4.compose(pos, q, scl));
        legHair.setColorAt(nl, colour);
        (legHair.geometry.getAttribute('shell') as InstancedBufferAttribute).setX(nl, k / shells);
        nl++;
      }
    };

    const ellipsoid = (
      centre: Vector3,
      a: number,
      b: number,
      l: number,
      hue: Color,
      hairLength: number,
    ) => {
      m4.makeBasis(side, nrm, fwd);
      m4.scale(scl.set(a, b, l));
      m4.setPosition(centre);
      bodies.setMatrixAt(nb, m4);
      bodies.setColorAt(nb, hue);
      nb++;
      for (let k = 1; k <= shells; k++) {
        const d = (k / shells) * hairLength;
        m4.makeBasis(side, nrm, fwd);
        m4.scale(scl.set(a + d, b + d, l + d));
        m4.setPosition(centre);
        bodyHair.setMatrixAt(nh, m4);
        bodyHair.setColorAt(nh, colour.copy(hue).multiplyScalar(2).lerp(greyHair, 0.25));
        (bodyHair.geometry.getAttribute('shell') as InstancedBufferAttribute).setX(nh, k / shells);
        nh++;
      }
    };

    const eye = (centre: Vector3, radius: number, hue: string) => {
      pos.copy(centre);
      scl.setScalar(radius);
      eyes.setMatrixAt(ne, m4.compose(pos, q.identity(), scl));
      eyes.setColorAt(ne, colour.set(hue));
      ne++;
    };

    /** One spider: body, legs, eyes and hair, on its surface with its gait. */
    const spider = (
      s: Surface,
      body: Body,
      gait: Gait,
      span: number,
      shade: number,
      tint: number,
    ) => {
      const cos = Math.cos(body.heading);
      const sin = Math.sin(body.heading);
      fwd.set(s.u.x * cos + s.w.x * sin, s.u.y * cos + s.w.y * sin, s.u.z * cos + s.w.z * sin);
      nrm.set(s.normal.x, s.normal.y, s.normal.z);
      side.crossVectors(nrm, fwd).normalize();
      left.copy(side).negate();
      surfacePoint(s, body.u, body.w, BODY_HEIGHT * span, at);
      head.set(at.x, at.y, at.z).addScaledVector(fwd, HEAD_AHEAD * span);
      tail
        .set(at.x, at.y, at.z)
        .addScaledVector(fwd, -0.15 * span)
        .addScaledVector(nrm, 0.02 * span);
      const [bright, dark] = toy ? BODY_COLOURS.toy : BODY_COLOURS.real;
      bodyHue.set(bright ?? '#000').lerp(darkHue.set(dark ?? '#000'), shade);
      if (toy) bodyHue.offsetHSL(tint * 0.3 - 0.15, 0, 0);
      const hairLength = (look.hair / 100) * 0.06 * span;
      if (toy) {
        ellipsoid(head, 0.085 * span, 0.07 * span, 0.09 * span, bodyHue, 0);
        ellipsoid(tail, 0.13 * span, 0.12 * span, 0.15 * span, bodyHue, 0);
      } else {
        ellipsoid(head, 0.07 * span, 0.045 * span, 0.085 * span, bodyHue, hairLength);
        // The abdomen a shade darker, and glossy under the hairs.
        darkHue.copy(bodyHue).multiplyScalar(0.8);
        ellipsoid(tail, 0.095 * span, 0.08 * span, 0.135 * span, darkHue, hairLength);
      }
      const { femur, tibia } = legLengths(span);
      const legHue = toy ? '#5a3c99' : '#3e2c1f';
      const r = (toy ? 0.02 : 0.013) * span;
      for (let leg = 0; leg < LEGS; leg++) {
        hipOf(body, leg, span, uv);
        surfacePoint(s, uv[0] ?? 0, uv[1] ?? 0, BODY_HEIGHT * span, hip);
        surfacePoint(
          s,
          gait.feet[2 * leg] ?? 0,
          gait.feet[2 * leg + 1] ?? 0,
          footLift(gait, leg),
          foot,
        );
        knee(hip, foot, s.normal, femur, tibia, kneeAt);
        segment(hip, kneeAt, r, legHue, 0.85);
        // The lower leg lighter: spiders' legs are banded.
        segment(kneeAt, foot, r * 0.75, legHue, toy ? 0.85 : 1.35);
      }
      // The palps, short feelers either side of the mouth.
      for (const k of [-1, 1]) {
        pos
          .copy(head)
          .addScaledVector(fwd, 0.07 * span)
          .addScaledVector(left, k * 0.02 * span);
        hip.x = pos.x;
        hip.y = pos.y;
        hip.z = pos.z;
        pos.addScaledVector(fwd, 0.06 * span).addScaledVector(nrm, -0.06 * span);
        foot.x = pos.x;
        foot.y = pos.y;
        foot.z = pos.z;
        segment(hip, foot, r * 0.8, legHue, 1);
      }
      if (toy) {
        for (const k of [-1, 1]) {
          pos
            .copy(head)
            .addScaledVector(fwd, 0.07 * span)
            .addScaledVector(nrm, 0.045 * span);
          pos.addScaledVector(left, k * 0.032 * span);
          eye(pos, 0.032 * span, '#ffffff');
          pos.addScaledVector(fwd, 0.022 * span);
          eye(pos, 0.016 * span, '#111111');
        }
      } else {
        for (const k of [-1, 1]) {
          pos
            .copy(head)
            .addScaledVector(fwd, 0.075 * span)
            .addScaledVector(nrm, 0.03 * span);
          eye(pos.addScaledVector(left, k * 0.013 * span), 0.013 * span, '#0b0b0d');
          pos
            .copy(head)
            .addScaledVector(fwd, 0.06 * span)
            .addScaledVector(nrm, 0.034 * span);
          eye(pos.addScaledVector(left, k * 0.032 * span), 0.009 * span, '#0b0b0d');
        }
      }
    };

    const shadow = (s: Surface, u: number, w: number, span: number, lift: number) => {
      surfacePoint(s, u, w, 0.0015, at);
      pos.set(at.x, at.y, at.z);
      fwd.set(s.u.x, s.u.y, s.u.z);
      nrm.set(s.normal.x, s.normal.y, s.normal.z);
      side.crossVectors(fwd, nrm);
      m4.makeBasis(fwd, nrm, side);
      // Softer and wider the higher the spider is above what it falls on.
      const size = span * (0.9 + lift * 2);
      m4.scale(scl.setScalar(size));
      m4.setPosition(pos);
      shadows.setMatrixAt(nshadow, m4);
      shadows.setColorAt(nshadow, colour.setScalar(Math.max(0.2, 1 - lift * 1.5)));
      nshadow++;
    };

    for (const one of c.spiders) {
      const w = one.walker;
      spider(w.surface, w.body, one.gait, w.span, one.shade, one.tint);
      shadow(w.surface, w.body.u, w.body.w, w.span, 0);
    }
    const d = c.dropper;
    const positions = thread.geometry.getAttribute('position') as Float32BufferAttribute;
    if (d) {
      const y = d.anchor.y - d.drop.down;
      const hanging = hangingSurface(d.anchor, y, d.drop.turn);
      spider(hanging, d.body, d.gait, d.span, 0.8, 0.5);
      // The thread from the ceiling to the spinnerets at the abdomen's end.
      positions.setXYZ(0, d.anchor.x, d.anchor.y, d.anchor.z);
      positions.setXYZ(1, tail.x, tail.y + 0.13 * d.span, tail.z);
      positions.needsUpdate = true;
      thread.visible = true;
      const above = y - TABLE.top;
      if (
        above > 0 &&
        d.anchor.x > TABLE.minX &&
        d.anchor.x < TABLE.maxX &&
        d.anchor.z > TABLE.minZ &&
        d.anchor.z < TABLE.maxZ
      )
        shadow(tableFor(d.anchor), 0, 0, d.span, Math.min(1, above / 1.5));
    } else thread.visible = false;

    bodies.count = nb;
    segments.count = ns;
    eyes.count = ne;
    bodyHair.count = nh;
    legHair.count = nl;
    shadows.count = nshadow;
    for (const mesh of [bodies, segments, eyes, bodyHair, legHair, shadows]) {
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    }
    (bodyHair.geometry.getAttribute('shell') as InstancedBufferAttribute).needsUpdate = true;
    (legHair.geometry.getAttribute('shell') as InstancedBufferAttribute).needsUpdate = true;
  });

  return (
    <group name="spiders">
      <primitive object={made.shadows} />
      <primitive object={made.bodies} />
      <primitive object={made.segments} />
      <primitive object={made.eyes} />
      <primitive object={made.bodyHair} />
      <primitive object={made.legHair} />
      <primitive object={made.thread} />
    </group>
  );
}

const hanging: Surface = {
  name: 'wall',
  origin: { x: 0, y: 0, z: 0 },
  u: { x: 1, y: 0, z: 0 },
  w: { x: 0, y: 1, z: 0 },
  normal: { x: 0, y: 0, z: 1 },
  minU: -1,
  maxU: 1,
  minW: -1,
  maxW: 1,
};

/**
 * The spider on its thread hangs head down, its back to the person, turning slowly: drawn as if
 * on an upright surface through it, its legs spread in that plane.
 */
function hangingSurface(anchor: Vec, y: number, turn: number): Surface {
  hanging.origin.x = anchor.x;
  hanging.origin.y = y;
  hanging.origin.z = anchor.z;
  const sway = Math.sin(turn) * 0.6;
  hanging.u.x = Math.cos(sway);
  hanging.u.z = -Math.sin(sway);
  hanging.normal.x = Math.sin(sway);
  hanging.normal.z = Math.cos(sway);
  return hanging;
}

const under: Surface = {
  ...hanging,
  name: 'table',
  u: { x: 1, y: 0, z: 0 },
  w: { x: 0, y: 0, z: 1 },
  normal: { x: 0, y: 1, z: 0 },
  origin: { x: 0, y: 0, z: 0 },
};

/** The table top beneath the hanging spider, for its shadow. */
function tableFor(anchor: Vec): Surface {
  under.origin.x = anchor.x;
  under.origin.y = TABLE.top;
  under.origin.z = anchor.z;
  return under;
}
