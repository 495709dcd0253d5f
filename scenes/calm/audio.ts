// The sound of the shore, synthesised: surf as low-passed noise swelling with each wave, and wind
// as band-passed noise in slow gusts. Nothing is downloaded.
import { noiseBuffer, playLayers, rampTo, swayingNoise } from '../common/audio';
import type { SceneAudio } from '../types';
import type { CalmParams } from './levels';

export interface ShoreSound {
  update(params: CalmParams): void;
  stop(): void;
}

export function startShoreSound(
  { context, destination }: SceneAudio,
  params: CalmParams,
  seed: number,
): ShoreSound {
  const noise = noiseBuffer(context, 4, seed);
  // Surf: low rumble that swells with each wave, every 8-9 s. Wind: a brighter band in slow gusts.
  const surf = swayingNoise(context, destination, noise, {
    filter: 'lowpass',
    frequency: 700,
    rate: 1,
    swayHz: 0.115,
  });
  const wind = swayingNoise(context, destination, noise, {
    filter: 'bandpass',
    frequency: 900,
    rate: 1.7,
    swayHz: 0.07,
    q: 0.6,
  });
  const update = (p: CalmParams) => {
    const surfLevel = p.ambience * (0.12 + 0.5 * p.waves);
    const windLevel = p.ambience * 0.25 * p.breeze;
    rampTo(surf.level.gain, surfLevel, context);
    rampTo(surf.depth.gain, surfLevel * 0.8, context);
    rampTo(wind.level.gain, windLevel, context);
    rampTo(wind.depth.gain, windLevel * 0.7, context);
  };

  update(params);
  return { update, stop: playLayers([surf, wind]) };
}
