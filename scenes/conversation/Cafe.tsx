import { useEffect, useMemo } from 'react';
import { CylinderGeometry, MeshBasicMaterial, MeshLambertMaterial } from 'three';
import { mergeParts } from '../common/parts';
import { cafeParts, OWN_CUP_REST } from './furnishing';
import { type Place, spots } from './layout';

/**
 * The café: walls, windows and door, the counter with its machine and shelves, the guests' low
 * tables and chairs, the person's standing table and their own cup, lamps and plants. Drawn in
 * café metres and moved so the person's spot is at the origin.
 */
export function Cafe({
  place,
  cupRef,
}: {
  place: Place;
  cupRef: React.Ref<import('three').Group>;
}) {
  const built = useMemo(() => {
    const parts = cafeParts();
    return {
      shaded: mergeParts(parts.filter((p) => !p.glow)),
      lit: mergeParts(parts.filter((p) => p.glow)),
      materials: {
        shaded: new MeshLambertMaterial({ vertexColors: true }),
        lit: new MeshBasicMaterial({ vertexColors: true }),
        cup: new MeshLambertMaterial({ color: '#f4f1ea' }),
        coffee: new MeshLambertMaterial({ color: '#4a2e1d' }),
      },
      cup: {
        body: new CylinderGeometry(0.045, 0.035, 0.08, 14, 1),
        saucer: new CylinderGeometry(0.075, 0.06, 0.012, 14, 1),
        coffee: new CylinderGeometry(0.04, 0.04, 0.004, 14, 1),
      },
    };
  }, []);
  useEffect(
    () => () => {
      built.shaded?.dispose();
      built.lit?.dispose();
      for (const m of Object.values(built.materials)) m.dispose();
      for (const g of Object.values(built.cup)) g.dispose();
    },
    [built],
  );
  const spot = spots[place];
  const [x, y, z] = OWN_CUP_REST;
  return (
    <group name="cafe" position={[-spot.x, 0, -spot.z]}>
      {built.shaded && <mesh geometry={built.shaded} material={built.materials.shaded} />}
      {built.lit && <mesh geometry={built.lit} material={built.materials.lit} />}
      <group ref={cupRef} name="own-cup" position={[x, y, z]} userData={{ rest: [x, y, z] }}>
        <mesh geometry={built.cup.saucer} material={built.materials.cup} position={[0, 0.006, 0]} />
        <mesh geometry={built.cup.body} material={built.materials.cup} position={[0, 0.052, 0]} />
        <mesh
          geometry={built.cup.coffee}
          material={built.materials.coffee}
          position={[0, 0.088, 0]}
        />
      </group>
    </group>
  );
}
