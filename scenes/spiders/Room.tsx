import { useEffect, useMemo } from 'react';
import {
  CylinderGeometry,
  MeshBasicMaterial,
  MeshLambertMaterial,
  MeshStandardMaterial,
  PlaneGeometry,
} from 'three';
import { canvasTexture } from '../common/canvas';
import { mergeParts } from '../common/parts';
import { lidParts, roomParts } from './furnishing';
import { jarPlace, jarSize, POSTER, ROOM } from './layout';
import type { Jar } from './levels';
import { drawPoster, POSTER_PX } from './poster';

/**
 * The quiet room: its fittings in one shaded and one lit draw call, the poster, and the glass jar
 * with its lid where the level has one. Rebuilt only when the level changes what is there.
 */
export function Room({
  drawn,
  jar,
  distance,
  span,
}: {
  /** Spiders drawn on the poster; 0 for the print of leaves. */
  drawn: number;
  jar: Jar;
  distance: number;
  span: number;
}) {
  const room = useMemo(() => {
    const parts = roomParts();
    return {
      shaded: mergeParts(parts.filter((p) => !p.glow)),
      lit: mergeParts(parts.filter((p) => p.glow)),
      shadedMaterial: new MeshLambertMaterial({ vertexColors: true }),
      litMaterial: new MeshBasicMaterial({ vertexColors: true, toneMapped: false }),
    };
  }, []);
  useEffect(
    () => () => {
      room.shaded?.dispose();
      room.lit?.dispose();
      room.shadedMaterial.dispose();
      room.litMaterial.dispose();
    },
    [room],
  );

  const poster = useMemo(() => {
    const { canvas, texture } = canvasTexture(POSTER_PX.width, POSTER_PX.height);
    drawPoster(canvas, drawn);
    texture.needsUpdate = true;
    return {
      geometry: new PlaneGeometry(POSTER.width, POSTER.height),
      material: new MeshLambertMaterial({ map: texture }),
      texture,
    };
  }, [drawn]);
  useEffect(
    () => () => {
      poster.geometry.dispose();
      poster.material.dispose();
      poster.texture.dispose();
    },
    [poster],
  );

  const glass = useMemo(() => {
    if (jar === 'none') return null;
    const { radius, height } = jarSize(span);
    const geometry = new CylinderGeometry(radius, radius, height, 28, 1, true);
    geometry.translate(0, height / 2, 0);
    return {
      geometry,
      at: jarPlace(distance, span),
      lid: mergeParts(lidParts(jar, distance, span)),
      material: new MeshStandardMaterial({
        color: '#dfeef0',
        transparent: true,
        opacity: 0.22,
        roughness: 0.05,
        metalness: 0,
        depthWrite: false,
      }),
      lidMaterial: new MeshStandardMaterial({
        vertexColors: true,
        metalness: 0.7,
        roughness: 0.35,
      }),
    };
  }, [jar, distance, span]);
  useEffect(
    () => () => {
      glass?.geometry.dispose();
      glass?.lid?.dispose();
      glass?.material.dispose();
      glass?.lidMaterial.dispose();
    },
    [glass],
  );

  return (
    <group name="room">
      {room.shaded && <mesh geometry={room.shaded} material={room.shadedMaterial} />}
      {room.lit && <mesh geometry={room.lit} material={room.litMaterial} />}
      <mesh
        name="poster"
        geometry={poster.geometry}
        material={poster.material}
        position={[POSTER.x, POSTER.y, ROOM.minZ + 0.024]}
        userData={{ drawn }}
      />
      {glass && (
        <group name="jar" userData={{ jar }}>
          {glass.lid && <mesh geometry={glass.lid} material={glass.lidMaterial} />}
          <mesh
            geometry={glass.geometry}
            material={glass.material}
            position={[glass.at.x, glass.at.y, glass.at.z]}
            renderOrder={2}
          />
        </group>
      )}
    </group>
  );
}
