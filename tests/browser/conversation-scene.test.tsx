import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react';
import { conversationScene } from '../../scenes/conversation';
import ConversationScene from '../../scenes/conversation/ConversationScene';
import type { ConversationParams } from '../../scenes/conversation/levels';
import type { Turns } from '../../scenes/conversation/turns';
import type { SceneActions } from '../../scenes/types';
import { languageOf } from './intl';
import { renderScene } from './render-scene';

const level = (n: number): ConversationParams => {
  const found = conversationScene.levels[n - 1];
  if (!found) throw new Error(`no level ${n}`);
  return found.params as ConversationParams;
};

/** The scene's actions as the session gives them, with a way to take one. */
function actions() {
  const handlers = new Map<string, () => void>();
  const sink: SceneActions = {
    on: (name, handler) => {
      handlers.set(name, handler);
      return () => handlers.delete(name);
    },
  };
  return { sink, take: (name: string) => handlers.get(name)?.() };
}

beforeAll(async () => {
  await page.viewport(1280, 720);
});
afterEach(async () => {
  await cleanup();
});

describe('café conversation scene in a real browser', () => {
  for (let n = 1; n <= 10; n++) {
    it(`level ${n} draws within budget: ≤ 100 draw calls, ≤ 250,000 triangles`, async () => {
      const { renderer, scene } = await renderScene(ConversationScene, level(n));
      expect(scene.getObjectByName('cafe')).toBeDefined();
      expect(renderer.info.render.calls).toBeGreaterThan(5);
      expect(renderer.info.render.calls).toBeLessThanOrEqual(100);
      expect(renderer.info.render.triangles).toBeLessThanOrEqual(250_000);
    });
  }

  it('at level 4 the stranger asks with a caption and a moving mouth, waits, and reacts to "I answered"', async () => {
    const taken = actions();
    const { scene } = await renderScene(ConversationScene, level(4), 2, 1, {
      actions: taken.sink,
    });
    const company = scene.getObjectByName('company')?.userData as {
      partners: number[];
      talking: Uint8Array;
      wantsViewer: Uint8Array;
      turns: () => Turns;
    };
    const stranger = company.partners[0] ?? -1;
    // Every frame is looked at, so the seconds of asking are seen however slowly frames come.
    const asking = await new Promise<{ talking: boolean; caption: string }>((resolve) => {
      const look = () => {
        const caption = scene.getObjectByName('caption');
        if (company.turns().phase === 'saying' && caption?.visible && caption.userData.text)
          resolve({ talking: company.talking[stranger] === 1, caption: caption.userData.text });
        else requestAnimationFrame(look);
      };
      look();
    });
    expect(asking.talking).toBe(true);
    expect(asking.caption.length).toBeGreaterThan(5);
    await expect.poll(() => company.turns().phase, { timeout: 30_000 }).toBe('waiting');
    expect(company.wantsViewer[stranger]).toBe(1);
    taken.take('answered');
    await expect.poll(() => company.turns().answers, { timeout: 10_000 }).toBe(1);
    // The reaction's caption follows within a frame or two.
    await expect
      .poll(() => scene.getObjectByName('caption')?.userData.text, { timeout: 10_000 })
      .not.toBe(asking.caption);
  });

  it('at level 8 the table goes quiet and looks at the person while they speak', async () => {
    let speaking = 0;
    const { scene } = await renderScene(
      ConversationScene,
      { ...level(8), microphone: true },
      5,
      1,
      { voice: { level: () => speaking } },
    );
    const company = scene.getObjectByName('company')?.userData as {
      partners: number[];
      talking: Uint8Array;
      wantsViewer: Uint8Array;
      turns: () => Turns;
    };
    // The table chatters among itself before anyone speaks to the person.
    await expect
      .poll(() => company.partners.some((i) => company.talking[i] === 1), { timeout: 30_000 })
      .toBe(true);
    speaking = 0.2;
    await expect.poll(() => company.turns().speaking, { timeout: 10_000 }).toBe(true);
    await expect
      .poll(
        () =>
          company.partners.every((i) => company.wantsViewer[i] === 1 && company.talking[i] === 0),
        { timeout: 10_000 },
      )
      .toBe(true);
  });

  it('captions the lines in the page’s language, though the page’s catalogue leaves them out', async () => {
    const spanish = await languageOf('es');
    // The page's catalogue has none of the people's lines: they come with the scene's chunk.
    expect(Object.keys(spanish.messages).some((id) => id.includes('.line.'))).toBe(false);
    const { scene } = await renderScene(ConversationScene, level(2), 3, 4, { intl: spanish });
    await expect
      .poll(() => scene.getObjectByName('caption')?.userData.text ?? '', { timeout: 30_000 })
      .toMatch(/^¡/);
  });
});
