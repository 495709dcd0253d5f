// A stored session's scene by name, in the page's language; an id no scene has any more is shown
// as it was stored, so an old log still says where it was.
import type { IntlShape } from 'react-intl';
import { findScene } from '../../../scenes/registry';

export function sceneTitle(intl: IntlShape, sceneId: string): string {
  const scene = findScene(sceneId);
  return scene ? intl.formatMessage(scene.title) : sceneId;
}
