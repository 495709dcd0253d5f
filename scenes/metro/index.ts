import { units } from '../common/units';
import type { SceneDefinition } from '../types';
import { defineMessages } from '../types';
import { standingArea } from './layout';
import { MAX_PASSENGERS, type MetroParams, metroLevels, metroParamSpecs } from './levels';

const m = defineMessages({
  title: { id: 'scene.metro.title', defaultMessage: 'A crowded metro' },
  description: {
    id: 'scene.metro.description',
    defaultMessage:
      'Ride a metro train, from a quiet platform to a packed carriage held in the tunnel, with the doors out of reach.',
  },
  fear: {
    id: 'scene.metro.fear',
    defaultMessage: 'Fear of crowds and being shut in',
  },
  closestPassenger: {
    id: 'scene.metro.closestPassenger',
    defaultMessage: 'Closest a passenger came',
  },
  doorsShare: {
    id: 'scene.metro.doorsShare',
    defaultMessage: 'Time looking at the doors or the map',
  },
  tunnelStopSeconds: {
    id: 'scene.metro.tunnelStopSeconds',
    defaultMessage: 'Time stopped in the tunnel',
  },
  nearDoorsSeconds: {
    id: 'scene.metro.nearDoorsSeconds',
    defaultMessage: 'Time near the doors',
  },
  closestDoor: {
    id: 'scene.metro.closestDoor',
    defaultMessage: 'Closest you came to the doors',
  },
});

export const metroScene: SceneDefinition<MetroParams> = {
  id: 'metro',
  title: m.title,
  description: m.description,
  fear: m.fear,
  params: metroParamSpecs,
  levels: metroLevels,
  measures: [
    { name: 'closestPassenger', label: m.closestPassenger, unit: units.metres },
    { name: 'doorsShare', label: m.doorsShare, unit: units.percent },
    { name: 'tunnelStopSeconds', label: m.tunnelStopSeconds, unit: units.seconds },
    { name: 'nearDoorsSeconds', label: m.nearDoorsSeconds, unit: units.seconds },
    { name: 'closestDoor', label: m.closestDoor, unit: units.metres },
  ],
  standing: (params) => standingArea(params.where, params.doorDistance),
  // A crowd of people with faces: the headset is asked for a steady rate, not its highest.
  heavy: (params) => params.passengers > 40,
  // A few more or fewer aboard (the new seed brings other faces and places); how near they
  // stand, and the stop, are the step's difficulty and stay.
  vary: (params, random) => ({
    passengers:
      params.passengers === 0
        ? 0
        : Math.max(1, Math.min(MAX_PASSENGERS, params.passengers + (random() < 0.5 ? -4 : 4))),
  }),
  load: () => import('./MetroScene'),
};
