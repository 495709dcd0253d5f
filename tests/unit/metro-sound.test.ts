import { describe, expect, it } from 'vitest';
import { runningLevels } from '../../scenes/metro/sound';

const speeds = Array.from({ length: 21 }, (_, k) => k / 20);

describe('metro running levels', () => {
  it('grows the rumble, its pitch and the rattle with speed', () => {
    for (let k = 1; k < speeds.length; k++) {
      const slower = runningLevels(speeds[k - 1] ?? 0);
      const faster = runningLevels(speeds[k] ?? 0);
      expect(faster.rumble).toBeGreaterThan(slower.rumble);
      expect(faster.rumbleHz).toBeGreaterThan(slower.rumbleHz);
      expect(faster.rattle).toBeGreaterThan(slower.rattle);
    }
  });

  it('keeps only the ventilation hum with the train stopped', () => {
    const stopped = runningLevels(0);
    expect(stopped.rattle).toBe(0);
    expect(stopped.rumble).toBe(0);
    expect(stopped.hum).toBeGreaterThan(0);
    // The hum is the ventilation's, whatever the speed.
    for (const speed of speeds) expect(runningLevels(speed).hum).toBe(stopped.hum);
  });

  it('is clamped outside 0-1, and an unknown speed counts as stopped', () => {
    expect(runningLevels(-0.5)).toEqual(runningLevels(0));
    expect(runningLevels(Number.NaN)).toEqual(runningLevels(0));
    expect(runningLevels(1.7)).toEqual(runningLevels(1));
    expect(runningLevels(Number.POSITIVE_INFINITY)).toEqual(runningLevels(1));
  });

  it('stays modest at full speed', () => {
    const full = runningLevels(1);
    expect(full.rumble).toBeGreaterThan(0);
    expect(full.rumble).toBeLessThanOrEqual(0.5);
    expect(full.rattle).toBeGreaterThan(0);
    expect(full.rattle).toBeLessThanOrEqual(0.5);
    expect(full.hum).toBeLessThanOrEqual(full.rumble);
  });
});
