import { useMemo } from 'react';
import { BoxGeometry, CanvasTexture, DoubleSide, MeshLambertMaterial, RepeatWrapping } from 'three';
import {
  edgeZ,
  glassSpan,
  PLANK_HALF_WIDTH,
  railingSegments,
  SLAB_THICKNESS,
  TERRACE_BACK,
  TERRACE_HALF_WIDTH,
} from './floor';
import { type HeightsParams, railingHeight } from './levels';

const unitBox = new BoxGeometry(1, 1, 1);

function gratingTexture(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 64;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, 64, 64);
    ctx.fillStyle = '#fff';
    // Bearing bars one way, thinner cross bars the other: a steel grating's open mesh.
    for (let i = 0; i < 64; i += 16) ctx.fillRect(i, 0, 4, 64);
    for (let i = 0; i < 64; i += 32) ctx.fillRect(0, i, 64, 3);
  }
  const texture = new CanvasTexture(canvas);
  texture.wrapS = RepeatWrapping;
  texture.wrapT = RepeatWrapping;
  return texture;
}

function gratingMaterial(alphaMap: CanvasTexture) {
  return new MeshLambertMaterial({ color: '#6d7278', alphaMap, alphaTest: 0.5, side: DoubleSide });
}

interface Slab {
  key: string;
  fromZ: number;
  toZ: number;
  kind: 'solid' | 'grating' | 'glass';
}

/** The floor from the edge back: the balcony past the tower's face, then the roof terrace. */
function slabs(params: HeightsParams): Slab[] {
  const edge = edgeZ(params);
  const base = params.floor === 'grating' ? 'grating' : 'solid';
  const glass = glassSpan(params);
  const result: Slab[] = [{ key: 'roof', fromZ: 0, toZ: TERRACE_BACK, kind: base }];
  if (glass) {
    result.push({ key: 'glass', fromZ: glass.fromZ, toZ: glass.toZ, kind: 'glass' });
    if (glass.toZ < 0) result.push({ key: 'balcony', fromZ: glass.toZ, toZ: 0, kind: 'solid' });
  } else {
    result.push({ key: 'balcony', fromZ: edge, toZ: 0, kind: base });
  }
  return result;
}

export function Terrace({ params }: { params: HeightsParams }) {
  const materials = useMemo(() => {
    const grating = gratingTexture();
    return {
      concrete: new MeshLambertMaterial({ color: '#b9b4aa' }),
      grating: gratingMaterial(grating),
      gratingRoof: gratingMaterial(grating.clone()),
      glass: new MeshLambertMaterial({
        color: '#bfe3ef',
        transparent: true,
        opacity: 0.16,
        depthWrite: false,
      }),
      glassPanel: new MeshLambertMaterial({
        color: '#cfe9f2',
        transparent: true,
        opacity: 0.22,
        depthWrite: false,
        side: DoubleSide,
      }),
      steel: new MeshLambertMaterial({ color: '#4b4f55' }),
      wood: new MeshLambertMaterial({ color: '#8a6440' }),
    };
  }, []);
  const edge = edgeZ(params);
  // Bars 25 cm apart whatever the size of the floor they cover.
  materials.grating.alphaMap?.repeat.set(TERRACE_HALF_WIDTH * 8, -edge * 4);
  materials.gratingRoof.alphaMap?.repeat.set(TERRACE_HALF_WIDTH * 8, TERRACE_BACK * 4);

  const width = TERRACE_HALF_WIDTH * 2;
  const height = railingHeight[params.railing];
  const segments = railingSegments(params);

  return (
    <group name="terrace">
      {slabs(params).map((slab) => {
        const depth = slab.toZ - slab.fromZ;
        if (depth <= 0) return null;
        const thin = slab.kind !== 'solid';
        const thickness = thin ? 0.05 : SLAB_THICKNESS;
        const material =
          slab.kind === 'solid'
            ? materials.concrete
            : slab.kind === 'glass'
              ? materials.glass
              : slab.key === 'roof'
                ? materials.gratingRoof
                : materials.grating;
        return (
          <mesh
            key={slab.key}
            name={`floor-${slab.kind}`}
            geometry={unitBox}
            material={material}
            position={[0, -thickness / 2, (slab.fromZ + slab.toZ) / 2]}
            scale={[width, thickness, depth]}
          />
        );
      })}
      {/* The balcony's steel frame: what holds a grating or glass floor up, and edges it. */}
      <mesh
        geometry={unitBox}
        material={materials.steel}
        position={[0, -0.12, edge + 0.05]}
        scale={[width, 0.24, 0.1]}
      />
      {[-1, 1].map((side) => (
        <mesh
          key={side}
          geometry={unitBox}
          material={materials.steel}
          position={[side * (TERRACE_HALF_WIDTH - 0.05), -0.12, edge / 2]}
          scale={[0.1, 0.24, -edge]}
        />
      ))}
      <group name="railing">
        {segments.flatMap((s) => {
          const id = `${s.ax.toFixed(2)},${s.az.toFixed(2)}`;
          const length = Math.hypot(s.bx - s.ax, s.bz - s.az);
          const alongX = Math.abs(s.bx - s.ax) > Math.abs(s.bz - s.az);
          const cx = (s.ax + s.bx) / 2;
          const cz = (s.az + s.bz) / 2;
          const rail = (y: number, key: string) => (
            <mesh
              key={key}
              geometry={unitBox}
              material={materials.steel}
              position={[cx, y, cz]}
              scale={alongX ? [length, 0.05, 0.05] : [0.05, 0.05, length]}
            />
          );
          const parts = [rail(height, `top-${id}`)];
          if (params.railing === 'glass') {
            parts.push(
              <mesh
                key={`panel-${id}`}
                geometry={unitBox}
                material={materials.glassPanel}
                position={[cx, height / 2, cz]}
                scale={alongX ? [length, height - 0.05, 0.02] : [0.02, height - 0.05, length]}
              />,
            );
          } else {
            if (params.railing === 'bar') parts.push(rail(height / 2, `mid-${id}`));
            const posts = Math.max(1, Math.ceil(length / 1.2));
            for (let p = 0; p <= posts; p++) {
              const t = p / posts;
              parts.push(
                <mesh
                  key={`post-${id}-${t.toFixed(3)}`}
                  geometry={unitBox}
                  material={materials.steel}
                  position={[s.ax + (s.bx - s.ax) * t, height / 2, s.az + (s.bz - s.az) * t]}
                  scale={[0.05, height, 0.05]}
                />,
              );
            }
          }
          return parts;
        })}
      </group>
      {params.plankLength > 0 && (
        <mesh
          name="plank"
          geometry={unitBox}
          material={materials.wood}
          position={[0, -0.025, edge - params.plankLength / 2]}
          scale={[PLANK_HALF_WIDTH * 2, 0.05, params.plankLength]}
        />
      )}
    </group>
  );
}
