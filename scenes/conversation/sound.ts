// The café's sound, synthesised with WebAudio: the murmur of the guests, cups and spoons clinking,
// a voice-like murmur from whoever is talking (syllables through vowel formants, no words), and the
// dropped cup. Nothing is downloaded.
import { loadHrtf, noiseBuffer, pannerAt, playLayers, rampTo, swayingNoise } from '../common/audio';
import { createRandom, subSeed } from '../common/random';
import type { SceneAudio } from '../types';
import { MAX_GUESTS } from './layout';

export interface CafeNoise {
  guests: number;
  /** In %. */
  noise: number;
}

type At = { x: number; y: number; z: number };

export interface CafeSound {
  update(noise: CafeNoise): void;
  /** A murmured voice at `at` for `seconds` (wall-clock) at a speaking pitch in Hz. */
  speak(at: At, seconds: number, pitch: number): { stop(): void };
  cupDrop(at: At): void;
  stop(): void;
}

/** How loud the room's murmur is and how often something clinks. Pure, so it is tested. */
export function cafeLevels({ guests, noise }: CafeNoise): {
  murmur: number;
  clinksPerMinute: number;
} {
  const loud = Math.min(1, Math.max(0, noise / 100));
  const full = Math.min(1, Math.max(0, guests / MAX_GUESTS));
  return {
    murmur: loud * (0.08 + 0.42 * full),
    clinksPerMinute: guests <= 0 ? 2 * loud : loud * (6 + 30 * full),
  };
}

export interface Syllable {
  /** Seconds from the start. */
  at: number;
  length: number;
  /** Pitch as a share of the speaker's own: intonation. */
  rise: number;
  /** The vowel's two formants, Hz. */
  formants: readonly [number, number];
}

const VOWELS: readonly (readonly [number, number])[] = [
  [730, 1090],
  [530, 1840],
  [270, 2290],
  [570, 840],
  [440, 1020],
  [660, 1720],
];

/**
 * The syllables of a murmured line: four or five a second in words of one to three, short gaps
 * between words, the pitch falling towards the end. Pure.
 */
export function syllables(seconds: number, seed: number): Syllable[] {
  const random = createRandom(subSeed(seed, 'syllables'));
  const out: Syllable[] = [];
  let t = 0.05;
  while (t < seconds - 0.15) {
    const word = 1 + Math.floor(random() * 3);
    for (let k = 0; k < word && t < seconds - 0.15; k++) {
      const length = 0.13 + random() * 0.1;
      const through = t / Math.max(seconds, 0.1);
      const tail = through > 0.8 ? 1 - (through - 0.8) * 0.8 : 1;
      out.push({
        at: t,
        length,
        rise: (0.94 + random() * 0.12) * tail,
        formants: VOWELS[Math.floor(random() * VOWELS.length)] as readonly [number, number],
      });
      t += length + 0.02;
    }
    t += 0.08 + random() * 0.14;
  }
  return out;
}

export function startCafeSound(
  { context, destination }: SceneAudio,
  initial: CafeNoise,
  seed: number,
): CafeSound {
  loadHrtf(context);
  const noise = noiseBuffer(context, 4, seed);
  const random = createRandom(subSeed(seed, 'cafe-sound'));
  // The guests' talk: a band of noise where voices are, swaying as conversations rise and fall.
  const murmur = swayingNoise(context, destination, noise, {
    filter: 'bandpass',
    frequency: 520,
    rate: 1.6,
    swayHz: 0.21,
    q: 1.2,
  });
  const hum = swayingNoise(context, destination, noise, {
    filter: 'lowpass',
    frequency: 180,
    rate: 0.7,
    swayHz: 0.05,
  });
  const stopLayers = playLayers([murmur, hum]);
  const live = new Set<{ stop(): void }>();
  let current = initial;

  const update = (next: CafeNoise) => {
    current = next;
    const levels = cafeLevels(next);
    rampTo(murmur.level.gain, levels.murmur, context, 1.2);
    rampTo(murmur.depth.gain, levels.murmur * 0.4, context, 1.2);
    rampTo(hum.level.gain, (next.noise / 100) * 0.12, context, 1.2);
    rampTo(hum.depth.gain, (next.noise / 100) * 0.03, context, 1.2);
  };
  update(initial);

  /** A ceramic or metal ping: a few inharmonic partials dying away fast. */
  const ping = (out: AudioNode, start: number, base: number, level: number, decay: number) => {
    for (const ratio of [1, 2.32, 4.1]) {
      const osc = context.createOscillator();
      osc.frequency.value = base * ratio;
      const gain = context.createGain();
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(level / ratio, start + 0.004);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + decay / ratio);
      osc.connect(gain).connect(out);
      osc.start(start);
      osc.stop(start + decay + 0.05);
    }
  };

  // Cups on saucers and spoons on cups, somewhere in the room, at the level's rate.
  const clinks = setInterval(() => {
    const { clinksPerMinute } = cafeLevels(current);
    if (random() >= clinksPerMinute / 120) return;
    const at = { x: (random() - 0.5) * 9, y: 0.9, z: -2 - random() * 6 };
    const out = pannerAt(context, destination, at, 1.5);
    ping(out, context.currentTime + 0.02, 2200 + random() * 1600, 0.05, 0.35);
    if (random() < 0.4) ping(out, context.currentTime + 0.12, 2600 + random() * 1200, 0.03, 0.25);
    setTimeout(() => out.disconnect(), 1500);
  }, 500);

  let voices = 0;
  const speak = (at: At, seconds: number, pitch: number) => {
    const out = pannerAt(context, destination, at, 1);
    const start = context.currentTime + 0.03;
    // A buzz at the speaker's pitch through two vowel formants, opened and closed per syllable.
    const source = context.createOscillator();
    source.type = 'sawtooth';
    source.frequency.value = pitch;
    const f1 = context.createBiquadFilter();
    f1.type = 'bandpass';
    f1.Q.value = 6;
    const f2 = context.createBiquadFilter();
    f2.type = 'bandpass';
    f2.Q.value = 8;
    const envelope = context.createGain();
    envelope.gain.value = 0;
    source.connect(f1).connect(envelope);
    source.connect(f2).connect(envelope);
    envelope.connect(out);
    voices++;
    for (const s of syllables(seconds, seed + voices)) {
      const t = start + s.at;
      source.frequency.setTargetAtTime(pitch * s.rise, t, 0.03);
      f1.frequency.setTargetAtTime(s.formants[0], t, 0.02);
      f2.frequency.setTargetAtTime(s.formants[1], t, 0.02);
      envelope.gain.setTargetAtTime(0.16, t, 0.015);
      envelope.gain.setTargetAtTime(0, t + s.length * 0.8, 0.02);
    }
    source.start(start);
    source.stop(start + seconds + 0.3);
    const voice = {
      stop() {
        if (!live.delete(voice)) return;
        envelope.gain.cancelScheduledValues(context.currentTime);
        envelope.gain.setTargetAtTime(0, context.currentTime, 0.03);
        source.stop(context.currentTime + 0.2);
        setTimeout(() => out.disconnect(), 400);
      },
    };
    live.add(voice);
    source.onended = () => {
      if (live.delete(voice)) out.disconnect();
    };
    return voice;
  };

  const cupDrop = (at: At) => {
    const out = pannerAt(context, destination, at, 1);
    const start = context.currentTime + 0.02;
    // The thud on the floor, then the cup's clatter as it rolls.
    const thud = context.createBufferSource();
    thud.buffer = noise;
    const low = context.createBiquadFilter();
    low.type = 'lowpass';
    low.frequency.value = 320;
    const gain = context.createGain();
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(1.2, start + 0.008);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.25);
    thud.connect(low).connect(gain).connect(out);
    thud.start(start);
    thud.stop(start + 0.3);
    for (let k = 0; k < 5; k++)
      ping(
        out,
        start + 0.01 + k * (0.07 + k * 0.03),
        1800 + ((k * 977) % 1400),
        0.18 / (k + 1),
        0.4,
      );
    setTimeout(() => out.disconnect(), 2000);
  };

  return {
    update,
    speak,
    cupDrop,
    stop() {
      clearInterval(clinks);
      for (const voice of [...live]) voice.stop();
      stopLayers();
    },
  };
}
