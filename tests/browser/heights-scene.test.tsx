import type { Object3D, Scene } from 'three';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react';
import { heightsScene } from '../../scenes/heights';
import HeightsScene from '../../scenes/heights/HeightsScene';
import type { HeightsParams } from '../../scenes/heights/levels';
import { renderScene } from './render-scene';
import { languageWith, renderSceneInLanguage, watchCanvasText } from './scene-words';

const renderHeights = (params: HeightsParams) => renderScene(HeightsScene, params);

const level = (n: number) => {
  const found = heightsScene.levels[n - 1];
  if (!found) throw new Error(`no level ${n}`);
  return found.params;
};

const named = (scene: Scene, name: string): Object3D | undefined => scene.getObjectByName(name);

beforeAll(async () => {
  await page.viewport(1280, 720);
});
afterEach(async () => {
  await cleanup();
  vi.restoreAllMocks();
});

describe('heights scene in a real browser', () => {
  for (let n = 1; n <= 10; n++) {
    it(`level ${n} draws within budget: ≤ 100 draw calls, ≤ 250,000 triangles`, async () => {
      const { renderer } = await renderHeights(level(n));
      expect(renderer.getContext().drawingBufferWidth).toBe(1280);
      expect(renderer.info.render.calls).toBeGreaterThan(5);
      expect(renderer.info.render.calls).toBeLessThanOrEqual(100);
      expect(renderer.info.render.triangles).toBeLessThanOrEqual(250_000);
    });
  }

  it('builds what each level says: railings, floors, plank, birds', async () => {
    const railingParts = async (n: number) =>
      named((await renderHeights(level(n))).scene, 'railing')?.children.length ?? -1;
    expect(await railingParts(1)).toBeGreaterThan(0);
    await cleanup();
    expect(await railingParts(3)).toBeGreaterThan(10); // posts and rails
    await cleanup();
    for (const n of [7, 8, 9, 10]) {
      expect(await railingParts(n), `railing at level ${n}`).toBe(0);
      await cleanup();
    }

    const grating = await renderHeights(level(4));
    expect(named(grating.scene, 'floor-grating')).toBeDefined();
    await cleanup();
    const glass = await renderHeights(level(8));
    expect(named(glass.scene, 'floor-glass')).toBeDefined();
    expect(named(glass.scene, 'plank')).toBeUndefined();
    await cleanup();

    for (const n of [9, 10]) {
      const { scene } = await renderHeights(level(n));
      const plank = named(scene, 'plank');
      expect(plank?.scale.z, `plank at level ${n}`).toBeCloseTo(level(n).plankLength, 6);
      expect(named(scene, 'birds')).toBeDefined();
      await cleanup();
    }
  });

  it('lowers the city by the elevation, leaving the person at their feet', async () => {
    const { scene } = await renderHeights({ ...level(5), elevation: 123 });
    const city = scene.getObjectByName('city');
    expect(city?.position.y).toBe(-123);
    expect(named(scene, 'terrace')?.position.y).toBe(0);
  });

  it('writes the look-down sign in the page’s language, in the page’s fonts', async () => {
    const drawn = watchCanvasText();
    const switchTo = await renderSceneInLanguage(HeightsScene, { ...level(2), lookDownTask: true });
    const texts = () => drawn.map((d) => d.text);
    await expect.poll(texts, { timeout: 30_000 }).toContain('Look straight down for 10 seconds');
    expect(texts()).toContain('Take your time.');
    // The page's own stack of system fonts, which hold the letters of Spanish and German.
    expect(drawn.every((d) => /system-ui/.test(d.font) && /Roboto/.test(d.font))).toBe(true);
    await switchTo(
      languageWith('de', {
        'scene.heights.lookDownAsk':
          'Schau {seconds, plural, one {# Sekunde} other {# Sekunden}} lang gerade nach unten',
        'scene.heights.lookDownTakeYourTime': 'Lass dir Zeit.',
        'scene.heights.lookDownToGo': 'Noch {seconds, number} s',
      }),
    );
    await expect.poll(texts).toContain('Schau 10 Sekunden lang gerade nach unten');
    // The test's camera looks straight down from the start, so the task may already be counting.
    expect(texts().at(-1)).toMatch(/^(Lass dir Zeit\.|Noch \d+ s)$/);
  });
});
