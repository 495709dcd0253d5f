import type { InstancedMesh } from 'three';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react';
import { audienceScene } from '../../scenes/audience';
import AudienceScene from '../../scenes/audience/AudienceScene';
import type { AudienceParams } from '../../scenes/audience/levels';
import { renderScene } from './render-scene';
import { languageWith, renderSceneInLanguage, watchCanvasText } from './scene-words';

const renderAudience = (params: AudienceParams) => renderScene(AudienceScene, params);

const level = (n: number) => {
  const found = audienceScene.levels[n - 1];
  if (!found) throw new Error(`no level ${n}`);
  return found.params;
};

beforeAll(async () => {
  await page.viewport(1280, 720);
});
afterEach(async () => {
  await cleanup();
  vi.restoreAllMocks();
});

describe('speaking-audience scene in a real browser', () => {
  for (let n = 1; n <= 10; n++) {
    it(`level ${n} draws within budget: ≤ 100 draw calls, ≤ 250,000 triangles`, async () => {
      const { renderer } = await renderAudience(level(n));
      expect(renderer.info.render.calls).toBeGreaterThan(3);
      expect(renderer.info.render.calls).toBeLessThanOrEqual(100);
      expect(renderer.info.render.triangles).toBeLessThanOrEqual(250_000);
    });
  }

  it('seats a hundred people at level 10, drawn as a few instanced meshes', async () => {
    const { scene } = await renderAudience(level(10));
    const crowd = scene.getObjectByName('crowd');
    expect(crowd?.userData.members).toBe(100);
    const meshes = (crowd?.children ?? []) as InstancedMesh[];
    expect(meshes.length).toBeLessThanOrEqual(6);
    expect(meshes.every((m) => m.isInstancedMesh && m.count >= 100)).toBe(true);
    expect(scene.getObjectByName('spotlight')).toBeDefined();
    expect(scene.getObjectByName('question-card')).toBeDefined();
  });

  it('leaves the room empty at level 1 and lights no spotlight in a meeting room', async () => {
    const { scene } = await renderAudience(level(1));
    expect(scene.getObjectByName('crowd')).toBeUndefined();
    expect(scene.getObjectByName('spotlight')).toBeUndefined();
    expect(scene.getObjectByName('room')?.userData.room).toBe('meeting');
  });

  it('writes the topic card and the question in the page’s language; the notes as written', async () => {
    const drawn = watchCanvasText();
    const switchTo = await renderSceneInLanguage(AudienceScene, level(10));
    const texts = () => drawn.map((d) => d.text);
    await expect.poll(texts, { timeout: 30_000 }).toContain('Your topic');
    expect(texts()).toContain('A question from the audience');
    expect(texts().some((t) => / left of 3 min$/.test(t))).toBe(true);
    expect(drawn.every((d) => /system-ui/.test(d.font) && /Roboto/.test(d.font))).toBe(true);
    await switchTo(
      languageWith('de', {
        'scene.audience.yourTopic': 'Dein Thema',
        'scene.audience.timeLeft': '{clock} von {minutes, number} Min. übrig',
        'scene.audience.questionHeading': 'Eine Frage aus dem Publikum',
      }),
    );
    await expect.poll(texts).toContain('Dein Thema');
    expect(texts()).toContain('Eine Frage aus dem Publikum');
    expect(texts().some((t) => / von 3 Min\. übrig$/.test(t))).toBe(true);

    await cleanup();
    drawn.length = 0;
    const notes = 'Grüße an alle, ¿qué tal?';
    await renderSceneInLanguage(AudienceScene, { ...level(1), notes });
    await expect.poll(texts, { timeout: 30_000 }).toContain('Your notes');
    expect(texts()).toContain(notes);
  });
});
