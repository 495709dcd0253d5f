import { describe, expect, it } from 'vitest';
import {
  describeMachine,
  formatTable,
  judge,
  levelsTable,
  maxOverLevels,
  mostInWindow,
  replaceSection,
} from '../bench/budgets.mjs';

describe('bench budgets', () => {
  it('passes a figure at its budget and fails one above it', () => {
    expect(judge('draw calls', 100, '', 100).pass).toBe(true);
    expect(judge('draw calls', 101, '', 100).pass).toBe(false);
    expect(judge('requests elsewhere', 1, '', 0).pass).toBe(false);
    expect(judge('chunk', 12.3, 'KB', null).pass).toBeNull();
  });

  it('holds a "less than" budget strictly', () => {
    expect(judge('heap growth', 9.9, 'MB', 10, { below: true }).pass).toBe(true);
    expect(judge('heap growth', 10, 'MB', 10, { below: true }).pass).toBe(false);
  });

  it('fails a figure that could not be measured', () => {
    expect(judge('script time', Number.NaN, 'ms', 5).pass).toBe(false);
  });

  it('prints each figure with its budget and verdict', () => {
    const table = formatTable([
      judge('Home page JS (gzip)', 71.84, 'KB', 160),
      judge('triangles', 300_000, '', 250_000),
      judge('heap growth', 1.25, 'MB', 10, { below: true }),
    ]);
    expect(table).toContain('| Home page JS (gzip) | 71.8 KB | ≤ 160 KB | pass |');
    expect(table).toContain('| triangles | 300,000 | ≤ 250,000 | **OVER** |');
    expect(table).toContain('| heap growth | 1.3 MB | < 10 MB | pass |');
  });

  it('finds the level with the most, the first of equals', () => {
    expect(
      maxOverLevels([
        { level: 1, value: 6 },
        { level: 2, value: 9 },
        { level: 3, value: 9 },
      ]),
    ).toEqual({ level: 2, value: 9 });
    expect(() => maxOverLevels([])).toThrow();
  });

  it('counts the most events in any window of a given length', () => {
    expect(mostInWindow([], 10_000)).toBe(0);
    expect(mostInWindow([0, 100, 200, 15_000, 29_000, 29_500, 30_000], 10_000)).toBe(3);
    // A window is half-open: events 10 s apart never share one.
    expect(mostInWindow([0, 10_000, 20_000], 10_000)).toBe(1);
  });

  it('prints every level of a scene, desktop and headset side by side', () => {
    const table = levelsTable([
      {
        level: 1,
        desktop: { calls: 22, triangles: 129_254 },
        xr: { calls: 30, triangles: 131_000 },
      },
    ]);
    expect(table).toContain('| 1 | 22 | 129,254 | 30 | 131,000 |');
  });

  it('names the machine, with no GPU', () => {
    expect(
      describeMachine({
        cpu: 'AMD EPYC 7B13 ',
        cores: 2,
        memoryBytes: 24 * 2 ** 30,
        browser: '156.0',
      }),
    ).toBe(
      'AMD EPYC 7B13, 2 cores, 24 GiB RAM; no GPU: SwiftShader software rendering (Chromium 156.0)',
    );
  });

  it('replaces only the text between the bench markers', () => {
    const doc = 'intro\n<!-- bench:start -->\nold\n<!-- bench:end -->\nafter\n';
    expect(replaceSection(doc, 'new')).toBe(
      'intro\n<!-- bench:start -->\nnew\n<!-- bench:end -->\nafter\n',
    );
    expect(() => replaceSection('no markers', 'new')).toThrow();
  });
});
