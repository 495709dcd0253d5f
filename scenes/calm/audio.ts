// The sound of the shore, synthesised: surf as low-passed noise swelling with each wave, and wind
// as band-passed noise in slow gusts. Nothing is downloaded.
import { createRandom } from '../common/random';
import type { SceneAudio } from '../types';
import type { CalmParams } from './levels';

export interface ShoreSound {
  update(params: CalmParams): void;
  stop(): void;
}

function noiseBuffer(context: AudioContext, seconds: number, seed: number): AudioBuffer {
  const buffer = context.createBuffer(
    1,
    Math.floor(context.sampleRate * seconds),
    context.sampleRate,
  );
  const data = buffer.getChannelData(0);
  const random = createRandom(seed);
  // Brown-ish noise: integrated white noise sounds like surf rather than hiss.
  let last = 0;
  for (let i = 0; i < data.length; i++) {
    last = (last + 0.02 * (random() * 2 - 1)) / 1.02;
    data[i] = last * 3.5;
  }
  return buffer;
}

export function startShoreSound(
  { context, destination }: SceneAudio,
  params: CalmParams,
  seed: number,
): ShoreSound {
  const noise = noiseBuffer(context, 4, seed);
  const nodes: AudioScheduledSourceNode[] = [];

  /** Looping noise through a filter, its level swaying with a slow oscillator. */
  const swayingNoise = (
    filterType: BiquadFilterType,
    frequency: number,
    rate: number,
    swayHz: number,
  ) => {
    const source = context.createBufferSource();
    source.buffer = noise;
    source.loop = true;
    source.playbackRate.value = rate;
    const filter = context.createBiquadFilter();
    filter.type = filterType;
    filter.frequency.value = frequency;
    const level = context.createGain();
    level.gain.value = 0;
    const sway = context.createOscillator();
    sway.frequency.value = swayHz;
    const depth = context.createGain();
    // Both start silent and ramp in: a gain node's default of 1 would open with a loud swell.
    depth.gain.value = 0;
    sway.connect(depth).connect(level.gain);
    source.connect(filter).connect(level).connect(destination);
    nodes.push(source, sway);
    return { filter, level, depth };
  };

  // Surf: low rumble that swells with each wave, every 8-9 s. Wind: a brighter band in slow gusts.
  const surf = swayingNoise('lowpass', 700, 1, 0.115);
  const wind = swayingNoise('bandpass', 900, 1.7, 0.07);
  wind.filter.Q.value = 0.6;

  const update = (p: CalmParams) => {
    const now = context.currentTime;
    const surfLevel = p.ambience * (0.12 + 0.5 * p.waves);
    const windLevel = p.ambience * 0.25 * p.breeze;
    // Ramps, not jumps: a change of level must never click or startle.
    surf.level.gain.setTargetAtTime(surfLevel, now, 0.8);
    surf.depth.gain.setTargetAtTime(surfLevel * 0.8, now, 0.8);
    wind.level.gain.setTargetAtTime(windLevel, now, 0.8);
    wind.depth.gain.setTargetAtTime(windLevel * 0.7, now, 0.8);
  };

  update(params);
  for (const node of nodes) node.start();

  return {
    update,
    stop() {
      for (const node of nodes) {
        node.stop();
        node.disconnect();
      }
      surf.level.disconnect();
      wind.level.disconnect();
    },
  };
}
