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

/**
 * The page's own font stack: system fonts, which hold the letters of every language the app
 * speaks (ñ, ¿, ü, ß...), so a sign in the scene reads as the page around it does.
 */
const FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** A canvas font of the page's stack, e.g. canvasFont(44, 600). */
export function canvasFont(size: number, weight = 400): string {
  return `${weight} ${size}px ${FONTS}`;
}

/**
 * Sets the largest font from `size` down at which `text` fits in `width`: a sentence may be half
 * as long again in German as in English, and a sign must not cut it off.
 */
export function fitFont(
  ctx: CanvasRenderingContext2D,
  text: string,
  width: number,
  size: number,
  weight = 400,
): void {
  let fitted = size;
  ctx.font = canvasFont(fitted, weight);
  while (fitted > size / 2 && ctx.measureText(text).width > width) {
    fitted -= 2;
    ctx.font = canvasFont(fitted, weight);
  }
}

/** Wraps text into lines that fit a width on a canvas, in its current font. */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A caption card: a dark rounded card filling the canvas with the text wrapped on it in up to
 * three lines, set smaller rather than cut when it is longer.
 */
export function drawCard(canvas: HTMLCanvasElement, text: string): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { width, height } = canvas;
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = 'rgba(20, 22, 28, 0.86)';
  ctx.beginPath();
  ctx.roundRect(0, 0, width, height, height / 8);
  ctx.fill();
  let size = Math.round(height * 0.21);
  ctx.font = canvasFont(size, 500);
  let lines = wrap(ctx, text, width - 80);
  while (lines.length > 3 && size > height * 0.12) {
    size -= 4;
    ctx.font = canvasFont(size, 500);
    lines = wrap(ctx, text, width - 80);
  }
  ctx.fillStyle = '#fbf8f0';
  ctx.textBaseline = 'middle';
  const top = height / 2 - ((lines.length - 1) * size * 1.2) / 2;
  lines.slice(0, 4).forEach((line, i) => {
    ctx.fillText(line, 40, top + i * size * 1.2);
  });
}
