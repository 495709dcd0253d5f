import { CanvasTexture, SRGBColorSpace } from 'three';

/** A canvas of the given size and a colour texture over it, for signs, cards and painted ground. */
export function canvasTexture(
  width: number,
  height: number,
): { canvas: HTMLCanvasElement; texture: CanvasTexture } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return { canvas, texture };
}
