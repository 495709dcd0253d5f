// Wind at height, synthesised: a low roar and a higher whistle, both gusting; stronger with the
// wind parameter and a little with height. Nothing is downloaded.
import { noiseBuffer, playLayers, rampTo, swayingNoise } from '../common/audio';
import type { SceneAudio } from '../types';
import type { HeightsParams } from './levels';

export interface WindSound {
  update(params: HeightsParams): void;
  stop(): void;
}

/** Loudness of the roar and the whistle for a wind and a height. Pure, so it is tested. */
export function windLevels(wind: number, elevation: number): { roar: number; whistle: number } {
  const height = Math.min(1, elevation / 150);
  return { roar: wind * (0.35 + 0.15 * height), whistle: wind * wind * (0.08 + 0.06 * height) };
}

export function startWindSound(
  { context, destination }: SceneAudio,
  params: HeightsParams,
  seed: number,
): WindSound {
  const noise = noiseBuffer(context, 5, seed);
  const roar = swayingNoise(context, destination, noise, {
    filter: 'lowpass',
    frequency: 420,
    rate: 1,
    swayHz: 0.09,
  });
  const whistle = swayingNoise(context, destination, noise, {
    filter: 'bandpass',
    frequency: 1500,
    rate: 2.2,
    swayHz: 0.13,
    q: 2.5,
  });
  const update = (p: HeightsParams) => {
    const levels = windLevels(p.wind, p.elevation);
    rampTo(roar.level.gain, levels.roar, context, 1.2);
    rampTo(roar.depth.gain, levels.roar * 0.7, context, 1.2);
    rampTo(whistle.level.gain, levels.whistle, context, 1.2);
    rampTo(whistle.depth.gain, levels.whistle * 0.9, context, 1.2);
  };
  update(params);
  return { update, stop: playLayers([roar, whistle]) };
}
