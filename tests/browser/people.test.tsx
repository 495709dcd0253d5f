import type { Camera, Scene, WebGLRenderer } from 'three';
import { Vector3 } from 'three';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react';
import { eyeHeight } from '../../scenes/common/people/body';
import type { People } from '../../scenes/common/people/people';
import { render } from './intl';
import { PeopleCanvas, type Placed } from './people-stage';

beforeAll(async () => {
  await page.viewport(1280, 720);
});
afterEach(async () => {
  await cleanup();
});

async function draw(
  placed: Placed[],
  camera: { position: [number, number, number]; lookAt: [number, number, number]; fov?: number },
  size = { width: 1280, height: 720 },
) {
  let drawn: { renderer: WebGLRenderer; scene: Scene; camera: Camera } | undefined;
  let people: People | undefined;
  await render(
    <PeopleCanvas
      placed={placed}
      camera={camera}
      size={size}
      onCreated={(d) => {
        drawn = d;
      }}
      onPeople={(p) => {
        people = p;
      }}
    />,
  );
  // Enough frames for the eyes to find the camera and the faces to settle.
  await expect
    .poll(() => drawn?.renderer.info.render.frame ?? 0, { timeout: 30_000 })
    .toBeGreaterThan(30);
  if (!drawn || !people) throw new Error('nothing drawn');
  return { ...drawn, people };
}

function pixelsOf(renderer: WebGLRenderer) {
  const gl = renderer.getContext();
  const width = gl.drawingBufferWidth;
  const height = gl.drawingBufferHeight;
  const data = new Uint8Array(width * height * 4);
  gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, data);
  const luminance = (x: number, y: number) => {
    // readPixels rows run bottom up.
    const i = ((height - 1 - y) * width + x) * 4;
    return 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
  };
  return { width, height, luminance };
}

describe('people with faces in a real browser', () => {
  it('draws a hundred people with faces in no more than 20 draw calls and 150,000 triangles', async () => {
    const placed: Placed[] = Array.from({ length: 100 }, (_, i) => ({
      x: ((i % 10) - 4.5) * 0.9,
      z: -3 - Math.floor(i / 10) * 1.2,
      posture: i % 2 === 0 ? 'seated' : 'standing',
    }));
    const { renderer, scene } = await draw(placed, {
      position: [0, 1.6, 2],
      lookAt: [0, 1, -6],
      fov: 70,
    });
    expect(scene.getObjectByName('people')?.userData.people).toBe(100);
    expect(renderer.info.render.calls).toBeGreaterThan(5);
    expect(renderer.info.render.calls).toBeLessThanOrEqual(20);
    expect(renderer.info.render.triangles).toBeGreaterThan(30_000);
    expect(renderer.info.render.triangles).toBeLessThanOrEqual(150_000);
  });

  it('draws a face, not a ball of skin: eyes and a mouth that stand out from the skin', async () => {
    const height = 1.75;
    const eyes = eyeHeight(height, 'standing');
    const { renderer, camera } = await draw(
      [{ x: 0, z: 0, person: { height, skin: '#c68a5f', hairStyle: 'short' } }],
      { position: [0, eyes, 0.7], lookAt: [0, eyes - 0.03, 0], fov: 30 },
      { width: 400, height: 400 },
    );
    const { width, luminance } = pixelsOf(renderer);
    // Where the eyes and the mouth fall on the screen, from the head's proportions.
    const project = (x: number, y: number, z: number) => {
      const v = new Vector3(x, y, z).project(camera);
      return { x: Math.round((v.x * 0.5 + 0.5) * width), y: Math.round((0.5 - v.y * 0.5) * width) };
    };
    const span = (from: { x: number; y: number }, to: { x: number; y: number }) => {
      const values: number[] = [];
      for (let y = Math.min(from.y, to.y); y <= Math.max(from.y, to.y); y++)
        for (let x = Math.min(from.x, to.x); x <= Math.max(from.x, to.x); x++)
          values.push(luminance(x, y));
      return { min: Math.min(...values), max: Math.max(...values), values };
    };
    const eyeLeft = span(project(0.015, eyes + 0.012, 0.1), project(0.05, eyes - 0.012, 0.1));
    const cheek = span(project(0.045, eyes - 0.05, 0.1), project(0.055, eyes - 0.06, 0.1));
    const mouth = span(project(-0.02, eyes - 0.045, 0.1), project(0.02, eyes - 0.062, 0.1));
    const skin = cheek.values.reduce((a, b) => a + b, 0) / cheek.values.length;
    // The eye: a white brighter than the skin, and an iris and pupil darker than it.
    expect(eyeLeft.max).toBeGreaterThan(skin + 25);
    expect(eyeLeft.min).toBeLessThan(skin * 0.5);
    // The mouth: the lips' seam and shade darker than the cheek.
    expect(mouth.min).toBeLessThan(skin * 0.75);
    // The cheek itself is even: the contrast is the face's, not noise.
    expect(cheek.max - cheek.min).toBeLessThan(40);
  });
});
