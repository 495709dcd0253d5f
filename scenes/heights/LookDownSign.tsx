import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { type NoMessageValues, useIntl } from 'react-intl';
import { canvasTexture, fitFont } from '../common/canvas';
import { defineMessages } from '../types';
import type { HeightsTally } from './measures';
import { TASK_SECONDS } from './measures';

const m = defineMessages<{
  task: { seconds: number };
  done: { seconds: number };
  toGo: { seconds: number };
  wellDone: NoMessageValues;
  takeYourTime: NoMessageValues;
}>({
  task: {
    id: 'scene.heights.lookDownAsk',
    defaultMessage: 'Look straight down for {seconds, plural, one {# second} other {# seconds}}',
    description: 'On a sign in the scene, while the look-down task waits to be done',
  },
  done: {
    id: 'scene.heights.lookDownDone',
    defaultMessage:
      'Done. You looked down for {seconds, plural, one {# second} other {# seconds}}.',
  },
  toGo: {
    id: 'scene.heights.lookDownToGo',
    defaultMessage: '{seconds, number} s to go',
    description: 'Seconds left of the look-down task, abbreviated',
  },
  wellDone: { id: 'scene.heights.lookDownWellDone', defaultMessage: 'Well done.' },
  takeYourTime: { id: 'scene.heights.lookDownTakeYourTime', defaultMessage: 'Take your time.' },
});

/** The sign's two lines of words and how far along the task is, 0 to 1. */
interface SignFace {
  headline: string;
  line: string;
  progress: number;
}

const TEXT_WIDTH = 940;

function draw(canvas: HTMLCanvasElement, face: SignFace) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = 'rgba(16, 22, 38, 0.88)';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#f4f1ea';
  ctx.textAlign = 'center';
  fitFont(ctx, face.headline, TEXT_WIDTH, 44, 600);
  ctx.fillText(face.headline, canvas.width / 2, 80);
  fitFont(ctx, face.line, TEXT_WIDTH, 36);
  ctx.fillStyle = '#f0a070';
  ctx.fillText(face.line, canvas.width / 2, 150);
  ctx.fillStyle = 'rgba(255,255,255,0.18)';
  ctx.fillRect(80, 185, canvas.width - 160, 14);
  ctx.fillStyle = '#f0a070';
  ctx.fillRect(80, 185, (canvas.width - 160) * face.progress, 14);
}

/** The look-down task, on a sign in front of the person, in the headset and on the screen alike. */
export function LookDownSign({ tally }: { tally: { current: HeightsTally } }) {
  const intl = useIntl();
  const { canvas, texture } = useMemo(() => canvasTexture(1024, 230), []);
  const shown = useRef<{ key: string; intl: typeof intl | null }>({ key: '', intl: null });
  useEffect(() => () => texture.dispose(), [texture]);
  useFrame(() => {
    // Redraw only when the whole seconds, the outcome or the language change, not every frame.
    const { taskStreak, taskDone } = tally.current;
    const key = `${Math.floor(taskStreak)}-${taskDone}`;
    if (key === shown.current.key && intl === shown.current.intl) return;
    shown.current = { key, intl };
    const left = Math.max(0, TASK_SECONDS - Math.floor(taskStreak));
    draw(canvas, {
      headline: intl.formatMessage(taskDone ? m.done : m.task, { seconds: TASK_SECONDS }),
      line: taskDone
        ? intl.formatMessage(m.wellDone)
        : taskStreak > 0
          ? intl.formatMessage(m.toGo, { seconds: left })
          : intl.formatMessage(m.takeYourTime),
      progress: taskDone ? 1 : taskStreak / TASK_SECONDS,
    });
    texture.needsUpdate = true;
  });
  return (
    <mesh name="look-down-sign" position={[1.6, 1.25, -0.2]} rotation={[-0.35, -0.5, 0]}>
      <planeGeometry args={[1.1, 0.25]} />
      <meshBasicMaterial map={texture} transparent toneMapped={false} />
    </mesh>
  );
}
