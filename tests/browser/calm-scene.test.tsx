import { Canvas } from '@react-three/fiber';
import type { WebGLRenderer } from 'three';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'vitest-browser-react';
import { calmScene } from '../../scenes/calm';
import CalmScene from '../../scenes/calm/CalmScene';
import type { MeasureSink } from '../../scenes/types';
import { render } from './intl';

const noMeasures: MeasureSink = { report: () => {} };

interface Frame {
  renderer: WebGLRenderer;
  pixels: Uint8Array;
  width: number;
  height: number;
}

/** Renders the calm scene at a level and returns the drawn pixels after a few frames. */
async function renderLevel(level: number): Promise<Frame> {
  let renderer: WebGLRenderer | undefined;
  const params = calmScene.levels[level - 1]?.params;
  if (!params) throw new Error(`no level ${level}`);
  await render(
    <div style={{ width: 320, height: 240 }}>
      <Canvas
        flat
        dpr={1}
        gl={{ preserveDrawingBuffer: true }}
        camera={{ fov: 70, near: 0.05, far: 3000, position: [0, 1.6, 0] }}
        onCreated={(state) => {
          renderer = state.gl;
        }}
      >
        <CalmScene params={params} seed={1} measures={noMeasures} audio={null} />
      </Canvas>
    </div>,
  );
  await expect.poll(() => renderer?.info.render.frame ?? 0, { timeout: 30_000 }).toBeGreaterThan(3);
  if (!renderer) throw new Error('no renderer');
  const gl = renderer.getContext();
  const width = gl.drawingBufferWidth;
  const height = gl.drawingBufferHeight;
  const pixels = new Uint8Array(width * height * 4);
  gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
  return { renderer, pixels, width, height };
}

function meanBrightness(pixels: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < pixels.length; i += 4)
    sum += (pixels[i] ?? 0) + (pixels[i + 1] ?? 0) + (pixels[i + 2] ?? 0);
  return sum / (pixels.length / 4) / 3;
}

afterEach(async () => {
  await cleanup();
});

describe('calm shore scene in a real browser', () => {
  it('renders through WebGL2 with several draw calls and a picture that is not blank', async () => {
    const { renderer, pixels, width, height } = await renderLevel(4);
    expect(renderer.getContext()).toBeInstanceOf(WebGL2RenderingContext);
    expect(renderer.info.render.calls).toBeGreaterThan(3);
    expect(renderer.info.render.triangles).toBeGreaterThan(10_000);
    expect(width * height).toBeGreaterThan(0);

    // A real scene has many colours: sky gradient, sea, sand, grass.
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) {
      colours.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
    }
    expect(colours.size).toBeGreaterThan(200);
    // Sky, sea and land differ in brightness: the picture is not one flat tone.
    const mean = meanBrightness(pixels);
    let variance = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const b = ((pixels[i] ?? 0) + (pixels[i + 1] ?? 0) + (pixels[i + 2] ?? 0)) / 3;
      variance += (b - mean) ** 2;
    }
    expect(Math.sqrt(variance / (pixels.length / 4))).toBeGreaterThan(10);
  });

  it('draws dusk darker than the afternoon: the level’s parameters reach the picture', async () => {
    const afternoon = meanBrightness((await renderLevel(1)).pixels);
    await cleanup();
    const night = meanBrightness((await renderLevel(10)).pixels);
    expect(afternoon).toBeGreaterThan(night + 40);
  });
});
