import type { InstancedMesh } from 'three';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react';
import { audienceScene } from '../../scenes/audience';
import AudienceScene from '../../scenes/audience/AudienceScene';
import type { AudienceParams } from '../../scenes/audience/levels';
import { armsList } from '../../scenes/common/people/people';
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
    const meshes = (crowd?.getObjectByName('people')?.children ?? []) as InstancedMesh[];
    // Torsos, faces, arms, hands, legs, shoes, phones, and one mesh per hair style worn.
    expect(meshes.length).toBeGreaterThanOrEqual(8);
    expect(meshes.length).toBeLessThanOrEqual(11);
    expect(meshes.every((m) => m.isInstancedMesh)).toBe(true);
    expect(meshes.find((m) => m.name === 'faces')?.count).toBe(100);
    expect(scene.getObjectByName('spotlight')).toBeDefined();
    expect(scene.getObjectByName('question-card')).toBeDefined();
  });

  it('at level 10 the questioner raises a hand, looks at the speaker and talks while asking', async () => {
    // Scene time runs twice as fast: the question, a minute or more in, comes within a minute.
    const { scene } = await renderScene(AudienceScene, level(10), 1, 2);
    const crowd = scene.getObjectByName('crowd')?.userData as {
      talking: Uint8Array;
      arms: Uint8Array;
      wantsViewer: Uint8Array;
    };
    // Every frame is looked at, so the few seconds of asking are seen however slowly frames come.
    const asked = await new Promise<{ talkers: number[]; raised: boolean; atSpeaker: boolean }>(
      (resolve) => {
        const look = () => {
          const talkers = [...crowd.talking.keys()].filter((i) => crowd.talking[i] === 1);
          const asker = talkers[0];
          if (asker !== undefined)
            resolve({
              talkers,
              raised: crowd.arms[asker] === armsList.indexOf('raised'),
              atSpeaker: crowd.wantsViewer[asker] === 1,
            });
          else requestAnimationFrame(look);
        };
        look();
      },
    );
    expect(asked.talkers).toHaveLength(1);
    expect(asked.raised).toBe(true);
    expect(asked.atSpeaker).toBe(true);
    expect(scene.getObjectByName('question-card')?.visible).toBe(true);
  }, 180_000);

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
