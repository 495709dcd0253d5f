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

  const source = (rate = 1) => {
    const s = context.createBufferSource();
    s.buffer = noise;
    s.loop = true;
    s.playbackRate.value = rate;
    nodes.push(s);
    return s;
  };

  // Surf: noise through a low-pass whose level swells every 8-9 s.
  const surf = source();
  const surfFilter = context.createBiquadFilter();
  surfFilter.type = 'lowpass';
  surfFilter.frequency.value = 700;
  const surfGain = context.createGain();
  const swell = context.createOscillator();
  swell.frequency.value = 0.115;
  const swellDepth = context.createGain();
  swell.connect(swellDepth).connect(surfGain.gain);
  surf.connect(surfFilter).connect(surfGain).connect(destination);
  nodes.push(swell);

  // Wind: a brighter band of noise rising and falling slowly.
  const wind = source(1.7);
  const windFilter = context.createBiquadFilter();
  windFilter.type = 'bandpass';
  windFilter.frequency.value = 900;
  windFilter.Q.value = 0.6;
  const windGain = context.createGain();
  const gust = context.createOscillator();
  gust.frequency.value = 0.07;
  const gustDepth = context.createGain();
  gust.connect(gustDepth).connect(windGain.gain);
  wind.connect(windFilter).connect(windGain).connect(destination);
  nodes.push(gust);

  const update = (p: CalmParams) => {
    const now = context.currentTime;
    const surfLevel = p.ambience * (0.12 + 0.5 * p.waves);
    const windLevel = p.ambience * 0.25 * p.breeze;
    // Ramps, not jumps: a change of level must never click or startle.
    surfGain.gain.setTargetAtTime(surfLevel, now, 0.8);
    swellDepth.gain.setTargetAtTime(surfLevel * 0.8, now, 0.8);
    windGain.gain.setTargetAtTime(windLevel, now, 0.8);
    gustDepth.gain.setTargetAtTime(windLevel * 0.7, now, 0.8);
  };

  surfGain.gain.value = 0;
  windGain.gain.value = 0;
  update(params);
  for (const node of nodes) node.start();

  return {
    update,
    stop() {
      for (const node of nodes) {
        node.stop();
        node.disconnect();
      }
      surfGain.disconnect();
      windGain.disconnect();
    },
  };
}
