import type { Group, InstancedMesh, Mesh } from 'three';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react';
import { metroScene } from '../../scenes/metro';
import type { MetroParams } from '../../scenes/metro/levels';
import MetroScene from '../../scenes/metro/MetroScene';
import type { Rider } from '../../scenes/metro/riders';
import type { Ride } from '../../scenes/metro/timeline';
import { languageOf } from './intl';
import { latestMeasures, onSomeFrame, renderScene } from './render-scene';

const level = (n: number): MetroParams => {
  const found = metroScene.levels[n - 1];
  if (!found) throw new Error(`no level ${n}`);
  return found.params as MetroParams;
};

interface Passengers {
  count: number;
  posture: Uint8Array;
  riders: () => Rider[];
}

function rideOf(scene: import('three').Scene): Ride {
  const metro = scene.getObjectByName('metro');
  if (!metro) throw new Error('no metro in the scene');
  return (metro.userData as { ride: () => Ride }).ride();
}

beforeAll(async () => {
  await page.viewport(1280, 720);
});
afterEach(async () => {
  await cleanup();
});

describe('metro scene in a real browser', () => {
  for (let n = 1; n <= 10; n++) {
    it(`level ${n} draws within budget: ≤ 100 draw calls, ≤ 250,000 triangles`, async () => {
      const { renderer, scene } = await renderScene(MetroScene, level(n));
      expect(scene.getObjectByName('carriage')).toBeDefined();
      const passengers = scene.getObjectByName('passengers')?.userData as Passengers;
      expect(passengers.count).toBeGreaterThanOrEqual(level(n).passengers);
      expect(renderer.info.render.calls).toBeLessThanOrEqual(100);
      expect(renderer.info.render.triangles).toBeLessThanOrEqual(250_000);
    });
  }

  it('at level 7 the doors close, the train runs, stops in the tunnel, and the delay is announced', async () => {
    const { measures, latest } = latestMeasures();
    const { scene } = await renderScene(MetroScene, level(7), 4, 20, { measures });
    const doors = scene.getObjectByName('doors') as InstancedMesh;
    await onSomeFrame(() => rideOf(scene).phase === 'running');
    expect(doors.userData.open).toBe(0);
    await onSomeFrame(() => rideOf(scene).phase === 'held');
    await onSomeFrame(() => {
      const card = scene.getObjectByName('announcement') as Mesh | undefined;
      return card?.visible === true && card.userData.line === 'delay';
    });
    const card = scene.getObjectByName('announcement') as Mesh;
    expect(card.userData.text).toMatch(/delay ahead/);
    await expect.poll(() => latest.get('tunnelStopSeconds') ?? 0).toBeGreaterThan(5);
    // Standing still in the tunnel: no passing motion, the carriage unmoved about the person.
    expect((scene.getObjectByName('train') as Group).position.x).toBe(0);
  });

  it('at a station some passengers walk off and others walk on, and the count is the same after', async () => {
    const { scene } = await renderScene(MetroScene, level(5), 9, 12);
    const passengers = scene.getObjectByName('passengers')?.userData as Passengers;
    const riding = () => passengers.riders().filter((r) => r.state === 'riding').length;
    const before = riding();
    expect(before).toBe(level(5).passengers);
    await onSomeFrame(() => rideOf(scene).phase === 'dwell' && rideOf(scene).stationStops > 0);
    await onSomeFrame(() => passengers.riders().some((r) => r.state === 'waiting'));
    // Someone is seen walking (posture 2) during the exchange.
    await onSomeFrame(() => Array.from(passengers.posture).includes(2));
    await onSomeFrame(() => rideOf(scene).phase === 'running');
    expect(riding()).toBe(before);
  });

  it('on the platform an empty train comes in, stops level with the person and opens its doors', async () => {
    const { scene } = await renderScene(MetroScene, level(1), 2, 6);
    const train = scene.getObjectByName('train') as Group;
    await onSomeFrame(() => rideOf(scene).phase === 'braking');
    await onSomeFrame(() => train.visible && Math.abs(train.position.x) > 10);
    await onSomeFrame(() => rideOf(scene).phase === 'dwell');
    expect(train.position.x).toBeCloseTo(0, 5);
    expect((scene.getObjectByName('doors') as InstancedMesh).userData.open).toBe(1);
  });

  it('pulls the blinds down, or shows the tunnel, as the view of motion asks', async () => {
    const shown = await renderScene(MetroScene, { ...level(3), motion: 'blinds' });
    expect(shown.scene.getObjectByName('blinds')?.visible).toBe(true);
    await cleanup();
    const full = await renderScene(MetroScene, { ...level(3), motion: 'full' });
    await onSomeFrame(() => full.scene.getObjectByName('blinds')?.visible === false);
    expect(full.scene.getObjectByName('tunnel-lamps')).toBeDefined();
  });

  it('measures the nearest passenger at rush hour, never nearer than the level allows', async () => {
    const { measures, latest } = latestMeasures();
    await renderScene(MetroScene, level(10), 3, 1, { measures });
    await expect.poll(() => latest.get('closestPassenger') ?? 0).toBeGreaterThan(0);
    // Eyes to eyes, across: at least the level's distance, and near it at a packed level.
    const closest = latest.get('closestPassenger') ?? 0;
    expect(closest).toBeGreaterThanOrEqual(level(10).closest - 0.15);
    expect(closest).toBeLessThan(1);
  });

  it('announces in the page’s language, though the page’s catalogue leaves the lines out', async () => {
    const german = await languageOf('de');
    expect(Object.keys(german.messages).some((id) => id.startsWith('scene.metro.line.'))).toBe(
      false,
    );
    const { scene } = await renderScene(MetroScene, level(3), 3, 12, { intl: german });
    await onSomeFrame(() => scene.getObjectByName('announcement')?.visible === true);
    expect(scene.getObjectByName('announcement')?.userData.text).toMatch(/Halt|Station/);
  });
});
