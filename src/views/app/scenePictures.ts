// Each scene's card on the home page shows its first, gentlest level, rendered from the app's own
// scene by `npm run screenshots` into public/pictures (served from this origin like the icons).
import type { SceneDefinition } from '../../../scenes/types';

/** The pictures' size in pixels, set on the image so the card keeps its place while it loads. */
export const PICTURE_SIZE = { width: 480, height: 270 } as const;

export function scenePicture(scene: SceneDefinition) {
  return {
    src: `pictures/${scene.id}-level-1.webp`,
    ...PICTURE_SIZE,
    alt: `${scene.title} at its gentlest level: ${scene.levels[0].name}`,
  };
}
