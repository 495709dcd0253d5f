import { describe, expect, it } from 'vitest';
import { calmScene } from '../../scenes/calm';
import {
  BLADE_STRIDE,
  createTerrain,
  grassBlades,
  headlands,
  SEA_LEVEL,
  STANDING_RADIUS,
  seaMesh,
  shoreRocks,
  starField,
  terrainMesh,
} from '../../scenes/calm/layout';
import { duskPalette, luminance, sunDirection } from '../../scenes/calm/palette';

describe('calm shore layout', () => {
  it('is the same for the same seed and different for another', () => {
    const a = grassBlades(7, createTerrain(7));
    const b = grassBlades(7, createTerrain(7));
    const c = grassBlades(8, createTerrain(8));
    expect(a.count).toBeGreaterThan(1000);
    expect(Array.from(a.data)).toEqual(Array.from(b.data));
    expect(Array.from(a.data.subarray(0, 60))).not.toEqual(Array.from(c.data.subarray(0, 60)));
    expect(Array.from(starField(3).data)).toEqual(Array.from(starField(3).data));
    expect(Array.from(shoreRocks(3, createTerrain(3)).data)).toEqual(
      Array.from(shoreRocks(3, createTerrain(3)).data),
    );
  });

  it('keeps the ground flat at the person’s feet, so it matches a headset’s floor', () => {
    for (const seed of [1, 2, 99]) {
      const terrain = createTerrain(seed);
      for (let angle = 0; angle < Math.PI * 2; angle += 0.5) {
        for (const r of [0, 0.5, 1, STANDING_RADIUS]) {
          expect(Math.abs(terrain.height(Math.cos(angle) * r, Math.sin(angle) * r))).toBeLessThan(
            1e-9,
          );
        }
      }
    }
  });

  it('has a beach that runs down into the sea in front and land above it behind', () => {
    const terrain = createTerrain(1);
    expect(terrain.height(0, terrain.shoreZ(0) - 5)).toBeLessThan(SEA_LEVEL);
    expect(terrain.height(0, terrain.shoreZ(0) + 5)).toBeGreaterThan(SEA_LEVEL);
    expect(terrain.height(0, 15)).toBeGreaterThan(SEA_LEVEL + 0.5);
  });

  it('grows grass only above the waterline', () => {
    const terrain = createTerrain(4);
    const blades = grassBlades(4, terrain);
    for (let b = 0; b < blades.count; b++) {
      expect(blades.data[b * BLADE_STRIDE + 1]).toBeGreaterThan(SEA_LEVEL + 1);
    }
  });

  it('builds meshes with indices that stay inside their vertices', () => {
    const meshes = [seaMesh(), terrainMesh(createTerrain(1)), headlands(1)];
    for (const mesh of meshes) {
      const vertices = mesh.positions.length / 3;
      expect(mesh.indices.length % 3).toBe(0);
      expect(Math.max(...mesh.indices)).toBeLessThan(vertices);
      expect(mesh.positions.every(Number.isFinite)).toBe(true);
    }
  });
});

describe('dusk palette', () => {
  it('darkens the sky and the light steadily as each level takes the sun lower', () => {
    const palettes = calmScene.levels.map((l) => duskPalette(l.params.sunElevation));
    for (let i = 1; i < palettes.length; i++) {
      const before = palettes[i - 1];
      const after = palettes[i];
      if (!before || !after) throw new Error('missing palette');
      expect(luminance(after.zenith)).toBeLessThan(luminance(before.zenith));
      expect(after.sunIntensity).toBeLessThan(before.sunIntensity);
      expect(after.starVisibility).toBeGreaterThanOrEqual(before.starVisibility);
    }
    expect(palettes[0]?.starVisibility).toBe(0);
    expect(palettes[9]?.starVisibility).toBeGreaterThan(0.9);
  });

  it('puts the sun over the sea, at its elevation', () => {
    const [x, y, z] = sunDirection(30);
    expect(Math.hypot(x, y, z)).toBeCloseTo(1, 9);
    expect(y).toBeCloseTo(0.5, 9);
    expect(z).toBeLessThan(0);
    expect(sunDirection(-5)[1]).toBeLessThan(0);
  });
});
