// Sound synthesised with WebAudio for the scenes: noise shaped by filters, swaying in level.
import { createRandom } from './random';

/** Brown-ish noise (integrated white noise): sounds like surf or wind rather than hiss. */
export function noiseBuffer(context: BaseAudioContext, seconds: number, seed: number): AudioBuffer {
  const buffer = context.createBuffer(
    1,
    Math.floor(context.sampleRate * seconds),
    context.sampleRate,
  );
  const data = buffer.getChannelData(0);
  const random = createRandom(seed);
  let last = 0;
  for (let i = 0; i < data.length; i++) {
    last = (last + 0.02 * (random() * 2 - 1)) / 1.02;
    data[i] = last * 3.5;
  }
  return buffer;
}

export interface SwayingNoise {
  filter: BiquadFilterNode;
  /** Its mean level; starts at 0. */
  level: GainNode;
  /** How far the level sways around the mean; starts at 0. */
  depth: GainNode;
  sources: AudioScheduledSourceNode[];
}

/** Looping noise through a filter, its level swaying with a slow oscillator. Not started yet. */
export function swayingNoise(
  context: BaseAudioContext,
  destination: AudioNode,
  noise: AudioBuffer,
  options: {
    filter: BiquadFilterType;
    frequency: number;
    rate: number;
    swayHz: number;
    q?: number;
  },
): SwayingNoise {
  const source = context.createBufferSource();
  source.buffer = noise;
  source.loop = true;
  source.playbackRate.value = options.rate;
  const filter = context.createBiquadFilter();
  filter.type = options.filter;
  filter.frequency.value = options.frequency;
  if (options.q !== undefined) filter.Q.value = options.q;
  const level = context.createGain();
  level.gain.value = 0;
  const sway = context.createOscillator();
  sway.frequency.value = options.swayHz;
  const depth = context.createGain();
  // Both start silent and ramp in: a gain node's default of 1 would open with a loud swell.
  depth.gain.value = 0;
  sway.connect(depth).connect(level.gain);
  source.connect(filter).connect(level).connect(destination);
  return { filter, level, depth, sources: [source, sway] };
}

/** Ramps, not jumps: a change of level must never click or startle. */
export function rampTo(param: AudioParam, value: number, context: BaseAudioContext, seconds = 0.8) {
  param.setTargetAtTime(value, context.currentTime, seconds);
}

/** Starts noise layers together, and returns how to stop and disconnect them all. */
export function playLayers(layers: readonly SwayingNoise[]): () => void {
  const sources = layers.flatMap((layer) => layer.sources);
  for (const node of sources) node.start();
  return () => {
    for (const node of sources) {
      node.stop();
      node.disconnect();
    }
    for (const layer of layers) layer.level.disconnect();
  };
}

/**
 * Sets the browser loading its HRTF data for this context as the scene opens, for scenes that
 * place sounds later: a panner that asks for it first at a door or a cough is silent until it has
 * loaded, and in offline rendering Chromium was seen to stall on it for good.
 */
export function loadHrtf(context: BaseAudioContext): void {
  context.createPanner().panningModel = 'HRTF';
}

/** A point source in the room: an HRTF panner at `at`, connected to the destination. */
export function pannerAt(
  context: BaseAudioContext,
  destination: AudioNode,
  at: { x: number; y: number; z: number },
  refDistance = 2,
): PannerNode {
  const panner = context.createPanner();
  panner.panningModel = 'HRTF';
  panner.distanceModel = 'inverse';
  panner.refDistance = refDistance;
  panner.positionX.value = at.x;
  panner.positionY.value = at.y;
  panner.positionZ.value = at.z;
  panner.connect(destination);
  return panner;
}
