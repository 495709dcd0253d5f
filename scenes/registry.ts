// Every scene Foothold offers. Adding a scene is a folder in scenes/ and one line here.
// Only metadata and level tables are imported here, so the home page stays free of three.js.
import { audienceScene } from './audience';
import { calmScene } from './calm';
import { conversationScene } from './conversation';
import { heightsScene } from './heights';
import { metroScene } from './metro';
import { placeScene } from './place';
import { spidersScene } from './spiders';
import type { ParamValues, SceneDefinition } from './types';

/** Scene components take their own parameter type; the registry holds them by the common shape. */
function register<P extends ParamValues>(scene: SceneDefinition<P>): SceneDefinition {
  return scene as unknown as SceneDefinition;
}

const calm = register(calmScene);

export const scenes: readonly SceneDefinition[] = [
  register(heightsScene),
  register(audienceScene),
  register(conversationScene),
  register(metroScene),
  register(spidersScene),
  register(placeScene),
  calm,
];

/**
 * Where a rest, the wait before the start and every stop lead: the calm shore in its afterglow.
 * The session view asks for it here, so no part of the app names a scene of its own.
 */
export const restPlace: { readonly scene: SceneDefinition; readonly level: number } = {
  scene: calm,
  level: 6,
};

export function findScene(id: string): SceneDefinition | undefined {
  return scenes.find((scene) => scene.id === id);
}
