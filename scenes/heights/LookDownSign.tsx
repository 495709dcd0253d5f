import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { canvasTexture } from '../common/canvas';
import type { HeightsTally } from './measures';
import { TASK_SECONDS } from './measures';

function draw(canvas: HTMLCanvasElement, seconds: number, done: boolean) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = 'rgba(16, 22, 38, 0.88)';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#f4f1ea';
  ctx.textAlign = 'center';
  ctx.font = '600 44px system-ui, sans-serif';
  ctx.fillText(
    done ? 'Done. You looked down for 10 seconds.' : 'Look straight down for 10 seconds',
    canvas.width / 2,
    80,
  );
  ctx.font = '36px system-ui, sans-serif';
  ctx.fillStyle = '#f0a070';
  const left = Math.max(0, TASK_SECONDS - Math.floor(seconds));
  ctx.fillText(
    done ? 'Well done.' : seconds > 0 ? `${left} s to go` : 'Take your time.',
    canvas.width / 2,
    150,
  );
  ctx.fillStyle = 'rgba(255,255,255,0.18)';
  ctx.fillRect(80, 185, canvas.width - 160, 14);
  ctx.fillStyle = '#f0a070';
  ctx.fillRect(
    80,
    185,
    ((canvas.width - 160) * (done ? TASK_SECONDS : seconds)) / TASK_SECONDS,
    14,
  );
}

/** The look-down task, on a sign in front of the person, in the headset and on the screen alike. */
export function LookDownSign({ tally }: { tally: { current: HeightsTally } }) {
  const { canvas, texture } = useMemo(() => canvasTexture(1024, 230), []);
  const shown = useRef('');
  useEffect(() => () => texture.dispose(), [texture]);
  useFrame(() => {
    // Redraw only when the whole seconds or the outcome change, not every frame.
    const { taskStreak, taskDone } = tally.current;
    const key = `${Math.floor(taskStreak)}-${taskDone}`;
    if (key === shown.current) return;
    shown.current = key;
    draw(canvas, taskStreak, taskDone);
    texture.needsUpdate = true;
  });
  return (
    <mesh name="look-down-sign" position={[1.6, 1.25, -0.2]} rotation={[-0.35, -0.5, 0]}>
      <planeGeometry args={[1.1, 0.25]} />
      <meshBasicMaterial map={texture} transparent toneMapped={false} />
    </mesh>
  );
}
