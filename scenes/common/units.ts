// How the scenes write a number with its unit, for their parameters and measures alike. The
// number goes through the page's number format, so a German page writes "1,5 m".
import { defineMessages } from '../types';

export const units = defineMessages({
  metres: {
    id: 'scene.common.metres',
    defaultMessage: '{value, number} m',
    description: 'A length in metres, abbreviated',
  },
  centimetres: {
    id: 'scene.common.centimetres',
    defaultMessage: '{value, number} cm',
    description: 'A length in centimetres, abbreviated',
  },
  percent: { id: 'scene.common.percent', defaultMessage: '{value, number} %' },
  seconds: {
    id: 'scene.common.seconds',
    defaultMessage: '{value, number} s',
    description: 'A length of time in seconds, abbreviated',
  },
  minutes: {
    id: 'scene.common.minutes',
    defaultMessage: '{value, number} min',
    description: 'A length of time in minutes, abbreviated',
  },
  perMinute: {
    id: 'scene.common.perMinute',
    defaultMessage: '{value, number} per min',
    description: 'How many times a minute something happens (distractions in the audience)',
  },
  degrees: {
    id: 'scene.common.degrees',
    defaultMessage: '{value, number} °',
    description: 'An angle in degrees: how high the sun stands above the horizon',
  },
});
