import type { InstancedMesh, LineSegments, Scene } from 'three';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react';
import { spidersScene } from '../../scenes/spiders';
import type { Cast } from '../../scenes/spiders/cast';
import type { SpidersParams } from '../../scenes/spiders/levels';
import SpidersScene from '../../scenes/spiders/SpidersScene';
import { latestMeasures, onSomeFrame, renderScene } from './render-scene';

const level = (n: number): SpidersParams => {
  const found = spidersScene.levels[n - 1];
  if (!found) throw new Error(`no level ${n}`);
  return found.params as SpidersParams;
};

function castOf(scene: Scene): Cast {
  const room = scene.getObjectByName('spiders-room');
  if (!room) throw new Error('no room in the scene');
  return (room.userData as { cast: () => Cast }).cast();
}

const count = (scene: Scene, name: string) =>
  (scene.getObjectByName(name) as InstancedMesh | undefined)?.count ?? -1;

beforeAll(async () => {
  await page.viewport(1280, 720);
});
afterEach(async () => {
  await cleanup();
});

describe('spiders scene in a real browser', () => {
  for (let n = 1; n <= 10; n++) {
    it(`level ${n} draws within budget: ≤ 100 draw calls, ≤ 250,000 triangles`, async () => {
      const p = level(n);
      const { renderer, scene } = await renderScene(SpidersScene, p);
      expect(scene.getObjectByName('room')).toBeDefined();
      const walking = p.look === 'drawing' ? 0 : p.spiders;
      // Two body parts and eighteen leg parts (eight legs of two, two palps) a spider.
      expect(count(scene, 'spider-bodies')).toBe(walking * 2);
      expect(count(scene, 'spider-legs')).toBe(walking * 18);
      expect(renderer.info.render.calls).toBeLessThanOrEqual(100);
      expect(renderer.info.render.triangles).toBeLessThanOrEqual(250_000);
    });
  }

  it('level 1 is a drawing on the poster, with no spider in the room', async () => {
    const { scene } = await renderScene(SpidersScene, level(1));
    expect(scene.getObjectByName('poster')?.userData.drawn).toBe(1);
    expect(count(scene, 'spider-bodies')).toBe(0);
    expect(scene.getObjectByName('jar')).toBeUndefined();
  });

  it('keeps the level 2 spider in a closed jar, and the level 4 one in the jar with the lid off', async () => {
    const { scene } = await renderScene(SpidersScene, level(2));
    expect(scene.getObjectByName('jar')?.userData.jar).toBe('closed');
    expect(castOf(scene).spiders[0]?.walker.surface.name).toBe('jar');
    await cleanup();
    const open = await renderScene(SpidersScene, level(4));
    expect(open.scene.getObjectByName('jar')?.userData.jar).toBe('open');
  });

  it('grows hair by shells on a hairy spider, and none on a cartoon one', async () => {
    const { scene } = await renderScene(SpidersScene, level(8));
    expect(count(scene, 'spider-hair')).toBeGreaterThan(0);
    await cleanup();
    const toy = await renderScene(SpidersScene, { ...level(8), look: 'toy' });
    expect(count(toy.scene, 'spider-hair')).toBe(0);
  });

  it('at level 9 on the screen, the spider walks onto the hand resting on the table', async () => {
    const { scene } = await renderScene(SpidersScene, level(9), 3, 12);
    expect(scene.getObjectByName('resting-hand')).toBeDefined();
    await onSomeFrame(() => castOf(scene).spiders[0]?.walker.surface.name === 'hand');
    const spider = castOf(scene).spiders[0];
    expect(spider?.walker.surface.origin.y).toBeGreaterThan(0.74);
  });

  it('at level 10 one drops on its thread, and the nearest stayed with is measured, never nearer than allowed', async () => {
    const { measures, latest } = latestMeasures();
    const { scene } = await renderScene(SpidersScene, level(10), 2, 10, { measures });
    await onSomeFrame(() => castOf(scene).dropper?.drop.phase === 'hanging');
    expect((scene.getObjectByName('spider-thread') as LineSegments).visible).toBe(true);
    await expect
      .poll(() => latest.get('closestStayed') ?? 0, { timeout: 60_000 })
      .toBeGreaterThan(0);
    expect(latest.get('closestStayed')).toBeGreaterThanOrEqual(level(10).distance);
    expect(latest.get('lookingShare')).toBeGreaterThanOrEqual(0);
    // On the screen there is no tracked hand to measure.
    expect(latest.has('closestHand')).toBe(false);
  });
});
