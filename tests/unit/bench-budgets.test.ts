import { describe, expect, it } from 'vitest';
import {
  describeMachine,
  formatTable,
  frameStats,
  frameTimesTable,
  GPU_MARKERS,
  isHardwareRenderer,
  judge,
  levelsTable,
  MARKERS,
  maxOverLevels,
  mostInWindow,
  QUEST_FRAME_MS,
  replaceSection,
  sceneShare,
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

  it('holds a floor: the share of the view that is scene reaches 85 % or fails', () => {
    expect(judge('scene share', 85, '%', 85, { atLeast: true }).pass).toBe(true);
    expect(judge('scene share', 96.2, '%', 85, { atLeast: true }).pass).toBe(true);
    expect(judge('scene share', 84.9, '%', 85, { atLeast: true }).pass).toBe(false);
    expect(judge('scene share', Number.NaN, '%', 85, { atLeast: true }).pass).toBe(false);
    expect(formatTable([judge('scene share', 93.44, '%', 85, { atLeast: true })])).toContain(
      '| scene share | 93.4 % | ≥ 85 % | pass |',
    );
    expect(formatTable([judge('scene share', 80, '%', 85, { atLeast: true })])).toContain(
      '| scene share | 80 % | ≥ 85 % | **OVER** |',
    );
  });

  it('counts the pixels of the view that show the scene', () => {
    const whole = { left: 0, top: 0, right: 100, bottom: 50 };
    const view = (cover: { left: number; top: number; right: number; bottom: number }[]) =>
      sceneShare({ width: 100, height: 50, scene: whole, cover });
    expect(view([])).toBe(100);
    // A 10×10 button and a 20×5 strip: 200 of 5,000 pixels.
    expect(
      view([
        { left: 0, top: 0, right: 10, bottom: 10 },
        { left: 50, top: 0, right: 70, bottom: 5 },
      ]),
    ).toBe(96);
    // Overlapping covers count once, and a cover past the edge only for what is in view.
    expect(
      view([
        { left: 0, top: 0, right: 10, bottom: 10 },
        { left: 5, top: 5, right: 10, bottom: 10 },
        { left: 95, top: 45, right: 140, bottom: 90 },
      ]),
    ).toBe(97.5);
    // A pixel touched at all is covered: 0.2 to 1.1 takes two columns.
    expect(view([{ left: 0.2, top: 0, right: 1.1, bottom: 50 }])).toBe(98);
    // Where the canvas does not reach (a scrollbar's strip) is not the scene either.
    expect(
      sceneShare({
        width: 100,
        height: 50,
        scene: { left: 0, top: 0, right: 90, bottom: 50 },
        cover: [{ left: 85, top: 0, right: 100, bottom: 10 }],
      }),
    ).toBe(89);
    expect(sceneShare({ width: 0, height: 0, scene: whole, cover: [] })).toBeNaN();
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

describe('the GPU frame-time bench', () => {
  it('takes a hardware GPU by its unmasked WebGL renderer', () => {
    for (const renderer of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
      'ANGLE (AMD, Vulkan 1.3.260 (AMD Radeon RX 6600 (RADV NAVI23) (0x000073FF)), radv)',
      'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)',
      'Adreno (TM) 740',
    ])
      expect(isHardwareRenderer(renderer), renderer).toBe(true);
  });

  it('refuses software renderers, and a renderer that says nothing', () => {
    for (const renderer of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Mesa, llvmpipe (LLVM 17.0.6 256 bits), OpenGL 4.5)',
      'softpipe',
      'ANGLE (Mesa, Vulkan 1.3.255 (llvmpipe (LLVM 15.0.7, 256 bits)), lavapipe)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
      '',
      '   ',
      null,
      undefined,
    ])
      expect(isHardwareRenderer(renderer), String(renderer)).toBe(false);
  });

  it('gives the median and the 95th percentile by nearest rank', () => {
    const times = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(frameStats(times)).toEqual({ median: 50, p95: 95 });
    expect(frameStats([12, 8, 10])).toEqual({ median: 10, p95: 12 });
    expect(() => frameStats([])).toThrow();
  });

  it("holds the Quest's 90 Hz frame", () => {
    expect(QUEST_FRAME_MS).toBeCloseTo(11.1, 1);
  });

  it('prints every level with its frame times, and writes them to their own section', () => {
    const table = frameTimesTable([
      { level: 1, desktop: { median: 2.25, p95: 3 }, xr: { median: 6.5, p95: 9.75 } },
    ]);
    expect(table.split('\n')[2]).toBe('| 1 | 2.3 ms | 3 ms | 6.5 ms | 9.8 ms |');
    const doc = `a\n${MARKERS.start}\nold\n${MARKERS.end}\n${GPU_MARKERS.start}\nold\n${GPU_MARKERS.end}\n`;
    expect(replaceSection(doc, 'gpu', GPU_MARKERS)).toBe(
      `a\n${MARKERS.start}\nold\n${MARKERS.end}\n${GPU_MARKERS.start}\ngpu\n${GPU_MARKERS.end}\n`,
    );
  });
});
