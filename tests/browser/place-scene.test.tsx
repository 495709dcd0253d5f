import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useState } from 'react';
import {
  type Mesh,
  PerspectiveCamera,
  type Scene,
  type ShaderMaterial,
  type Texture,
  type WebGLRenderer,
  WebGLRenderTarget,
} from 'three';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react';
import { placeScene } from '../../scenes/place';
import type { PlaceParams } from '../../scenes/place/levels';
import PlaceScene from '../../scenes/place/PlaceScene';
import { decodePicture, downscale } from '../../scenes/place/picture';
import { routeSound } from '../../scenes/place/video';
import type { SceneContent, SceneProps } from '../../scenes/types';
import { latestMeasures, onSomeFrame, renderScene } from './render-scene';

const level = (n: number): PlaceParams => {
  const found = placeScene.levels[n - 1];
  if (!found) throw new Error(`no level ${n}`);
  return found.params as PlaceParams;
};

const made: string[] = [];
const urlOf = (blob: Blob) => {
  const url = URL.createObjectURL(blob);
  made.push(url);
  return url;
};

const toBlob = (canvas: HTMLCanvasElement, type = 'image/png') =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no blob'))), type),
  );

function canvasOf(width: number, height: number) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  return { canvas, ctx };
}

const photoOf = async (canvas: HTMLCanvasElement, wrap: SceneContent['wrap']) => {
  const url = urlOf(await toBlob(canvas));
  return { url, kind: 'image', wrap, width: canvas.width, height: canvas.height } as const;
};

/**
 * A 4096 × 2048 equirectangular picture: grey, a red disc 90° to the right of its middle, a blue
 * one 30° above its middle, and a black and white checker 90° to the left.
 */
async function equirectangular(): Promise<SceneContent> {
  const { canvas, ctx } = canvasOf(4096, 2048);
  ctx.fillStyle = '#808080';
  ctx.fillRect(0, 0, 4096, 2048);
  const disc = (u: number, v: number, colour: string) => {
    ctx.fillStyle = colour;
    ctx.beginPath();
    ctx.arc(u * 4096, v * 2048, 60, 0, Math.PI * 2);
    ctx.fill();
  };
  disc(0.75, 0.5, '#ff0000');
  disc(0.5, 0.5 - 30 / 180, '#0000ff');
  for (let y = 0; y < 640; y += 32)
    for (let x = 0; x < 640; x += 32) {
      ctx.fillStyle = (x + y) % 64 === 0 ? '#ffffff' : '#000000';
      ctx.fillRect(1024 - 320 + x, 1024 - 320 + y, 32, 32);
    }
  return photoOf(canvas, 'around');
}

/** An ordinary 1600 × 900 photo, light all over. */
async function flatPhoto(): Promise<SceneContent> {
  const { canvas, ctx } = canvasOf(1600, 900);
  ctx.fillStyle = '#e0e0e0';
  ctx.fillRect(0, 0, 1600, 900);
  return photoOf(canvas, 'ahead');
}

/** A short WebM recorded here from a canvas changing colour, some twenty frames long. */
async function shortVideo(wrap: SceneContent['wrap'] = 'ahead'): Promise<SceneContent> {
  const { canvas, ctx } = canvasOf(wrap === 'around' ? 640 : 320, wrap === 'around' ? 320 : 180);
  document.body.append(canvas);
  const stream = canvas.captureStream(30);
  const type = MediaRecorder.isTypeSupported('video/webm;codecs=vp8')
    ? 'video/webm;codecs=vp8'
    : 'video/webm';
  const recorder = new MediaRecorder(stream, { mimeType: type });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => chunks.push(event.data);
  const stopped = new Promise((resolve) => {
    recorder.onstop = resolve;
  });
  recorder.start();
  for (let i = 0; i < 24; i++) {
    ctx.fillStyle = `hsl(${i * 15} 80% 55%)`;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  recorder.stop();
  await stopped;
  for (const track of stream.getTracks()) track.stop();
  canvas.remove();
  return {
    url: urlOf(new Blob(chunks, { type: 'video/webm' })),
    kind: 'video',
    wrap,
    width: canvas.width,
    height: canvas.height,
  };
}

const meshOf = (scene: Scene, name: string) => scene.getObjectByName(name) as Mesh | undefined;
const materialOf = (mesh: Mesh | undefined) => mesh?.material as ShaderMaterial | undefined;
const mapOf = (mesh: Mesh | undefined) =>
  materialOf(mesh)?.uniforms.map?.value as Texture | null | undefined;

/** Waits until the picture is on `name` and drawn: its texture, or its softened copy, in use. */
async function shownOn(scene: Scene, name: string) {
  await expect.poll(() => meshOf(scene, name), { timeout: 30_000 }).toBeDefined();
  const mesh = meshOf(scene, name) as Mesh;
  await expect
    .poll(() => {
      const material = materialOf(mesh);
      return material?.userData.softened === true || (mapOf(mesh)?.version ?? 0) > 0;
    })
    .toBe(true);
  return mesh;
}

const W = 320;
const H = 180;

/**
 * What a camera at the eyes, turned by `yaw` (left is positive) and `pitch` (up), sees in the
 * middle of its view: rendered into a target of its own, as the page's canvas keeps no pixels.
 */
function lookAt(renderer: WebGLRenderer, scene: Scene, yaw: number, pitch = 0, half = 4) {
  const camera = new PerspectiveCamera(70, W / H, 0.05, 3000);
  camera.position.set(0, 1.6, 0);
  camera.rotation.set(pitch, yaw, 0, 'YXZ');
  const target = new WebGLRenderTarget(W, H);
  const pixels = new Uint8Array(W * H * 4);
  renderer.setRenderTarget(target);
  renderer.render(scene, camera);
  renderer.readRenderTargetPixels(target, 0, 0, W, H, pixels);
  renderer.setRenderTarget(null);
  target.dispose();
  let r = 0;
  let g = 0;
  let b = 0;
  const light: number[] = [];
  for (let y = H / 2 - half; y < H / 2 + half; y++)
    for (let x = W / 2 - half; x < W / 2 + half; x++) {
      const i = (y * W + x) * 4;
      r += pixels[i] ?? 0;
      g += pixels[i + 1] ?? 0;
      b += pixels[i + 2] ?? 0;
      light.push(((pixels[i] ?? 0) + (pixels[i + 1] ?? 0) + (pixels[i + 2] ?? 0)) / 3);
    }
  const n = light.length;
  const mean = light.reduce((a, v) => a + v, 0) / n;
  const spread = Math.sqrt(light.reduce((a, v) => a + (v - mean) ** 2, 0) / n);
  return { r: r / n, g: g / n, b: b / n, mean, spread };
}

/**
 * The scene with the view turned straight ahead, as the desktop look starts it (renderScene's
 * camera is aimed down at the origin).
 */
function FacingAhead(props: SceneProps<PlaceParams>) {
  const camera = useThree((s) => s.camera);
  useLayoutEffect(() => {
    camera.rotation.set(0, 0, 0);
  }, [camera]);
  return <PlaceScene {...props} />;
}

/** The place scene with the session's pause held from the test. */
const pause = { set: (_paused: boolean) => {} };
function Pausable(props: SceneProps<PlaceParams>) {
  const [paused, setPaused] = useState(true);
  pause.set = setPaused;
  return <PlaceScene {...props} paused={paused} />;
}

/** The place scene at a level the test changes, as the session's level control does. */
const levelled = { set: (_level: number) => {} };
function Levelled(props: SceneProps<PlaceParams>) {
  const [at, setAt] = useState(1);
  levelled.set = setAt;
  return <PlaceScene {...props} params={level(at)} />;
}

/** Resolves after `count` more frames are drawn. */
const frames = (count: number) => {
  let left = count;
  return onSomeFrame(() => --left <= 0);
};

const RIGHT = -Math.PI / 2;
const LEFT = Math.PI / 2;

beforeAll(async () => {
  await page.viewport(1280, 720);
});
afterEach(async () => {
  await cleanup();
});
afterAll(() => {
  for (const url of made) URL.revokeObjectURL(url);
});

describe('own place scene in a real browser', () => {
  it('draws a 360° photo and a flat one within budget at levels 1, 5 and 10', async () => {
    const around = await equirectangular();
    const ahead = await flatPhoto();
    for (const content of [around, ahead])
      for (const n of [1, 5, 10]) {
        const { renderer, scene } = await renderScene(PlaceScene, level(n), 1, 1, { content });
        const name = content.wrap === 'around' ? 'place-sphere' : 'place-screen';
        await shownOn(scene, name);
        const frame = renderer.info.render.frame;
        await onSomeFrame(() => renderer.info.render.frame > frame + 1);
        const label = `${content.wrap} level ${n}`;
        expect(renderer.info.render.calls, label).toBeGreaterThan(0);
        expect(renderer.info.render.calls, label).toBeLessThanOrEqual(100);
        expect(renderer.info.render.triangles, label).toBeLessThanOrEqual(250_000);
        await cleanup();
      }
  });

  it('puts the 360° picture around the person, its middle ahead, right to the right and up above', async () => {
    const content = await equirectangular();
    const { renderer, scene } = await renderScene(PlaceScene, level(10), 1, 1, { content });
    const sphere = await shownOn(scene, 'place-sphere');
    expect(sphere.userData.width).toBe(4096);
    expect(mapOf(sphere)?.image).toBeDefined();

    const right = lookAt(renderer, scene, RIGHT);
    expect(right.r).toBeGreaterThan(150);
    expect(right.g).toBeLessThan(60);
    const ahead = lookAt(renderer, scene, 0);
    expect(ahead.r).toBeLessThan(100);
    expect(Math.abs(ahead.r - ahead.g)).toBeLessThan(10);
    const up = lookAt(renderer, scene, 0, Math.PI / 6);
    expect(up.b).toBeGreaterThan(150);
    expect(up.r).toBeLessThan(60);
  });

  it('shows only the middle of a 360° picture at the smallest view, the rest faded to dark', async () => {
    const content = await equirectangular();
    const params = { ...level(10), view: level(1).view };
    const { renderer, scene } = await renderScene(PlaceScene, params, 1, 1, { content });
    await shownOn(scene, 'place-sphere');
    const right = lookAt(renderer, scene, RIGHT);
    expect(right.r).toBeLessThan(20);
    expect(lookAt(renderer, scene, 0).mean).toBeGreaterThan(right.mean + 30);
  });

  it('dims at a lower brightness and softens at a higher blur', async () => {
    const content = await equirectangular();
    const sharp = { ...level(10) };
    const first = await renderScene(PlaceScene, sharp, 1, 1, { content });
    await shownOn(first.scene, 'place-sphere');
    const bright = lookAt(first.renderer, first.scene, 0);
    const checker = lookAt(first.renderer, first.scene, LEFT, 0, 24);
    await cleanup();

    const dim = await renderScene(PlaceScene, { ...sharp, brightness: 30 }, 1, 1, { content });
    await shownOn(dim.scene, 'place-sphere');
    expect(lookAt(dim.renderer, dim.scene, 0).mean).toBeLessThan(bright.mean * 0.5);
    await cleanup();

    const soft = await renderScene(PlaceScene, { ...sharp, blur: 10 }, 1, 1, { content });
    const sphere = await shownOn(soft.scene, 'place-sphere');
    expect(materialOf(sphere)?.userData.softened).toBe(true);
    const softened = lookAt(soft.renderer, soft.scene, LEFT, 0, 24);
    expect(checker.spread).toBeGreaterThan(30);
    expect(softened.spread).toBeLessThan(checker.spread / 3);
    // Softening keeps the picture's brightness: it spreads light, it does not take it away.
    expect(Math.abs(softened.mean - checker.mean)).toBeLessThan(20);
  });

  it('sets an ordinary photo on a screen ahead of its own shape, growing with the view', async () => {
    const content = await flatPhoto();
    const small = await renderScene(PlaceScene, level(1), 1, 1, { content });
    const screen = await shownOn(small.scene, 'place-screen');
    expect(screen.scale.x / screen.scale.y).toBeCloseTo(1600 / 900, 3);
    const smallAngle = screen.userData.screen.across as number;
    await cleanup();

    const large = await renderScene(PlaceScene, level(10), 1, 1, { content });
    const big = await shownOn(large.scene, 'place-screen');
    expect(big.scale.x / big.scale.y).toBeCloseTo(1600 / 900, 3);
    expect(big.userData.screen.across).toBeGreaterThan(smallAngle * 3);
    // The light photo ahead, the dim surround behind.
    const ahead = lookAt(large.renderer, large.scene, 0);
    const behind = lookAt(large.renderer, large.scene, Math.PI);
    expect(ahead.mean).toBeGreaterThan(150);
    expect(behind.mean).toBeLessThan(20);
  });

  it('plays a video at the level’s speed, loops it, measures it, and lets it go when it ends', async () => {
    const content = await shortVideo();
    const { measures, latest } = latestMeasures();
    const { scene } = await renderScene(FacingAhead, level(10), 1, 1, { content, measures });
    const screen = await shownOn(scene, 'place-screen');
    const video = screen.userData.video as HTMLVideoElement;
    expect(video).toBeInstanceOf(HTMLVideoElement);
    expect(video.loop).toBe(true);
    expect(video.playbackRate).toBe(1);
    // Without the session's audio the element's own volume; muted until sound may play.
    expect(video.volume).toBe(1);

    const texture = mapOf(screen) as Texture;
    const version = texture.version;
    await expect.poll(() => texture.version, { timeout: 30_000 }).toBeGreaterThan(version + 2);
    // It loops: its time comes round to the start again.
    let furthest = 0;
    await onSomeFrame(() => {
      furthest = Math.max(furthest, video.currentTime);
      return furthest > 0.1 && video.currentTime < furthest - 0.05;
    });
    await expect
      .poll(() => latest.get('watchedSeconds') ?? 0, { timeout: 30_000 })
      .toBeGreaterThan(0);
    // Facing the picture's middle all along.
    expect(latest.get('lookingShare')).toBe(100);

    await cleanup();
    expect(video.paused).toBe(true);
    expect(video.hasAttribute('src')).toBe(false);
  });

  it('holds a video while the session is paused, and plays on from where it was', async () => {
    const content = await shortVideo();
    const { scene } = await renderScene(Pausable, level(10), 1, 1, { content });
    const screen = await shownOn(scene, 'place-screen');
    const video = screen.userData.video as HTMLVideoElement;
    await frames(10);
    expect(video.paused).toBe(true);
    expect(video.currentTime).toBe(0);
    pause.set(false);
    await expect.poll(() => video.currentTime, { timeout: 30_000 }).toBeGreaterThan(0.1);
    pause.set(true);
    await expect.poll(() => video.paused).toBe(true);
    const held = video.currentTime;
    await frames(10);
    expect(video.currentTime).toBe(held);
    pause.set(false);
    await expect.poll(() => video.paused).toBe(false);
  });

  it('plays a video once, slowly and silent, at level 1', async () => {
    const content = await shortVideo();
    const { scene } = await renderScene(PlaceScene, level(1), 1, 1, { content });
    const screen = await shownOn(scene, 'place-screen');
    const video = screen.userData.video as HTMLVideoElement;
    expect(video.loop).toBe(false);
    expect(video.playbackRate).toBe(0.5);
    expect(video.muted).toBe(true);
    await expect.poll(() => video.ended, { timeout: 30_000 }).toBe(true);
  });

  it('plays a video that ended at a level without looping again once a level loops it', async () => {
    const content = await shortVideo();
    const { scene } = await renderScene(Levelled, level(1), 1, 1, { content });
    const screen = await shownOn(scene, 'place-screen');
    const video = screen.userData.video as HTMLVideoElement;
    await expect.poll(() => video.ended, { timeout: 30_000 }).toBe(true);
    levelled.set(10);
    await expect.poll(() => video.loop && !video.paused).toBe(true);
    await expect.poll(() => video.currentTime < video.duration - 0.05).toBe(true);
  });

  it('plays a 360° video around the person, softened anew as its frames come', async () => {
    const content = await shortVideo('around');
    const { renderer, scene } = await renderScene(PlaceScene, level(5), 1, 1, { content });
    const sphere = await shownOn(scene, 'place-sphere');
    expect(materialOf(sphere)?.userData.softened).toBe(true);
    const video = sphere.userData.video as HTMLVideoElement;
    const frame = renderer.info.render.frame;
    await onSomeFrame(() => video.currentTime > 0 && renderer.info.render.frame > frame + 2);
    expect(renderer.info.render.calls).toBeLessThanOrEqual(100);
    expect(renderer.info.render.triangles).toBeLessThanOrEqual(250_000);
    // The canvas's colour, dimmed, fills the middle of the view.
    expect(lookAt(renderer, scene, 0).mean).toBeGreaterThan(5);
  });

  it('scales a picture larger than the GPU takes down rather than failing', async () => {
    const content = await equirectangular();
    const { renderer, scene } = await renderScene(PlaceScene, level(10), 1, 1, { content });
    const sphere = await shownOn(scene, 'place-sphere');
    expect(sphere.userData.width).toBeLessThanOrEqual(renderer.capabilities.maxTextureSize);
    await cleanup();

    // A GPU that takes only 1024 a side: the same picture, half its marker still where it was.
    const small = await decodePicture(content.url, 1024, content);
    expect([small.width, small.height]).toEqual([1024, 512]);
    const bitmap = await createImageBitmap(await (await fetch(content.url)).blob());
    const scaled = downscale(bitmap, 1024);
    expect(scaled).toBeInstanceOf(HTMLCanvasElement);
    expect([scaled.width, scaled.height]).toEqual([1024, 512]);
    const pixel = (scaled as HTMLCanvasElement).getContext('2d')?.getImageData(768, 256, 1, 1).data;
    expect(pixel?.[0]).toBeGreaterThan(200);
    expect(pixel?.[1]).toBeLessThan(50);
  });

  it('draws only the dim surround without a file, and with one it cannot read', async () => {
    const none = await renderScene(PlaceScene, level(5));
    expect(none.scene.getObjectByName('place')).toBeDefined();
    expect(meshOf(none.scene, 'place-sphere')).toBeUndefined();
    expect(meshOf(none.scene, 'place-screen')).toBeUndefined();
    expect(none.renderer.info.render.calls).toBeLessThanOrEqual(2);
    await cleanup();

    const broken: SceneContent = {
      url: urlOf(new Blob(['not a picture'], { type: 'image/jpeg' })),
      kind: 'image',
      wrap: 'around',
      width: 100,
      height: 50,
    };
    const { scene } = await renderScene(PlaceScene, level(5), 1, 1, { content: broken });
    await expect.poll(() => scene.getObjectByName('place')?.userData.failed).toBe(true);
    expect(meshOf(scene, 'place-sphere')).toBeUndefined();
  });

  // Last: the click gives the page the activation that lets sound play from then on.
  it('sends a video’s sound through the session’s audio at the level’s volume, once a press allows', async () => {
    const content = await shortVideo();
    const context = new AudioContext();
    const destination = context.createGain();
    destination.connect(context.destination);
    const video = document.createElement('video');
    video.src = content.url;
    video.muted = true;
    const sound = routeSound(video, { context, destination });
    expect(sound.gain).not.toBeNull();
    sound.set(0.3);
    expect(video.muted).toBe(!navigator.userActivation.hasBeenActive);
    await userEvent.click(document.body);
    await context.resume();
    expect(video.muted).toBe(false);
    await expect.poll(() => sound.gain?.gain.value ?? 0).toBeCloseTo(0.3, 2);
    sound.set(0);
    expect(video.muted).toBe(true);
    sound.stop();
    video.removeAttribute('src');
    video.load();
    await context.close();
  });
});
