import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  BoxGeometry,
  Color,
  CylinderGeometry,
  IcosahedronGeometry,
  type InstancedMesh,
  MeshLambertMaterial,
  Object3D,
  PlaneGeometry,
} from 'three';
import { canvasTexture } from '../common/canvas';
import { SLAB_THICKNESS } from './floor';
import { GROUND_SIZE, NEAR, paintCity, paintNearStreet } from './ground';
import {
  BUILDING_STRIDE,
  blocks,
  CAR_STRIDE,
  carPosition,
  cityBuildings,
  cityCars,
  cityTrees,
  FAR_RADIUS,
  farBuildings,
  TOWER,
  TREE_STRIDE,
} from './layout';
import { facadeMaterial } from './materials';

const facadeShades = ['#c9c2b6', '#a9a196', '#8e939b', '#b8a48c', '#d6d2ca', '#7d8590', '#a68f7a'];
const carShades = ['#e8e8e8', '#202226', '#8a1f22', '#2c4f7c', '#9aa0a6', '#c9a227', '#4a5a3a'];

function shade(list: string[], value: number, target: Color): Color {
  return target.set(list[Math.floor(value * list.length) % list.length] as string);
}

/** The city in city coordinates (origin at the foot of the tower's face); the scene lowers it by the elevation. */
export function City({
  seed,
  elevation,
  shadow,
}: {
  seed: number;
  elevation: number;
  shadow: { x: number; z: number };
}) {
  const buildings = useMemo(() => cityBuildings(seed), [seed]);
  const far = useMemo(() => farBuildings(seed), [seed]);
  const trees = useMemo(() => cityTrees(seed), [seed]);
  const cars = useMemo(() => cityCars(seed), [seed]);
  const facade = useMemo(facadeMaterial, []);
  const box = useMemo(() => new BoxGeometry(1, 1, 1).translate(0, 0.5, 0), []);

  const ground = useMemo(() => {
    const { canvas, texture } = canvasTexture(2048, 2048);
    paintCity(
      canvas,
      blocks(),
      buildings,
      { x: 0, z: (TOWER.minZ + TOWER.maxZ) / 2, w: 20, d: 24, h: 60 },
      shadow,
    );
    texture.anisotropy = 8;
    return texture;
  }, [buildings, shadow]);
  const near = useMemo(() => {
    const { canvas, texture } = canvasTexture(2048, 512);
    paintNearStreet(canvas);
    texture.anisotropy = 8;
    return texture;
  }, []);

  const buildingsRef = useRef<InstancedMesh>(null);
  // Instance 0 is the person's own tower: its roof is always just under their feet.
  useLayoutEffect(() => {
    const mesh = buildingsRef.current;
    if (!mesh) return;
    const dummy = new Object3D();
    const color = new Color();
    dummy.position.set((TOWER.minX + TOWER.maxX) / 2, 0, (TOWER.minZ + TOWER.maxZ) / 2);
    dummy.scale.set(
      TOWER.maxX - TOWER.minX,
      Math.max(0.5, elevation - SLAB_THICKNESS),
      TOWER.maxZ - TOWER.minZ,
    );
    dummy.updateMatrix();
    mesh.setMatrixAt(0, dummy.matrix);
    mesh.setColorAt(0, color.set('#bdb6aa'));
    for (let i = 0; i < buildings.count; i++) {
      const o = i * BUILDING_STRIDE;
      const d = buildings.data;
      dummy.position.set(d[o] as number, 0, d[o + 1] as number);
      dummy.scale.set(d[o + 2] as number, d[o + 4] as number, d[o + 3] as number);
      dummy.updateMatrix();
      mesh.setMatrixAt(i + 1, dummy.matrix);
      mesh.setColorAt(i + 1, shade(facadeShades, d[o + 5] as number, color));
    }
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [buildings, elevation]);

  const farRef = useRef<InstancedMesh>(null);
  const farMaterial = useMemo(() => new MeshLambertMaterial({ color: '#a7a49d' }), []);
  useLayoutEffect(() => {
    const mesh = farRef.current;
    if (!mesh) return;
    const dummy = new Object3D();
    for (let i = 0; i < far.count; i++) {
      const o = i * BUILDING_STRIDE;
      const d = far.data;
      dummy.position.set(d[o] as number, 0, d[o + 1] as number);
      dummy.scale.set(d[o + 2] as number, d[o + 4] as number, d[o + 3] as number);
      dummy.updateMatrix();
      mesh.setMatrixAt(i, dummy.matrix);
    }
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [far]);

  const trunkRef = useRef<InstancedMesh>(null);
  const crownRef = useRef<InstancedMesh>(null);
  const treeParts = useMemo(
    () => ({
      trunk: new CylinderGeometry(0.18, 0.28, 1, 5).translate(0, 0.5, 0),
      crown: new IcosahedronGeometry(1, 1),
      bark: new MeshLambertMaterial({ color: '#5a4632' }),
      leaves: new MeshLambertMaterial({ color: '#4f7336', flatShading: true }),
    }),
    [],
  );
  useLayoutEffect(() => {
    const trunk = trunkRef.current;
    const crown = crownRef.current;
    if (!trunk || !crown) return;
    const dummy = new Object3D();
    const color = new Color();
    for (let i = 0; i < trees.count; i++) {
      const o = i * TREE_STRIDE;
      const [x, z, h, r] = [0, 1, 2, 3].map((k) => trees.data[o + k] as number) as [
        number,
        number,
        number,
        number,
      ];
      dummy.position.set(x, 0, z);
      dummy.scale.set(1, h * 0.45, 1);
      dummy.updateMatrix();
      trunk.setMatrixAt(i, dummy.matrix);
      dummy.position.set(x, h * 0.45 + r * 0.8, z);
      dummy.scale.set(r, r * 1.1, r);
      dummy.updateMatrix();
      crown.setMatrixAt(i, dummy.matrix);
      crown.setColorAt(i, color.setHSL(0.25 + (i % 7) * 0.012, 0.38, 0.28 + (i % 5) * 0.02));
    }
    trunk.instanceMatrix.needsUpdate = true;
    crown.instanceMatrix.needsUpdate = true;
    if (crown.instanceColor) crown.instanceColor.needsUpdate = true;
    trunk.computeBoundingSphere();
    crown.computeBoundingSphere();
  }, [trees]);

  const carsRef = useRef<InstancedMesh>(null);
  const carParts = useMemo(
    () => ({
      body: new BoxGeometry(1.8, 1.4, 4.3).translate(0, 0.7, 0),
      paint: new MeshLambertMaterial({ color: '#ffffff' }),
    }),
    [],
  );
  useLayoutEffect(() => {
    const mesh = carsRef.current;
    if (!mesh) return;
    const color = new Color();
    for (let i = 0; i < cars.count; i++)
      mesh.setColorAt(i, shade(carShades, cars.data[i * CAR_STRIDE + 7] as number, color));
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  }, [cars]);
  const dummy = useMemo(() => new Object3D(), []);
  useFrame(({ clock }) => {
    const mesh = carsRef.current;
    if (!mesh) return;
    const t = clock.elapsedTime;
    for (let i = 0; i < cars.count; i++) {
      const p = carPosition(cars.data, i, t);
      dummy.position.set(p.x, 0, p.z);
      dummy.rotation.set(0, p.heading, 0);
      dummy.updateMatrix();
      mesh.setMatrixAt(i, dummy.matrix);
    }
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.boundingSphere === null) mesh.computeBoundingSphere();
  });

  const planes = useMemo(
    () => ({
      city: new PlaneGeometry(GROUND_SIZE, GROUND_SIZE).rotateX(-Math.PI / 2),
      near: new PlaneGeometry(NEAR.maxX - NEAR.minX, NEAR.maxZ - NEAR.minZ)
        .rotateX(-Math.PI / 2)
        .translate((NEAR.minX + NEAR.maxX) / 2, 0.03, (NEAR.minZ + NEAR.maxZ) / 2),
      land: new PlaneGeometry(FAR_RADIUS * 2.4, FAR_RADIUS * 2.4)
        .rotateX(-Math.PI / 2)
        .translate(0, -0.05, 0),
    }),
    [],
  );

  return (
    <>
      <mesh geometry={planes.land}>
        <meshLambertMaterial color="#77756f" />
      </mesh>
      <mesh geometry={planes.city}>
        <meshLambertMaterial map={ground} />
      </mesh>
      <mesh geometry={planes.near}>
        <meshLambertMaterial map={near} polygonOffset polygonOffsetFactor={-2} />
      </mesh>
      <instancedMesh ref={buildingsRef} args={[box, facade, buildings.count + 1]} />
      <instancedMesh ref={farRef} args={[box, farMaterial, far.count]} />
      <instancedMesh ref={trunkRef} args={[treeParts.trunk, treeParts.bark, trees.count]} />
      <instancedMesh ref={crownRef} args={[treeParts.crown, treeParts.leaves, trees.count]} />
      <instancedMesh
        ref={carsRef}
        args={[carParts.body, carParts.paint, cars.count]}
        frustumCulled={false}
      />
    </>
  );
}
