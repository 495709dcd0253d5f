// The person's photo, decoded from its object URL and made a texture no larger than the GPU takes.
import {
  LinearFilter,
  LinearMipmapLinearFilter,
  RepeatWrapping,
  SRGBColorSpace,
  Texture,
  VideoTexture,
} from 'three';
import { fitWithin } from './layout';

/**
 * The largest side a photo is uploaded at, whatever the GPU takes: a 12K 360° photo would hold
 * nearly half a gigabyte of a headset's memory, and looks no sharper there than at 8K.
 */
export const MAX_PICTURE_SIDE = 8192;

export type Picture = ImageBitmap | HTMLCanvasElement;

/**
 * `source` as it is when it fits within `max` on both sides, else drawn smaller onto a canvas
 * (and the large bitmap closed at once, to give its memory back).
 */
export function downscale(source: ImageBitmap, max: number): Picture {
  const size = fitWithin(source.width, source.height, max);
  if (size.width === source.width && size.height === source.height) return source;
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas to scale the picture down on');
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, size.width, size.height);
  source.close();
  return canvas;
}

/**
 * Decodes the photo at `url` no larger than `max` a side. Read with fetch, not an <img>: the
 * policy lets the page read blob: URLs (connect-src) but loads images only from its own origin.
 * `known` is the size noted when it was added: a browser that can asks the decoder for the
 * smaller size at once, and any other is scaled down after.
 */
export async function decodePicture(
  url: string,
  max: number,
  known?: { width: number; height: number },
): Promise<Picture> {
  const blob = await (await fetch(url)).blob();
  const fitted = known ? fitWithin(known.width, known.height, max) : undefined;
  const smaller = fitted && known && (fitted.width < known.width || fitted.height < known.height);
  const bitmap = smaller
    ? await createImageBitmap(blob, {
        resizeWidth: fitted.width,
        resizeHeight: fitted.height,
        resizeQuality: 'high',
      })
    : await createImageBitmap(blob);
  return downscale(bitmap, max);
}

export function closePicture(picture: Picture): void {
  if ('close' in picture) picture.close();
  else picture.width = 0;
}

/**
 * Uploaded as it lies, top row first (the material turns it upright): an ImageBitmap ignores the
 * flip, and a video and a canvas then read the same way. A 360° picture wraps at its seam.
 */
function prepare<T extends Texture>(texture: T, around: boolean): T {
  texture.colorSpace = SRGBColorSpace;
  texture.flipY = false;
  if (around) texture.wrapS = RepeatWrapping;
  return texture;
}

/** A photo with mipmaps, so its softening and its far, small screen are smooth. */
export function pictureTexture(picture: Picture, around: boolean, anisotropy: number): Texture {
  const texture = prepare(new Texture(picture), around);
  texture.generateMipmaps = true;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.magFilter = LinearFilter;
  texture.anisotropy = anisotropy;
  texture.needsUpdate = true;
  return texture;
}

/** A video's frames, uploaded as each is shown; no mipmaps, which would be remade every frame. */
export function videoTexture(video: HTMLVideoElement, around: boolean): VideoTexture {
  return prepare(new VideoTexture(video), around);
}
