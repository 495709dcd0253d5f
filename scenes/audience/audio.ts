// The room's distractions, synthesised with WebAudio and placed where the member sits: a cough, a
// phone ringing, a chair scraping, whispering. Nothing is downloaded.
import { noiseBuffer, pannerAt } from '../common/audio';
import type { SceneAudio } from '../types';
import type { DistractionKind } from './events';

export interface RoomSound {
  play(kind: DistractionKind, at: { x: number; y: number; z: number }): void;
  stop(): void;
}

export function startRoomSound({ context, destination }: SceneAudio, seed: number): RoomSound {
  const noise = noiseBuffer(context, 2, seed);
  const live = new Set<AudioNode>();

  const placed = (at: { x: number; y: number; z: number }) => {
    const panner = pannerAt(context, destination, at);
    live.add(panner);
    return panner;
  };

  /** A burst of filtered noise with an envelope: the body of a cough, a scrape or a whisper. */
  const burst = (
    out: AudioNode,
    start: number,
    length: number,
    filter: BiquadFilterType,
    from: number,
    to: number,
    level: number,
  ) => {
    const source = context.createBufferSource();
    source.buffer = noise;
    const f = context.createBiquadFilter();
    f.type = filter;
    f.frequency.setValueAtTime(from, start);
    f.frequency.linearRampToValueAtTime(to, start + length);
    f.Q.value = filter === 'bandpass' ? 3 : 0.7;
    const gain = context.createGain();
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(level, start + Math.min(0.03, length / 4));
    gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
    source.connect(f).connect(gain).connect(out);
    source.start(start);
    source.stop(start + length + 0.05);
  };

  const tone = (
    out: AudioNode,
    start: number,
    length: number,
    frequency: number,
    level: number,
  ) => {
    const osc = context.createOscillator();
    osc.frequency.value = frequency;
    const gain = context.createGain();
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(level, start + 0.01);
    gain.gain.setValueAtTime(level, start + length - 0.02);
    gain.gain.linearRampToValueAtTime(0, start + length);
    osc.connect(gain).connect(out);
    osc.start(start);
    osc.stop(start + length);
  };

  return {
    play(kind, at) {
      const out = placed(at);
      const now = context.currentTime + 0.02;
      switch (kind) {
        case 'cough':
          burst(out, now, 0.22, 'bandpass', 700, 400, 0.9);
          burst(out, now + 0.3, 0.18, 'bandpass', 650, 380, 0.6);
          break;
        case 'chair':
          burst(out, now, 0.7, 'bandpass', 350, 1100, 0.5);
          break;
        case 'whisper':
          for (let k = 0; k < 5; k++) burst(out, now + k * 0.3, 0.22, 'highpass', 3000, 4200, 0.25);
          break;
        case 'phone':
          // The old two-tone ring, twice.
          for (let k = 0; k < 2; k++) {
            for (let b = 0; b < 8; b++)
              tone(out, now + k * 1.4 + b * 0.05, 0.04, b % 2 ? 1400 : 1800, 0.12);
          }
          break;
      }
      setTimeout(() => {
        out.disconnect();
        live.delete(out);
      }, 4000);
    },
    stop() {
      for (const node of live) node.disconnect();
      live.clear();
    },
  };
}
