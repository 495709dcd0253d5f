// What the page learns of a chosen file by opening it in the browser: a picture's size, a video's
// frame size. A file the browser cannot open (damaged, or a codec it lacks) gives null.
import type { MediaKind } from '../../domain/places/place';
import type { MediaFacts } from '../../state/places';

/** Decoded from the file itself: the page's policy loads no image from an object URL. */
async function imageFacts(file: Blob): Promise<MediaFacts | null> {
  try {
    const bitmap = await createImageBitmap(file);
    const facts = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return facts.width > 0 ? facts : null;
  } catch {
    return null;
  }
}

function videoFacts(url: string): Promise<MediaFacts | null> {
  return new Promise((resolve) => {
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'metadata';
    const done = (facts: MediaFacts | null) => {
      video.removeAttribute('src');
      video.load();
      resolve(facts);
    };
    // Metadata alone can come from a file whose frames cannot be decoded: wait for a frame.
    video.onloadeddata = () =>
      done(video.videoWidth > 0 ? { width: video.videoWidth, height: video.videoHeight } : null);
    video.onerror = () => done(null);
    video.src = url;
  });
}

export async function readMediaFacts(file: Blob, kind: MediaKind): Promise<MediaFacts | null> {
  if (kind === 'image') return imageFacts(file);
  const url = URL.createObjectURL(file);
  try {
    return await videoFacts(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

let textureSide: number | null = null;

/** The largest texture side this device draws, asked of WebGL once (4096 where it cannot tell). */
export function maxTextureSize(): number {
  if (textureSide !== null) return textureSide;
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  textureSide = gl ? Number(gl.getParameter(gl.MAX_TEXTURE_SIZE)) : 4096;
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
  return textureSide;
}
