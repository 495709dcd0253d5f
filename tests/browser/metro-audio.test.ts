import { describe, expect, it } from 'vitest';
import { type MetroSound, startMetroSound } from '../../scenes/metro/sound';

const RATE = 44_100;

/**
 * Renders the metro's sound offline and returns its samples. `through` may put a filter before
 * the output; `stepped` pauses the rendering every half second so the rattle's timer, which
 * schedules ahead on the context's clock, runs as it would in real time.
 */
async function render(
  seconds: number,
  act: (sound: MetroSound) => void,
  options: { through?: (context: OfflineAudioContext) => AudioNode; stepped?: boolean } = {},
): Promise<Float32Array> {
  const context = new OfflineAudioContext(1, RATE * seconds, RATE);
  const destination = options.through?.(context) ?? context.destination;
  const sound = startMetroSound({ context: context as unknown as AudioContext, destination }, 1);
  act(sound);
  if (options.stepped)
    for (let t = 0.5; t < seconds; t += 0.5)
      void context.suspend(t).then(async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await context.resume();
      });
  const buffer = await context.startRendering();
  sound.stop();
  return buffer.getChannelData(0);
}

/** Loudness (RMS) between two times, in seconds. */
function rms(data: Float32Array, from: number, to: number): number {
  const start = Math.floor(from * RATE);
  const end = Math.min(data.length, Math.floor(to * RATE));
  let sum = 0;
  for (let i = start; i < end; i++) sum += (data[i] ?? 0) ** 2;
  return Math.sqrt(sum / (end - start));
}

/** Times (s) where short bursts stand out of the steady sound: the rattle's clicks. */
function onsets(data: Float32Array): number[] {
  const window = Math.floor(RATE * 0.005);
  const levels: number[] = [];
  for (let i = 0; i + window <= data.length; i += window)
    levels.push(rms(data, i / RATE, (i + window) / RATE));
  const floor = [...levels].sort((a, b) => a - b)[Math.floor(levels.length / 2)] ?? 0;
  const threshold = Math.max(floor * 5, 1e-4);
  const times: number[] = [];
  let above = false;
  levels.forEach((level, k) => {
    if (level > threshold && !above) times.push((k * window) / RATE);
    above = level > threshold;
  });
  return times;
}

const highPass = (context: OfflineAudioContext) => {
  const filter = context.createBiquadFilter();
  filter.type = 'highpass';
  filter.frequency.value = 1000;
  filter.connect(context.destination);
  return filter;
};

const nothing = () => {};

describe('metro sound, synthesised in the browser', () => {
  it('is much quieter with the train stopped than running, the hum still there', async () => {
    const stopped = rms(await render(4, (s) => s.setSpeed(0)), 1.5, 4);
    const running = rms(await render(4, (s) => s.setSpeed(1)), 1.5, 4);
    expect(stopped).toBeGreaterThan(1e-3);
    expect(running).toBeGreaterThan(stopped * 3);
    // Modest: the volume setting scales it further.
    expect(running).toBeLessThan(0.2);
  });

  it('rattles in pairs at the rhythm of the rail joints, slower at lower speed', async () => {
    const full = onsets(
      await render(4, (s) => s.setSpeed(1), { through: highPass, stepped: true }),
    );
    const half = onsets(
      await render(4, (s) => s.setSpeed(0.5), { through: highPass, stepped: true }),
    );
    const still = onsets(
      await render(4, (s) => s.setSpeed(0), { through: highPass, stepped: true }),
    );
    const gaps = (times: number[]) => times.slice(1).map((t, k) => t - (times[k] ?? 0));
    // Full speed: a pair every ~1.05 s, its clicks ~0.11 s apart, all through the 4 s (so the
    // timer kept scheduling after the first second).
    expect(full.length).toBeGreaterThanOrEqual(6);
    expect(full.length).toBeLessThanOrEqual(8);
    expect(full.at(-1)).toBeGreaterThan(3);
    expect(gaps(full).filter((g) => Math.abs(g - 0.11) < 0.015).length).toBeGreaterThanOrEqual(3);
    expect(gaps(full).filter((g) => Math.abs(g - 0.94) < 0.03).length).toBeGreaterThanOrEqual(2);
    // Half speed: everything twice as far apart.
    expect(half.length).toBeGreaterThanOrEqual(2);
    expect(half.length).toBeLessThanOrEqual(4);
    expect(gaps(half).filter((g) => Math.abs(g - 0.22) < 0.015).length).toBeGreaterThanOrEqual(1);
    expect(still).toEqual([]);
  });

  it('sounds the door chime and the announcement chime over the stopped train', async () => {
    const quiet = rms(await render(2, nothing), 0, 1.5);
    const door = rms(await render(2, (s) => s.doorChime()), 0, 1.5);
    const announcement = rms(await render(2, (s) => s.announcementChime()), 0, 1.5);
    expect(door).toBeGreaterThan(0.01);
    expect(door).toBeGreaterThan(quiet * 3);
    expect(announcement).toBeGreaterThan(0.01);
    expect(announcement).toBeGreaterThan(quiet * 3);
  });

  it('sounds the doors and a cough', async () => {
    const quiet = rms(await render(2.5, nothing), 0, 2.5);
    const doors = rms(await render(2.5, (s) => s.doors({ x: 1, y: 1, z: -1.4 })), 0, 2.5);
    const cough = rms(await render(2.5, (s) => s.cough({ x: 0.6, y: 1.5, z: -0.5 })), 0, 1.2);
    const quietCough = rms(await render(2.5, nothing), 0, 1.2);
    expect(doors).toBeGreaterThan(quiet * 3);
    expect(cough).toBeGreaterThan(0.01);
    expect(cough).toBeGreaterThan(quietCough * 3);
  });

  it('is silent once stopped, and stopping twice is harmless', async () => {
    const data = await render(2, (s) => {
      s.setSpeed(1);
      s.doorChime();
      s.cough({ x: 0, y: 1.5, z: -1 });
      s.stop();
      s.stop();
      s.setSpeed(0.5);
      s.announcementChime();
    });
    expect(rms(data, 0, 2)).toBeLessThan(1e-6);
  });
});
