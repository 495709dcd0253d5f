// People of the shared module on a plain stage, for tests and portraits: a row (or a grid) of
// people facing the camera, each with an attitude and an expression, living frame by frame.
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { useMemo } from 'react';
import { type Camera, type Scene, Vector3, type WebGLRenderer } from 'three';
import { postures } from '../../scenes/common/people/body';
import type { Attitude } from '../../scenes/common/people/contact';
import type { Expression } from '../../scenes/common/people/face';
import { PeopleView } from '../../scenes/common/people/PeopleView';
import {
  createPeople,
  expressionList,
  type People,
  stepPeople,
} from '../../scenes/common/people/people';
import { type Person, population } from '../../scenes/common/people/population';

export interface Placed {
  x: number;
  z: number;
  posture?: 'seated' | 'standing';
  attitude?: Attitude;
  expression?: Expression;
  /** Looks at the camera's eyes (default) or straight ahead. */
  atViewer?: boolean;
  person?: Partial<Person>;
}

function Stage({
  placed,
  seed,
  onPeople,
}: {
  placed: Placed[];
  seed: number;
  onPeople?: (p: People) => void;
}) {
  const people = useMemo(() => {
    const crowd = population(placed.length, seed).map((p, i) => ({ ...p, ...placed[i]?.person }));
    const made = createPeople(crowd, seed);
    placed.forEach((at, i) => {
      made.x[i] = at.x;
      made.z[i] = at.z;
      made.posture[i] = postures.indexOf(at.posture ?? 'standing');
      made.wantsViewer[i] = at.atViewer === false ? 0 : 1;
      made.expression[i] = expressionList.indexOf(at.expression ?? 'neutral');
      made.talking[i] = at.expression === 'talking' ? 1 : 0;
    });
    onPeople?.(made);
    return made;
  }, [placed, seed, onPeople]);
  const attitudes = useMemo(() => placed.map((p) => p.attitude ?? 'neutral'), [placed]);
  const camera = useThree((s) => s.camera);
  const work = useMemo(() => ({ eye: new Vector3(), direction: new Vector3(), time: 0 }), []);
  useFrame((_, dt) => {
    camera.getWorldPosition(work.eye);
    camera.getWorldDirection(work.direction);
    work.time += dt;
    stepPeople(people, { eye: work.eye, direction: work.direction }, work.time, dt, attitudes);
  });
  return <PeopleView people={people} />;
}

export function PeopleCanvas({
  placed,
  seed = 1,
  camera,
  size = { width: 1280, height: 720 },
  onCreated,
  onPeople,
}: {
  placed: Placed[];
  seed?: number;
  camera: { position: [number, number, number]; lookAt: [number, number, number]; fov?: number };
  size?: { width: number; height: number };
  onCreated: (drawn: { renderer: WebGLRenderer; scene: Scene; camera: Camera }) => void;
  onPeople?: (people: People) => void;
}) {
  return (
    <div style={{ width: size.width, height: size.height }}>
      <Canvas
        flat
        dpr={1}
        gl={{ preserveDrawingBuffer: true }}
        camera={{ fov: camera.fov ?? 50, near: 0.05, far: 100, position: camera.position }}
        onCreated={(state) => {
          state.camera.lookAt(...camera.lookAt);
          onCreated({ renderer: state.gl, scene: state.scene, camera: state.camera });
        }}
      >
        <color attach="background" args={['#3a3f4a']} />
        <hemisphereLight args={['#fff6e8', '#3a342c', 1.4]} />
        <directionalLight position={[2, 4, 3]} intensity={1.4} color="#fff7ea" />
        <Stage placed={placed} seed={seed} onPeople={onPeople} />
      </Canvas>
    </div>
  );
}
