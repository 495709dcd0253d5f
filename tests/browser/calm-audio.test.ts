import { describe, expect, it } from 'vitest';
import { startShoreSound } from '../../scenes/calm/audio';
import type { CalmParams } from '../../scenes/calm/levels';

/** Renders the shore's sound offline for a few seconds and returns its loudness (RMS). */
async function loudness(params: CalmParams): Promise<number> {
  const context = new OfflineAudioContext(1, 44_100 * 4, 44_100);
  startShoreSound(
    { context: context as unknown as AudioContext, destination: context.destination },
    params,
    1,
  );
  const buffer = await context.startRendering();
  const data = buffer.getChannelData(0);
  // Skip the first second: levels ramp in gently by design.
  let sum = 0;
  for (let i = 44_100; i < data.length; i++) sum += (data[i] ?? 0) ** 2;
  return Math.sqrt(sum / (data.length - 44_100));
}

describe('calm shore sound, synthesised in the browser', () => {
  const base: CalmParams = { sunElevation: 3, waves: 0.3, breeze: 0.3, ambience: 0.6 };

  it('is audible at a normal setting and silent with the ambience at zero', async () => {
    expect(await loudness(base)).toBeGreaterThan(0.005);
    expect(await loudness({ ...base, ambience: 0 })).toBeLessThan(1e-4);
  });

  it('grows louder with bigger waves', async () => {
    const calm = await loudness({ ...base, waves: 0, breeze: 0 });
    const rough = await loudness({ ...base, waves: 1, breeze: 0 });
    expect(rough).toBeGreaterThan(calm * 1.5);
  });
});
