// The metro carriage's sound, synthesised with WebAudio: the ventilation's hum, the running
// rumble and the wheels' clickety-clack over rail joints (both growing with speed), the door and
// announcement chimes, the doors' hiss and thud, and coughs in the crowd. Nothing is downloaded.
import { loadHrtf, noiseBuffer, pannerAt, playLayers, rampTo, swayingNoise } from '../common/audio';
import { createRandom, subSeed } from '../common/random';
import type { SceneAudio } from '../types';

type At = { x: number; y: number; z: number };

export interface MetroSound {
  /**
   * The train's speed as a share of cruising, 0-1, set every frame (cheap: only ramps when it
   * changed by > 0.02). At 0 only the ventilation hum remains; the rumble's level and pitch and
   * the rattle's level grow with speed.
   */
  setSpeed(speed: number): void;
  /** The door chime: two falling tones (like a real metro's "doors closing" chime). */
  doorChime(): void;
  /** The doors moving: a short pneumatic hiss and a soft thud at the end, from `at`. */
  doors(at: At): void;
  /** The announcement chime before a message: three rising soft tones (bell-like sines with a decay). */
  announcementChime(): void;
  /** A cough from `at` (filtered noise bursts, two or three, HRTF-placed with pannerAt). */
  cough(at: At): void;
  stop(): void;
}

interface RunningLevels {
  hum: number;
  rumble: number;
  rumbleHz: number;
  rattle: number;
}

/** Fills `out` in place, so following the speed allocates nothing. */
function fillLevels(speed: number, out: RunningLevels): RunningLevels {
  // NaN counts as stopped: a train of unknown speed must not roar.
  const s = speed > 0 ? Math.min(1, speed) : 0;
  // The ventilation runs whatever the speed; the rest is the train moving.
  out.hum = 0.05;
  out.rumble = 0.2 * s ** 0.7;
  out.rumbleHz = 70 + 150 * s;
  out.rattle = 0.2 * s;
  return out;
}

/** Levels of the running sound for a speed 0-1. Pure, tested in Node. */
export function runningLevels(speed: number): RunningLevels {
  return fillLevels(speed, { hum: 0, rumble: 0, rumbleHz: 0, rattle: 0 });
}

/** Seconds between two rail joints at cruising speed, and between a bogie's two axles. */
const JOINT_SECONDS = 1.05;
const AXLE_SECONDS = 0.11;
/** Clicks are scheduled this far ahead on the context's clock, so a late timer never gaps them. */
const AHEAD_SECONDS = 1;
const TICK_MS = 250;
/** How fast the running sound follows the speed: the train's own speed changes smoothly. */
const FOLLOW_SECONDS = 0.3;

export function startMetroSound({ context, destination }: SceneAudio, seed: number): MetroSound {
  loadHrtf(context);
  const noise = noiseBuffer(context, 4, subSeed(seed, 'metro-noise'));
  const random = createRandom(subSeed(seed, 'metro-sound'));
  // The ventilation: a soft band of air with the fan's low tone in it.
  const hum = swayingNoise(context, destination, noise, {
    filter: 'bandpass',
    frequency: 260,
    rate: 1.2,
    swayHz: 0.06,
    q: 0.8,
  });
  const fan = context.createOscillator();
  fan.frequency.value = 98;
  const fanLevel = context.createGain();
  fanLevel.gain.value = 0.05;
  fan.connect(fanLevel).connect(hum.level);
  // The running rumble: low noise with a resonance that rises with speed, swaying with the track.
  const rumble = swayingNoise(context, destination, noise, {
    filter: 'lowpass',
    frequency: 70,
    rate: 0.8,
    swayHz: 0.17,
    q: 6,
  });
  // The rattle: a bright band of noise, opened only for a moment at each wheel over a joint. Its
  // `level` is the gate the clicks open; `rattle` follows the speed.
  const rattle = context.createGain();
  rattle.gain.value = 0;
  rattle.connect(destination);
  const clicks = swayingNoise(context, rattle, noise, {
    filter: 'bandpass',
    frequency: 1600,
    rate: 3,
    swayHz: 0.1,
    q: 2.5,
  });
  const stopLayers = playLayers([hum, rumble, clicks]);
  fan.start();

  // One-shots (chimes, doors, coughs) go through one bus, so stopping silences them at once.
  const bus = context.createGain();
  bus.connect(destination);
  const live = new Set<AudioScheduledSourceNode>();
  /**
   * Started sources of one sound into `out`, each to end at `end`; `out` is disconnected once the
   * last of them has ended.
   */
  const shot = (out: AudioNode) => {
    let playing = 0;
    return (node: AudioScheduledSourceNode, end: number) => {
      playing++;
      live.add(node);
      node.onended = () => {
        live.delete(node);
        node.disconnect();
        if (--playing === 0) out.disconnect();
      };
      node.stop(end);
    };
  };

  const levels = runningLevels(0);
  let speed = 0;
  let followed = 0;
  const follow = (s: number) => {
    followed = s;
    fillLevels(s, levels);
    rampTo(hum.level.gain, levels.hum, context);
    rampTo(hum.depth.gain, levels.hum * 0.2, context);
    rampTo(rumble.level.gain, levels.rumble, context, FOLLOW_SECONDS);
    rampTo(rumble.depth.gain, levels.rumble * 0.3, context, FOLLOW_SECONDS);
    rampTo(rumble.filter.frequency, levels.rumbleHz, context, FOLLOW_SECONDS);
    rampTo(rattle.gain, levels.rattle, context, FOLLOW_SECONDS);
  };
  follow(0);

  /** One wheel over a joint: a sharp tick, its pitch and strength a little different each time. */
  const click = (t: number, hz: number, peak: number) => {
    const gate = clicks.level.gain;
    clicks.filter.frequency.setValueAtTime(hz * (0.9 + 0.2 * random()), t);
    gate.setValueAtTime(0, t);
    gate.linearRampToValueAtTime(peak * (0.8 + 0.4 * random()), t + 0.002);
    gate.setTargetAtTime(0, t + 0.002, 0.018);
  };
  // The share of a rail's length left to the next joint: the rhythm keeps its place through
  // changes of speed, and stands still when the train does.
  let toJoint = 0.2 + 0.8 * random();
  let scheduled = context.currentTime;
  const schedule = () => {
    const now = context.currentTime;
    const horizon = now + AHEAD_SECONDS;
    // After a stall (a hidden page) nothing is scheduled in the past.
    if (scheduled < now) scheduled = now;
    while (scheduled < horizon) {
      if (speed <= 0) {
        scheduled = horizon;
        break;
      }
      const wait = (toJoint * JOINT_SECONDS) / speed;
      if (scheduled + wait > horizon) {
        toJoint -= ((horizon - scheduled) * speed) / JOINT_SECONDS;
        scheduled = horizon;
        break;
      }
      scheduled += wait;
      toJoint = 1;
      // Clickety-clack: a bogie's two axles, one after the other.
      click(scheduled, 1900, 3);
      click(scheduled + AXLE_SECONDS / speed, 1350, 2.4);
    }
  };
  schedule();
  const ticks = setInterval(schedule, TICK_MS);

  /** A bell-like tone: a sine with two faint partials, struck and dying away. */
  const bell = (
    play: ReturnType<typeof shot>,
    out: AudioNode,
    start: number,
    hz: number,
    level: number,
    decay: number,
  ) => {
    for (const [ratio, share] of [
      [1, 1],
      [2, 0.25],
      [3.01, 0.08],
    ] as const) {
      const osc = context.createOscillator();
      osc.frequency.value = hz * ratio;
      const gain = context.createGain();
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(level * share, start + 0.008);
      gain.gain.setTargetAtTime(0, start + 0.008, decay / ratio);
      osc.connect(gain).connect(out);
      osc.start(start);
      play(osc, start + 0.01 + (decay * 6) / ratio);
    }
  };

  /** The chimes come from the carriage's speakers, everywhere at once: not placed. */
  const chime = (tones: readonly number[], gap: number, level: number, decay: number) => {
    const out = context.createGain();
    out.connect(bus);
    const play = shot(out);
    const start = context.currentTime + 0.03;
    tones.forEach((hz, k) => {
      bell(play, out, start + k * gap, hz, level, decay);
    });
  };

  /** Noise from a random place in the buffer, through a filter and an envelope, into `out`. */
  const burst = (
    play: ReturnType<typeof shot>,
    out: AudioNode,
    start: number,
    length: number,
    options: { type: BiquadFilterType; hz: number; q: number; rate: number },
  ) => {
    const source = context.createBufferSource();
    source.buffer = noise;
    source.loop = true;
    source.playbackRate.value = options.rate;
    const filter = context.createBiquadFilter();
    filter.type = options.type;
    filter.frequency.value = options.hz;
    filter.Q.value = options.q;
    const gain = context.createGain();
    gain.gain.value = 0;
    source.connect(filter).connect(gain).connect(out);
    // From a different place in the noise each time, so no two bursts sound alike.
    source.start(start, random() * (noise.duration - 0.5));
    play(source, start + length);
    return gain.gain;
  };

  let stopped = false;
  return {
    setSpeed(next) {
      if (stopped) return;
      speed = next > 0 ? Math.min(1, next) : 0;
      // Small changes wait for a larger one, but stopping and cruising are always reached.
      if (Math.abs(speed - followed) > 0.02 || (speed !== followed && (speed === 0 || speed === 1)))
        follow(speed);
    },
    doorChime() {
      if (stopped) return;
      // Two falling tones, the second held a little longer.
      chime([659, 523], 0.55, 0.1, 0.35);
    },
    announcementChime() {
      if (stopped) return;
      // Three rising, softer tones that ring on.
      chime([523, 659, 784], 0.32, 0.07, 0.45);
    },
    doors(at) {
      if (stopped) return;
      const out = pannerAt(context, bus, at, 1.5);
      const play = shot(out);
      const start = context.currentTime + 0.02;
      // The pneumatic hiss: a burst of air as the doors start, easing while they slide.
      const hiss = burst(play, out, start, 2, { type: 'highpass', hz: 2400, q: 0, rate: 4 });
      hiss.setValueAtTime(0, start);
      hiss.linearRampToValueAtTime(2, start + 0.04);
      hiss.setTargetAtTime(0.5, start + 0.04, 0.25);
      hiss.setTargetAtTime(0, start + 1.3, 0.15);
      // The soft thud of the doors meeting their rubber seals.
      const at2 = start + 1.6;
      const thud = burst(play, out, at2, 0.5, { type: 'lowpass', hz: 160, q: 0, rate: 1 });
      thud.setValueAtTime(0, at2);
      thud.linearRampToValueAtTime(0.6, at2 + 0.006);
      thud.setTargetAtTime(0, at2 + 0.006, 0.05);
    },
    cough(at) {
      if (stopped) return;
      const out = pannerAt(context, bus, at, 1);
      const play = shot(out);
      let t = context.currentTime + 0.02;
      const count = random() < 0.5 ? 2 : 3;
      for (let k = 0; k < count; k++) {
        // The first is the strongest; each burst a throaty band of noise, struck and fading.
        const length = (k === 0 ? 0.2 : 0.14) + 0.06 * random();
        const peak = (k === 0 ? 2.7 : 1.8) * (0.85 + 0.3 * random());
        const gain = burst(play, out, t, length + 0.25, {
          type: 'bandpass',
          hz: 650 + 450 * random(),
          q: 1.4,
          rate: 2.4 + 0.6 * random(),
        });
        gain.setValueAtTime(0, t);
        gain.linearRampToValueAtTime(peak, t + 0.012);
        gain.setTargetAtTime(0, t + 0.03, length / 3);
        t += length + 0.12 + 0.15 * random();
      }
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(ticks);
      for (const node of [...live]) node.stop();
      live.clear();
      fan.stop();
      fan.disconnect();
      fanLevel.disconnect();
      stopLayers();
      rattle.disconnect();
      bus.disconnect();
    },
  };
}
