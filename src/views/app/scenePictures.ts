// Each scene's card on the home page shows its first, gentlest level, rendered from the app's own
// scene by `npm run screenshots` into public/pictures (served from this origin like the icons).
import type { IntlShape } from 'react-intl';
import type { SceneDefinition } from '../../../scenes/types';
import { defineMessages } from '../../domain/phrase';

const m = defineMessages({
  alt: {
    id: 'home.pictureAlt',
    defaultMessage: '{scene} at its gentlest level: {level}',
    description: "The text of a scene card's picture for screen readers",
  },
});

/** The pictures' size in pixels, set on the image so the card keeps its place while it loads. */
export const PICTURE_SIZE = { width: 480, height: 270 } as const;

export function scenePicture(scene: SceneDefinition, intl: IntlShape) {
  return {
    src: `pictures/${scene.id}-level-1.webp`,
    ...PICTURE_SIZE,
    alt: intl.formatMessage(m.alt, {
      scene: intl.formatMessage(scene.title),
      level: intl.formatMessage(scene.levels[0].name),
    }),
  };
}
