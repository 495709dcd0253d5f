import { units } from '../common/units';
import type { SceneDefinition } from '../types';
import { defineMessages } from '../types';
import { type PlaceParams, placeLevels, placeParamSpecs } from './levels';

const m = defineMessages({
  title: { id: 'scene.place.title', defaultMessage: 'Your own place' },
  description: {
    id: 'scene.place.description',
    defaultMessage:
      'A photo or video of your own, all around you or on a screen ahead, from small, dim and softened to just as it was taken.',
  },
  lookingShare: {
    id: 'scene.place.lookingShare',
    defaultMessage: 'Time facing the middle of the picture',
    description: 'Share of the time the head pointed at the middle of the photo or video',
  },
  watchedSeconds: {
    id: 'scene.place.watchedSeconds',
    defaultMessage: 'Time the picture was shown',
    description: 'Seconds the video played, or the photo was on show',
  },
});

export const placeScene: SceneDefinition<PlaceParams> = {
  id: 'place',
  title: m.title,
  description: m.description,
  // No fear of its own: it is the fear of the ladder the person's place is a step on.
  ownContent: true,
  params: placeParamSpecs,
  levels: placeLevels,
  measures: [
    { name: 'lookingShare', label: m.lookingShare, unit: units.percent },
    { name: 'watchedSeconds', label: m.watchedSeconds, unit: units.seconds },
  ],
  // The picture is the person's own: any change to it (where it starts, what shows) would change
  // how hard it is, so a varied session changes only the seed, which this scene does not use.
  vary: () => ({}),
  load: () => import('./PlaceScene'),
};
