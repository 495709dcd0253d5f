// The poster on the wall ahead: at level 1 a friendly drawing of spiders, otherwise a print of
// leaves. Drawn on a canvas, so nothing is downloaded.
import { createRandom } from '../common/random';

export const POSTER_PX = { width: 512, height: 710 };

/** Where on the poster (0-1 across, 0-1 down) each drawn spider sits, for up to eight. */
export function drawnSpiders(count: number): { x: number; y: number; r: number }[] {
  const cols = count <= 1 ? 1 : count <= 4 ? 2 : 3;
  const rows = Math.ceil(count / cols);
  const r = 0.36 / Math.max(cols, rows);
  return Array.from({ length: count }, (_, i) => ({
    x: (0.5 + (i % cols)) / cols,
    y: 0.12 + (0.76 * (0.5 + Math.floor(i / cols))) / rows,
    r,
  }));
}

function cartoonSpider(ctx: CanvasRenderingContext2D, x: number, y: number, r: number) {
  ctx.lineCap = 'round';
  ctx.strokeStyle = '#3b2f5c';
  ctx.lineWidth = r * 0.12;
  for (const side of [-1, 1])
    for (let k = 0; k < 4; k++) {
      const a = (-0.6 + k * 0.42) * Math.PI * 0.5;
      const kx = x + side * Math.cos(a) * r * 1.3;
      const ky = y + Math.sin(a) * r * 1.0 - r * 0.55;
      ctx.beginPath();
      ctx.moveTo(x + side * r * 0.3, y + (k - 1.5) * r * 0.18);
      ctx.quadraticCurveTo(
        kx,
        ky,
        x + side * Math.cos(a) * r * 1.9,
        y + Math.sin(a) * r * 1.2 + r * 0.45,
      );
      ctx.stroke();
    }
  ctx.fillStyle = '#8f6ad8';
  ctx.beginPath();
  ctx.ellipse(x, y + r * 0.15, r * 0.62, r * 0.56, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.arc(x + side * r * 0.22, y - r * 0.05, r * 0.18, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = '#1c1830';
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.arc(x + side * r * 0.2, y - r * 0.02, r * 0.08, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.strokeStyle = '#1c1830';
  ctx.lineWidth = r * 0.06;
  ctx.beginPath();
  ctx.arc(x, y + r * 0.22, r * 0.2, 0.15 * Math.PI, 0.85 * Math.PI);
  ctx.stroke();
}

function leaves(ctx: CanvasRenderingContext2D, width: number, height: number) {
  const random = createRandom(7);
  ctx.strokeStyle = '#4d6b3c';
  ctx.lineWidth = 4;
  ctx.beginPath();
  ctx.moveTo(width / 2, height * 0.92);
  ctx.quadraticCurveTo(width * 0.45, height * 0.5, width * 0.55, height * 0.1);
  ctx.stroke();
  for (let i = 0; i < 14; i++) {
    const t = 0.12 + i * 0.055;
    const x = width * (0.5 + 0.05 * Math.sin(t * 6));
    const y = height * (0.9 - t);
    const side = i % 2 === 0 ? 1 : -1;
    ctx.save();
    ctx.translate(x, y);
    ctx.rotate(side * (0.7 + random() * 0.3));
    ctx.fillStyle = i % 3 === 0 ? '#6f8f4e' : '#5a7d43';
    ctx.beginPath();
    ctx.ellipse(0, -46, 20, 48, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.restore();
  }
}

/** Paints the poster: `spiders` drawn spiders, or leaves when there are none. */
export function drawPoster(canvas: HTMLCanvasElement, spiders: number): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { width, height } = canvas;
  ctx.fillStyle = spiders > 0 ? '#fdf6e3' : '#f4f1e8';
  ctx.fillRect(0, 0, width, height);
  if (spiders === 0) {
    leaves(ctx, width, height);
    return;
  }
  for (const s of drawnSpiders(spiders)) cartoonSpider(ctx, s.x * width, s.y * height, s.r * width);
}
